import { basename } from 'node:path';
import { ENTITY_KINDS, type EntityKind } from '../domain/index.js';

function singular(kind: EntityKind): string {
  return kind.endsWith('ies') ? `${kind.slice(0, -3)}y` : kind.replace(/s$/, '');
}

/**
 * The kind a file holds, from its name: `accounts.csv`, `2024-10_tickets.ndjson`,
 * `Usage Days.csv`, `activity.ndjson` and `survey_responses_q3.csv` all name their kind.
 * When a name holds two kinds, a plural beats a singular and then the later one wins, as
 * in English the last noun is the head: `tickets_by_account.csv` and `account_contacts.csv`
 * hold tickets and contacts.
 */
export function kindFromFileName(path: string): EntityKind | undefined {
  const stem = basename(path).toLowerCase().replace(/\.[^.]+$/, '').replace(/[\s-]+/g, '_');
  let best: { kind: EntityKind; plural: boolean; end: number } | undefined;
  for (const kind of ENTITY_KINDS) {
    const plural = stem.lastIndexOf(kind);
    const at = plural >= 0 ? plural : stem.lastIndexOf(singular(kind));
    if (at < 0) continue;
    const found = { kind, plural: plural >= 0, end: at + (plural >= 0 ? kind.length : singular(kind).length) };
    if (!best || (found.plural && !best.plural) || (found.plural === best.plural && found.end > best.end)) best = found;
  }
  return best?.kind;
}
