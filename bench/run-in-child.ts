import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { PhaseRequest, PhaseResult } from './import-phase.js';

/** The score phase runs the sources under tsx; parse and import run the built package in plain Node. */
const SCORE_CHILD = fileURLToPath(new URL('./phase-child.ts', import.meta.url));
const IMPORT_CHILD = fileURLToPath(new URL('./import-child.mjs', import.meta.url));

type Reply = { ok: true; result: PhaseResult } | { ok: false; error: string };

/**
 * Runs one phase in a fresh Node process and returns its result. The import phases need
 * dist/ built from the current sources (import-bench.ts builds it first).
 */
export function runInChild(request: PhaseRequest): Promise<PhaseResult> {
  return new Promise((resolve, reject) => {
    const score = request.phase === 'score';
    // The score child inherits this process's tsx loader (execArgv); the import child must not.
    const child = fork(score ? SCORE_CHILD : IMPORT_CHILD, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], ...(score ? {} : { execArgv: [] }) });
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
