import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ScoreSnapshot } from '../../domain/index.js';
import type { AccountSignals } from '../account-signals.js';
import type { CompiledModel } from '../model/compiled-model.js';
import { loadModel } from '../model/load-model.js';
import { SignalIndex } from '../signal-index.js';
import { randomSignals, seededRandom } from '../test-support/random-signals.js';
import { isoOf, timeMs } from '../time-ms.js';
import type { AccountScore } from './account-score.js';
import { nextChangeAt } from './next-change-at.js';
import { buildPopulation, populationInputs, type Population } from './population.js';
import { scoreAccount } from './score-account.js';
import { segmentOf } from './segment-of.js';

const DAY = 86_400_000;
const END = timeMs('2025-06-30T00:00:00.000Z');

function modelOf(text: string): CompiledModel {
  const loaded = loadModel(text);
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('\n'));
  return loaded.model;
}

/** Metric ids (per scorecard) whose raw value drifts with asOf for this account: only their rawValue may differ before validUntil. */
function drifting(signals: AccountSignals, model: CompiledModel, asOfMs: number): Set<string> {
  const index = new SignalIndex(signals, asOfMs);
  const cards = segmentOf(signals.account, model)?.scorecards ?? model.scorecards;
  const out = new Set<string>();
  for (const card of cards) for (const c of card.components) for (const m of c.metrics) if (m.definition.nextChange?.(index, m.window, asOfMs, m.params).drift) out.add(`${card.name}/${c.name}/${m.id}`);
  return out;
}

/** What must not change before validUntil: everything but asOf, validUntil and the raw values that count days from or to asOf. */
function comparable(result: AccountScore, drift: ReadonlySet<string>): unknown {
  return result.scorecards.map((s: ScoreSnapshot) => ({
    ...s,
    asOf: '',
    components: s.components.map((c) => ({ ...c, metrics: c.metrics.map((m) => (drift.has(`${s.scorecard}/${c.component}/${m.metric}`) ? { ...m, rawValue: 'drifts' } : m)) })),
  }));
}

interface Tally {
  accounts: number;
  finite: number;
  immediate: number;
  tight: number;
  samples: number;
}

/** Renewal dates spread a year ahead too (the generator puts them mostly in the past). */
function renewingAhead(s: AccountSignals, rand: () => number): AccountSignals {
  if (!s.account.renewalDate || rand() < 0.3) return s;
  return { ...s, account: { ...s.account, renewalDate: isoOf(END + Math.floor(rand() * 430 - 30) * DAY).slice(0, 10) } };
}

/** For each random account: scores at instants strictly between asOf and validUntil equal the score at asOf. */
function checkAccounts(model: CompiledModel, seed: number, count: number): Tally {
  const rand = seededRandom(seed);
  const accounts = Array.from({ length: count }, (_, i) => renewingAhead(randomSignals(rand, i + 1), rand));
  const population: Population = buildPopulation(accounts.flatMap((s) => populationInputs(s, model, isoOf(END))));
  const context = { population };
  const tally: Tally = { accounts: 0, finite: 0, immediate: 0, tight: 0, samples: 0 };
  accounts.forEach((own, i) => {
    // Every tenth account is the parent of the next one: its roll-up must hold as long as both.
    const child = i % 10 === 0 ? accounts[i + 1] : undefined;
    const withChild = (t: string): AccountSignals => (child ? { ...own, children: [scoreAccount(child, model, t, context)] } : own);
    // Half the accounts are scored at midnight, where every generated record sits, half at any millisecond.
    const offset = Math.floor(rand() * 90 - 60) * DAY + (rand() < 0.5 ? 0 : Math.floor(rand() * DAY));
    const asOfMs = END + offset;
    const asOf = isoOf(asOfMs);
    const signals = withChild(asOf);
    const base = scoreAccount(signals, model, asOf, context);
    const until = nextChangeAt(signals, model, asOf, context);
    expect(until).toBe(base.validUntil);
    const untilMs = until === null ? Infinity : timeMs(until);
    expect(untilMs).toBeGreaterThan(asOfMs);
    const drift = drifting(own, model, asOfMs);
    const expected = JSON.stringify(comparable(base, drift));
    const span = Number.isFinite(untilMs) ? untilMs - asOfMs : 5 * 365 * DAY;
    const instants = new Set([asOfMs + 1, asOfMs + Math.floor(span / 2), asOfMs + span - 1, ...[0, 1, 2].map(() => asOfMs + 1 + Math.floor(rand() * (span - 1)))]);
    if (!Number.isFinite(untilMs)) instants.add(asOfMs + 50 * 365 * DAY);
    tally.accounts++;
    if (span === 1) tally.immediate++;
    for (const t of instants) {
      if (!(t > asOfMs && t < untilMs)) continue;
      const later = scoreAccount(withChild(isoOf(t)), model, isoOf(t), context);
      // Compared as text for speed; a difference is shown field by field.
      const got = JSON.stringify(comparable(later, drift));
      if (got !== expected) expect(JSON.parse(got), `${signals.account.externalId} at ${isoOf(t)}, asOf ${asOf}, validUntil ${until}`).toEqual(JSON.parse(expected));
      // Nothing that the next score depends on has moved either: it holds at least as long.
      expect(later.validUntil === null ? Infinity : timeMs(later.validUntil)).toBeGreaterThanOrEqual(untilMs);
      tally.samples++;
    }
    if (Number.isFinite(untilMs)) {
      tally.finite++;
      const at = scoreAccount(withChild(isoOf(untilMs)), model, isoOf(untilMs), context);
      if (JSON.stringify(comparable(at, drift)) !== expected) tally.tight++;
    }
  });
  return tally;
}

const DEFAULT = readFileSync(new URL('../../../models/default.yaml', import.meta.url), 'utf8');

/** Every catalogue metric the default model leaves out or uses one way only, each normalizer type, and a short decay. */
const CATALOGUE = `name: catalogue
decay: { halfLifeDays: 30, staleAfterDays: 20 }
bands:
  - { name: Good, min: 50, max: 100 }
  - { name: Bad, min: 0, max: 50 }
scorecards:
  renewal:
    components:
      contract:
        weight: 2
        metrics:
          - { metric: days-to-renewal, direction: higher-is-better, normalizer: { type: thresholds, red: 30, yellow: 90, green: 180 } }
          - { metric: lifecycle-stage, normalizer: { type: category, map: { onboarding: 40, active: 100, churned: 0 }, default: 50 } }
      billing:
        weight: 2
        metrics:
          - { metric: open-balance, aggregation: share_of_arr, direction: lower-is-better, normalizer: { type: linear, min: 0, max: 0.5 } }
          - { metric: overdue-balance, aggregation: amount, direction: lower-is-better, normalizer: { type: piecewise, points: [[0, 100], [1000, 100], [20000, 0]] } }
          - { metric: days-late, window: 60d, aggregation: max, direction: lower-is-better, normalizer: { type: boolean } }
          - { metric: days-late, id: lateness-curve, window: 1y, direction: lower-is-better, normalizer: { type: piecewise, points: [[0, 100], [5, 100], [20, 40], [40, 40], [90, 0]] } }
          - { metric: late-invoice-share, window: 1y, direction: lower-is-better, normalizer: { type: linear, min: 0, max: 1 } }
      usage:
        weight: 1
        metrics:
          - { metric: usage-trend, window: 2w vs previous 8w, aggregation: events, normalizer: { type: piecewise, points: [[-0.5, 0], [0, 50], [0.5, 100]] } }
          - { metric: active-user-ratio, window: 14d, aggregation: latest, normalizer: { type: linear, min: 0, max: 1 } }
          - { metric: days-since-active, direction: lower-is-better, normalizer: { type: piecewise, points: [[0, 100], [7, 100], [30, 20], [90, 20], [180, 0]] } }
          - { metric: custom, series: api_calls_k, window: 30d vs previous 60d, aggregation: max, normalizer: { type: linear, min: -0.5, max: 0.5 } }
      support:
        weight: 1
        metrics:
          - { metric: tickets-opened, window: 30d, aggregation: count, direction: lower-is-better, normalizer: { type: piecewise, points: [[0, 100], [2, 60], [6, 0]] } }
          - { metric: time-to-resolution, window: 60d, aggregation: median, direction: lower-is-better, normalizer: { type: linear, min: 1, max: 20 } }
          - { metric: escalated-tickets, window: 45d, aggregation: share, direction: lower-is-better, normalizer: { type: linear, min: 0, max: 1 } }
          - { metric: high-priority-tickets, window: 30d, aggregation: count, direction: lower-is-better, normalizer: { type: boolean } }
          - { metric: ticket-csat, window: 120d, aggregation: latest, normalizer: { type: linear, min: 1, max: 5 } }
          - { metric: reopen-rate, window: 60d, direction: lower-is-better, normalizer: { type: linear, min: 0, max: 1 } }
      voice:
        weight: 1
        metrics:
          - { metric: nps, window: 90d, aggregation: latest, normalizer: { type: linear, min: 0, max: 10 } }
          - { metric: nps-trend, window: 60d vs previous 60d, aggregation: avg, normalizer: { type: linear, min: -5, max: 5 } }
          - { metric: nps-category, window: 120d, normalizer: { type: category, map: { promoter: 100, passive: 50 } } }
          - { metric: csat, window: 60d, aggregation: latest, normalizer: { type: thresholds, red: 2, yellow: 3, green: 4 } }
          - { metric: ces, window: 90d, normalizer: { type: linear, min: 1, max: 7 } }
      people:
        weight: 1
        metrics:
          - { metric: days-since-contact, direction: lower-is-better, normalizer: { type: percentile, within: all, minPopulation: 5 } }
          - { metric: meetings-held, window: 30d, normalizer: { type: boolean } }
          - { metric: has-champion, aggregation: executive_sponsor, normalizer: { type: boolean } }
          - { metric: pulse, window: 60d, decay: false, normalizer: { type: category, map: { red: 0, green: 100 } } }
      mail:
        weight: 1
        metrics:
          - { metric: emails-received, window: 60d, aggregation: count, normalizer: { type: piecewise, points: [[0, 0], [3, 100]] } }
          - { metric: emails-sent, window: 30d vs previous 60d, normalizer: { type: linear, min: -1, max: 1 } }
          - { metric: customer-response-rate, window: 120d, normalizer: { type: linear, min: 0, max: 1 } }
          - { metric: customer-response-time, window: 120d, aggregation: p90_wall_hours, direction: lower-is-better, normalizer: { type: linear, min: 0, max: 500 } }
          - { metric: our-response-time, window: 60d, aggregation: avg, direction: lower-is-better, normalizer: { type: piecewise, points: [[0, 100], [8, 100], [40, 0]] } }
          - { metric: unanswered-thread-share, window: 120d, direction: lower-is-better, normalizer: { type: linear, min: 0, max: 1 } }
          - { metric: days-since-two-way-contact, direction: lower-is-better, normalizer: { type: thresholds, red: 90, yellow: 30, green: 7 } }
      meetings:
        weight: 1
        metrics:
          - { metric: meeting-attendance, window: 120d, normalizer: { type: linear, min: 0, max: 1 } }
          - { metric: customer-contacts-engaged, window: 60d, normalizer: { type: piecewise, points: [[0, 0], [1, 50], [3, 100]] } }
          - { metric: internal-people-engaged, window: 90d, normalizer: { type: boolean } }
`;

describe('nextChangeAt on random accounts (seeded)', () => {
  it('holds on the default model: scores before validUntil equal the score at asOf, and mostly change at it', () => {
    const t = checkAccounts(modelOf(DEFAULT), 20250630, 200);
    expect(t.samples).toBeGreaterThan(800);
    // The generator is dense (a record leaves some window nearly every day), so nearly every validUntil is finite, and it is rarely early.
    expect(t.finite).toBeGreaterThan(190);
    expect(t.tight / t.finite).toBeGreaterThan(0.9);
  });

  it('holds on a model with every metric and normalizer type', () => {
    const t = checkAccounts(modelOf(CATALOGUE), 7, 200);
    expect(t.samples).toBeGreaterThan(800);
    expect(t.tight / t.finite).toBeGreaterThan(0.8);
  });
});
