import { scoreAccount, type AccountScore, type CompiledModel, type Population } from '../scoring/index.js';
import { AccountRepository, SnapshotRepository, type Store, type StoredSnapshotRow } from '../store/index.js';
import { loadSignals } from './load-signals.js';
import { accountFamilies } from './score-accounts.js';

/** Our id of the account with this external id, if it exists. */
export function accountIdOf(store: Store, externalId: string): Promise<number | undefined> {
  return AccountRepository.idOf(store.db, externalId);
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
  // The whole subtree, children before parents, as a run rolls it up, with the links as of
  // that moment; a cycle in the links stops at the first repeat.
  const families = await accountFamilies(store, at);
  const seen = new Set<number>();
  const scoreTree = async (accountId: number): Promise<AccountScore | undefined> => {
    seen.add(accountId);
    const children: AccountScore[] = [];
    for (const k of families.children.get(accountId) ?? []) {
      if (seen.has(k)) continue;
      const child = await scoreTree(k);
      if (child) children.push(child);
    }
    const own = (await loadSignals(store, [accountId], at)).get(accountId);
    if (!own) return undefined;
    return scoreAccount(children.length > 0 ? { ...own, children } : own, model, at, context);
  };
  return scoreTree(id);
}


/** An account's stored snapshots of one scorecard under a model, oldest first. */
export function accountHistory(store: Store, modelVersion: string, externalId: string, scorecard: string, range: { from?: string; to?: string } = {}): Promise<StoredSnapshotRow[]> {
  return SnapshotRepository.history(store.db, externalId, modelVersion, scorecard, range);
}
