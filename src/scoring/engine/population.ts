import type { AccountSignals } from '../account-signals.js';
import type { CompiledModel } from '../model/compiled-model.js';
import { SignalIndex } from '../signal-index.js';
import { timeMs } from '../time-ms.js';
import { segmentOf } from './segment-of.js';

/**
 * Sorted raw values of each percentile metric across all accounts, per segment: the group
 * a "percentile within segment" normalizer ranks an account in. Keys: the metric's `rawKey`,
 * then the segment name, `(none)` for accounts in no segment, or `*` for all accounts.
 * Plain JSON, so a batch run can store it and incremental runs reuse the very same ranks.
 */
export type Population = Readonly<Record<string, Readonly<Record<string, readonly number[]>>>>;

export interface PopulationInput {
  readonly rawKey: string;
  readonly segment: string | null;
  readonly value: number;
}

export const ALL_ACCOUNTS = '*';
export const NO_SEGMENT = '(none)';

/**
 * The population from every account's raw percentile values (see `populationInputs`).
 * @example
 * const population = buildPopulation(accounts.flatMap((s) => populationInputs(s, model, asOf)));
 * const score = scoreAccount(signals, model, asOf, { population });
 */
export function buildPopulation(inputs: Iterable<PopulationInput>): Population {
  const out: Record<string, Record<string, number[]>> = {};
  for (const { rawKey, segment, value } of inputs) {
    if (!Number.isFinite(value)) continue;
    const byKey = (out[rawKey] ??= {});
    (byKey[segment ?? NO_SEGMENT] ??= []).push(value);
    (byKey[ALL_ACCOUNTS] ??= []).push(value);
  }
  for (const byKey of Object.values(out)) for (const values of Object.values(byKey)) values.sort((a, b) => a - b);
  return out;
}

/** One account's raw values of the metrics its scorecards rank by percentile. */
export function populationInputs(signals: AccountSignals, model: CompiledModel, asOf: string): PopulationInput[] {
  const asOfMs = timeMs(asOf);
  const segment = segmentOf(signals.account, model);
  const cards = segment ? segment.scorecards : model.scorecards;
  const index = new SignalIndex(signals, asOfMs);
  const seen = new Set<string>();
  const out: PopulationInput[] = [];
  for (const card of cards) {
    for (const comp of card.components) {
      for (const m of comp.metrics) {
        if (m.normalizer.type !== 'percentile' || seen.has(m.rawKey)) continue;
        seen.add(m.rawKey);
        const { value } = m.definition.compute(index, m.window, asOfMs, m.params);
        if (typeof value === 'number') out.push({ rawKey: m.rawKey, segment: segment?.name ?? null, value });
      }
    }
  }
  return out;
}

/** The sorted values a percentile metric ranks an account among. */
export function populationFor(population: Population | undefined, rawKey: string, within: 'segment' | 'all', segment: string | null): readonly number[] | undefined {
  return population?.[rawKey]?.[within === 'all' ? ALL_ACCOUNTS : (segment ?? NO_SEGMENT)];
}
