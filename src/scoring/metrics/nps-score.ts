import type { SurveyResponse } from '../../domain/index.js';
import type { Known } from '../account-signals.js';
import type { Timed } from '../signal-index.js';
import { aggregate } from './aggregate.js';

/** The NPS category of one answer: 9–10 promoter, 7–8 passive, 0–6 detractor. */
export function npsCategory(score: number): 'promoter' | 'passive' | 'detractor' {
  return score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
}

/**
 * NPS answers summarized: `score` is the Net Promoter Score (% promoters − % detractors,
 * −100..100), `avg` the mean answer (0..10), `latest` the newest answer.
 */
export function npsOf(rows: readonly Timed<Known<SurveyResponse>>[], aggregation: string): number | null {
  if (rows.length === 0) return null;
  if (aggregation !== 'score') return aggregate(rows.map((r) => r.record.score), aggregation);
  let net = 0;
  for (const r of rows) {
    const c = npsCategory(r.record.score);
    net += c === 'promoter' ? 1 : c === 'detractor' ? -1 : 0;
  }
  return (100 * net) / rows.length;
}
