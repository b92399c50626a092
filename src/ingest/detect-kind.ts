import { basename } from 'node:path';
import { ENTITY_KINDS, type EntityKind } from '../domain/index.js';

/**
 * The kind a file holds, from its name: `accounts.csv`, `2024-10_tickets.ndjson`,
 * `usage-days.csv` and `survey_responses_q3.csv` all name their kind.
 */
export function kindFromFileName(path: string): EntityKind | undefined {
  const stem = basename(path).toLowerCase().replace(/\.[^.]+$/, '').replace(/-/g, '_');
  const matches = ENTITY_KINDS.filter((k) => stem.includes(k) || stem.includes(k.replace(/s$/, '')));
  // Prefer the longest name: "usage_days" over a stray "days".
  return matches.sort((a, b) => b.length - a.length)[0];
}
