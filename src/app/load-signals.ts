import type { AccountSignals } from '../scoring/index.js';
import { OverrideRepository, PulseRepository, SignalsRepository, type SignalList, type Store, type StoredSignals } from '../store/index.js';

/** Signals as the engine takes them: the store's facts plus the overrides and pulses set by then. */
export async function loadSignals(store: Store, accountIds: readonly number[], asOf: string, lists?: readonly SignalList[]): Promise<Map<number, AccountSignals>> {
  const facts: Map<number, StoredSignals> = await SignalsRepository.load(store.db, accountIds, asOf, lists ? { lists } : {});
  const known = [...facts.keys()];
  const overrides = await OverrideRepository.forAccounts(store.db, known, asOf);
  const pulses = await PulseRepository.forAccounts(store.db, known, asOf);
  const out = new Map<number, AccountSignals>();
  for (const [id, f] of facts) out.set(id, { ...f, overrides: overrides.get(id) ?? [], pulses: pulses.get(id) ?? [] });
  return out;
}
