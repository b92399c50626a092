import type { ScoreSnapshot } from '../../domain/index.js';

export interface Explanation {
  /** e.g. "health 62.3 (Neutral), confidence 0.71, could be 55.0–80.2" */
  readonly headline: string;
  /** Set when a human override changed the score. */
  readonly override: string | null;
  /** One line per component, in model order: its score and share of the result. */
  readonly components: readonly string[];
  /** The drivers in words, strongest first. */
  readonly drivers: readonly string[];
  /** Why the confidence is not 1. */
  readonly caveats: readonly string[];
}

const n1 = (x: number) => (Math.round(x * 10) / 10).toFixed(1);

function rawText(v: number | string | null): string {
  if (v === null) return 'no data';
  if (typeof v === 'string') return v;
  return Number.isInteger(v) ? String(v) : String(Math.round(v * 100) / 100);
}

/**
 * A plain-words summary of a snapshot for the CLI and the web page.
 * @example explain(snapshot).drivers[0] // "days-late (billing) = 34 → 12.0/100, pulls the score down 6.2 points"
 */
export function explain(s: ScoreSnapshot): Explanation {
  const conf = s.confidence;
    // The range is of the raw score: with an override in force, say so.
  const rangeOf = s.override?.applied ? 'raw score could be' : 'could be';
  const range = conf.low !== null && conf.high !== null && conf.high - conf.low >= 0.05 ? `, ${rangeOf} ${n1(conf.low)}–${n1(conf.high)}` : '';
  const headline =
    s.score === null ? `${s.scorecard}: no score (no data), confidence 0` : `${s.scorecard} ${n1(s.score)}${s.band ? ` (${s.band})` : ''}, confidence ${conf.value.toFixed(2)}${range}`;
  const o = s.override;
  const override = o
    ? o.applied
      ? `overridden from ${s.rawScore === null ? 'no score' : n1(s.rawScore)} ${o.mode === 'absolute' ? `to ${o.value}` : `by ${o.value > 0 ? '+' : ''}${o.value}`} by ${o.authorEmail}: ${o.reason}${o.expiresAt ? ` (until ${o.expiresAt.slice(0, 10)})` : ''}`
      : `override by ${o.authorEmail} (${o.mode} ${o.value}) not applied: there is no score to adjust`
    : null;
  const components = s.components.map((c) =>
    c.score === null ? `${c.component}: no data (weight ${c.weight} re-spread over the rest)` : `${c.component}: ${n1(c.score)}, ${Math.round(c.effectiveWeight * 100)} % of the score, ${n1(c.contribution)} points`,
  );
  const metrics = new Map(s.components.flatMap((c) => c.metrics.map((m) => [`${c.component}/${m.metric}`, m] as const)));
  const drivers = s.drivers.map((d) => {
    const m = metrics.get(`${d.component}/${d.id}`);
    const what = d.kind === 'child' ? `child account ${d.id}` : `${d.id} (${d.component})`;
    const value = m ? ` = ${rawText(m.rawValue)} → ${n1(m.normalized ?? 0)}/100` : '';
    return `${what}${value}, ${d.impact < 0 ? 'pulls the score down' : 'lifts the score'} ${n1(Math.abs(d.impact))} points`;
  });
  return { headline, override, components, drivers, caveats: conf.reasons.map((r) => r.message) };
}
