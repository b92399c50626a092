import { runMailPhase, type MailPhaseRequest } from './mail-phase.js';

// Entry point of a mail benchmark phase's child process: one request in, one result out.
process.once('message', (request: MailPhaseRequest) => {
  runMailPhase(request).then(
    (result) => process.send?.({ ok: true, result }, () => process.exit(0)),
    (error: unknown) => process.send?.({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }, () => process.exit(1)),
  );
});
