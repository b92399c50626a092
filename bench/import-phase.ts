import { scorePhase, type ScorePhaseRequest, type ScorePhaseResult } from './score-phase.js';

/**
 * One measured phase, run in a child process of its own so that its peak RSS is its own
 * (maxRSS only ever grows) and one phase's heap and JIT state don't flatter the next. The
 * parse and import phases run the built package in plain Node (import-child.mjs), as
 * `bellwether import` does; the score phase runs under tsx (phase-child.ts).
 */
export type PhaseRequest =
  | ScorePhaseRequest
  | { readonly phase: 'parse'; readonly format: 'csv' | 'ndjson'; readonly files: readonly string[]; readonly passes: number; readonly validate: boolean }
  | { readonly phase: 'import'; readonly url: string; readonly csv: readonly string[]; readonly ndjson: readonly string[]; readonly dropSchema: boolean }
  | { readonly phase: 'write'; readonly url: string; readonly file: string; readonly dropSchema: boolean };

export interface RunFigures {
  readonly rows: number;
  readonly seconds: number;
  readonly peakRssMb: number;
  readonly counts?: { readonly inserted: number; readonly updated: number; readonly unchanged: number; readonly quarantined: number };
}

export type PhaseResult =
  | ScorePhaseResult
  | { readonly phase: 'parse' | 'write'; readonly best: RunFigures }
  | { readonly phase: 'import'; readonly csv: RunFigures; readonly rerun: RunFigures; readonly ndjson?: RunFigures; readonly peakRssMb: number };

/** The score phase, in the TypeScript child (phase-child.ts); parse and import run in import-child.mjs. */
export function runPhase(request: ScorePhaseRequest): Promise<ScorePhaseResult> {
  return scorePhase(request);
}
