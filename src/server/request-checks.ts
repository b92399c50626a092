import type { CompiledModel } from '../scoring/index.js';
import { ApiProblem, type FieldError } from './problem.js';

/**
 * A scorecard the active model does not have is a 400 naming the field, not an empty
 * answer (or, for an override, one that never applies).
 */
export function knownScorecard(scorecard: string | undefined, model: CompiledModel, where: FieldError['in'] = 'query'): void {
  if (scorecard === undefined) return;
  const names = model.scorecards.map((s) => s.name);
  if (!names.includes(scorecard)) {
    const message = `"${scorecard}" is not a scorecard of the active model (it has ${names.join(', ')})`;
    throw new ApiProblem('invalid-request', `scorecard: ${message}`, [{ field: 'scorecard', in: where, code: 'unknown_scorecard', message }]);
  }
}

/** A range whose start is after its end is a 400 naming the start (`from`, or `since` for the audit trail). */
export function orderedRange(from: string | undefined, to: string | undefined, names: readonly [start: string, end: string] = ['from', 'to']): void {
  if (from === undefined || to === undefined || from <= to) return;
  const [start, end] = names;
  const message = `${from} is after ${end} (${to})`;
  throw new ApiProblem('invalid-request', `${start}: ${message}`, [{ field: start, in: 'query', code: 'range_reversed', message }]);
}
