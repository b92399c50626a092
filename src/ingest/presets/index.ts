import type { MappingPreset } from '../column-mapping.js';
import { hubspotCompanies } from './hubspot-companies.js';
import { hubspotContacts } from './hubspot-contacts.js';
import { salesforceAccounts } from './salesforce-accounts.js';

export const MAPPING_PRESETS: readonly MappingPreset[] = [salesforceAccounts, hubspotCompanies, hubspotContacts];

/** The preset whose signature headers the file has, most specific first. */
export function detectPreset(columns: readonly string[]): MappingPreset | undefined {
  const have = new Set(columns.map((c) => c.trim().toLowerCase()));
  return [...MAPPING_PRESETS]
    .sort((a, b) => b.signature.length - a.signature.length)
    .find((p) => p.signature.every((s) => have.has(s.toLowerCase())));
}

export function presetById(id: string): MappingPreset | undefined {
  return MAPPING_PRESETS.find((p) => p.id === id);
}
