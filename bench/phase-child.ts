import { runPhase } from './import-phase.js';
import type { ScorePhaseRequest } from './score-phase.js';

// Entry point of the score phase's child process (see run-in-child.ts): one request in, one result out.
process.once('message', (request: ScorePhaseRequest) => {
  runPhase(request).then(
    (result) => process.send?.({ ok: true, result }, () => process.exit(0)),
    (error: unknown) => process.send?.({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }, () => process.exit(1)),
  );
});
