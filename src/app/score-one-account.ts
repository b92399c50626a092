import { sql } from 'kysely';
import { scoreAccount, type AccountScore, type CompiledModel, type Population } from '../scoring/index.js';
import { SnapshotRepository, type Store, type StoredSnapshotRow } from '../store/index.js';
import { loadSignals } from './load-signals.js';

/** Our id of the account with this external id, if it exists. */
export async function accountIdOf(store: Store, externalId: string): Promise<number | undefined> {
  const row = await store.db.selectFrom('accounts').select('id').where('external_id', '=', externalId).executeTakeFirst();
  return row ? Number(row.id) : undefined;
}

/**
 * Scores one account as of a moment, in full (every evidence id the model allows), for
 * `explain` and `why-changed`: the engine is pure and point in time, so this is the very
 * score a run as of that moment stored, with nothing trimmed. A parent's children are
 * scored first and rolled up. Undefined when the account was not known at asOf.
 */
export async function scoreOneAccount(store: Store, model: CompiledModel, externalId: string, asOf: string): Promise<AccountScore | undefined> {
  const id = await accountIdOf(store, externalId);
  if (id === undefined) return undefined;
  const at = new Date(asOf).toISOString();
  const population = (await SnapshotRepository.population(store.db, model.version, at))?.population as Population | undefined;
  const context = population ? { population } : {};
  // The whole subtree, children before parents, as a run rolls it up; a cycle in the links stops at the first repeat.
  const seen = new Set<number>();
  const scoreTree = async (accountId: number, external: string): Promise<AccountScore | undefined> => {
    seen.add(accountId);
    const kids = await childrenAsOf(store, external, at);
    const children: AccountScore[] = [];
    for (const k of kids) {
      if (seen.has(Number(k.id))) continue;
      const child = await scoreTree(Number(k.id), k.external_id);
      if (child) children.push(child);
    }
    const own = (await loadSignals(store, [accountId], at)).get(accountId);
    if (!own) return undefined;
    return scoreAccount(children.length > 0 ? { ...own, children } : own, model, at, context);
  };
  return scoreTree(id, externalId);
}

/** The accounts whose version believed at `asOf` names `parentExternalId` as their parent. */
async function childrenAsOf(store: Store, parentExternalId: string, asOf: string): Promise<Array<{ id: number; external_id: string }>> {
  const { rows } = await sql<{ id: number; external_id: string }>`
    select id, external_id from accounts where parent_external_id = ${parentExternalId} and known_at <= ${asOf}
    union all
    select id, external_id from accounts_history where parent_external_id = ${parentExternalId} and known_at <= ${asOf} and superseded_at > ${asOf}`.execute(store.db);
  return rows;
}

/** An account's stored snapshots of one scorecard under a model, oldest first. */
export function accountHistory(store: Store, modelVersion: string, externalId: string, scorecard: string, range: { from?: string; to?: string } = {}): Promise<StoredSnapshotRow[]> {
  return SnapshotRepository.history(store.db, externalId, modelVersion, scorecard, range);
}
