import { runPhase, type PhaseRequest } from './import-phase.js';

// Entry point of a phase's child process (see run-in-child.ts): one request in, one result out.
process.once('message', (request: PhaseRequest) => {
  runPhase(request).then(
    (result) => process.send?.({ ok: true, result }, () => process.exit(0)),
    (error: unknown) => process.send?.({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }, () => process.exit(1)),
  );
});
