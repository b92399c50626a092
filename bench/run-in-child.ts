import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { PhaseRequest, PhaseResult } from './import-phase.js';

const CHILD = fileURLToPath(new URL('./phase-child.ts', import.meta.url));

type Reply = { ok: true; result: PhaseResult } | { ok: false; error: string };

/** Runs one phase in a fresh Node process (same tsx loader, via execArgv) and returns its result. */
export function runInChild(request: PhaseRequest): Promise<PhaseResult> {
  return new Promise((resolve, reject) => {
    const child = fork(CHILD, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let reply: Reply | undefined;
    child.once('message', (message: Reply) => (reply = message));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (reply?.ok) resolve(reply.result);
      else reject(new Error(reply?.error ?? `benchmark phase ${request.phase} exited with code ${code}`));
    });
    child.send(request);
  });
}
