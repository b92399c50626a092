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
  const kids = await store.db.selectFrom('accounts').select('id').where('parent_external_id', '=', externalId).where('id', '!=', id).execute();
  const signals = await loadSignals(store, [id, ...kids.map((k) => Number(k.id))], at);
  const own = signals.get(id);
  if (!own) return undefined;
  const population = (await SnapshotRepository.population(store.db, model.version, at))?.population as Population | undefined;
  const context = population ? { population } : {};
  const children = kids.flatMap((k) => {
    const s = signals.get(Number(k.id));
    return s ? [scoreAccount(s, model, at, context)] : [];
  });
  return scoreAccount(children.length > 0 ? { ...own, children } : own, model, at, context);
}

/** An account's stored snapshots of one scorecard under a model, oldest first. */
export function accountHistory(store: Store, modelVersion: string, externalId: string, scorecard: string, range: { from?: string; to?: string } = {}): Promise<StoredSnapshotRow[]> {
  return SnapshotRepository.history(store.db, externalId, modelVersion, scorecard, range);
}
