import { z } from 'zod';
import { normalizeDomain } from '../domain/index.js';
import { AuditRepository, SettingsRepository, type Store } from '../store/index.js';

/** How mail and meetings are imported; kept in the store so the CLI and the server agree. */
export interface ImportSettings {
  /** Our email domains: everyone at them is one of us (internal users' own domains count too). */
  readonly internalDomains: readonly string[];
  /** False keeps only the features derived from message text (length, tone, timestamps, participants), never the text. */
  readonly storeBodies: boolean;
}

export const DEFAULT_IMPORT_SETTINGS: ImportSettings = { internalDomains: [], storeBodies: true };

const KEYS = { internalDomains: 'internal_domains', storeBodies: 'store_bodies' } as const;
export const IMPORT_SETTING_NAMES = Object.values(KEYS);

export const ImportSettingsPatchSchema = z
  .object({
    internalDomains: z.array(z.string()).max(100).optional(),
    storeBodies: z.boolean().optional(),
  })
  .strict();
export type ImportSettingsPatch = z.infer<typeof ImportSettingsPatchSchema>;

export class ImportSettingsError extends Error {
  constructor(readonly field: string, message: string) {
    super(message);
    this.name = 'ImportSettingsError';
  }
}

export async function importSettings(store: Store): Promise<ImportSettings> {
  const domains = await SettingsRepository.get(store.db, KEYS.internalDomains);
  const bodies = await SettingsRepository.get(store.db, KEYS.storeBodies);
  return {
    internalDomains: domains ? (JSON.parse(domains) as string[]) : DEFAULT_IMPORT_SETTINGS.internalDomains,
    storeBodies: bodies === undefined ? DEFAULT_IMPORT_SETTINGS.storeBodies : bodies === 'true',
  };
}

/** Domains as people type them (`OurCo.com`, `https://www.ourco.com`) to bare lower-case names. */
export function parseDomains(items: readonly string[]): string[] {
  const out: string[] = [];
  for (const item of items.flatMap((i) => i.split(/[\s,;]+/)).filter((i) => i.length > 0)) {
    const domain = normalizeDomain(item);
    if (!domain) throw new ImportSettingsError('internalDomains', `"${item}" is not a domain name`);
    if (!out.includes(domain)) out.push(domain);
  }
  return out;
}

/** Changes the settings given, audited, and returns all of them. Bodies already stored stay stored: the setting rules later imports. */
export async function updateImportSettings(store: Store, patch: ImportSettingsPatch, change: { actor: string; at: string }): Promise<ImportSettings> {
  const domains = patch.internalDomains === undefined ? undefined : parseDomains(patch.internalDomains);
  const before = await importSettings(store);
  await store.db.transaction().execute(async (trx) => {
    if (domains !== undefined) await SettingsRepository.set(trx, KEYS.internalDomains, JSON.stringify(domains), change.at);
    if (patch.storeBodies !== undefined) await SettingsRepository.set(trx, KEYS.storeBodies, String(patch.storeBodies), change.at);
    const after = { ...before, ...(domains !== undefined ? { internalDomains: domains } : {}), ...(patch.storeBodies !== undefined ? { storeBodies: patch.storeBodies } : {}) };
    await AuditRepository.record(trx, { at: change.at, actor: change.actor, action: 'settings.update', entity: 'setting', entityId: 'import', before, after });
  });
  return importSettings(store);
}
