import type { Worker } from 'node:worker_threads';
import { startModuleWorker } from '../ingest/index.js';
import type { DatabaseTarget, SnapshotRow } from '../store/index.js';
import type { ComparedAccount } from './preview-batch.js';
import type { FromScoreWorker, ToScoreWorker } from './score-worker-protocol.js';

export interface ScoredBatch {
  readonly rows: readonly SnapshotRow[];
  readonly accounts: number;
  readonly bands: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/** Threads that read and score batches of accounts; the caller writes what they return. */
export interface ScorePool {
  readonly size: number;
  score(accountIds: readonly number[]): Promise<ScoredBatch>;
  /** Both models' scores of a batch, for a pool started with a `candidate`. */
  preview(accountIds: readonly number[]): Promise<readonly ComparedAccount[]>;
  close(): Promise<void>;
}

// Scoring a batch allocates tens of MB that die when the batch is sent: a young generation
// that holds a batch collects them cheaply. The old generation is capped so three threads'
// heaps stay within the 1 GB a run of 100,000 accounts may use (1,002 MB uncapped at size
// L; a cap of 256 MiB cost a third more CPU in collection).
const WORKER_OPTIONS = { resourceLimits: { maxYoungGenerationSizeMb: 48, maxOldGenerationSizeMb: 512 } };

type BatchReply = Extract<FromScoreWorker, { type: 'scored' | 'previewed' }>;

interface Member {
  readonly worker: Worker;
  readonly pending: Map<number, { resolve: (reply: BatchReply) => void; reject: (e: Error) => void }>;
}

/** Starts `size` score workers, each with its own connection to `target`, and waits until they are ready. */
export async function startScorePool(size: number, init: Omit<Extract<ToScoreWorker, { type: 'init' }>, 'type'> & { target: DatabaseTarget }): Promise<ScorePool> {
  const members: Member[] = [];
  let nextId = 1;
  let failure: Error | undefined;
  const ready: Array<Promise<void>> = [];
  for (let i = 0; i < size; i++) {
    const worker = startModuleWorker('score-worker', import.meta.url, WORKER_OPTIONS);
    const member: Member = { worker, pending: new Map() };
    members.push(member);
    const failAll = (error: Error) => {
      failure ??= error;
      for (const m of members) for (const p of m.pending.values()) p.reject(error);
      for (const m of members) m.pending.clear();
    };
    ready.push(
      new Promise<void>((resolve, reject) => {
        worker.on('message', (message: FromScoreWorker) => {
          if (message.type === 'ready') resolve();
          else if (message.type === 'scored' || message.type === 'previewed') {
            const p = member.pending.get(message.id);
            member.pending.delete(message.id);
            p?.resolve(message);
          } else {
            const error = new Error(message.message);
            if (message.stack) error.stack = message.stack;
            reject(error);
            failAll(error);
          }
        });
        worker.on('error', (error) => {
          reject(error);
          failAll(error);
        });
        worker.on('exit', (code) => {
          const error = new Error(`a score worker stopped (exit code ${code})`);
          reject(error);
          if (member.pending.size > 0) failAll(error);
        });
      }),
    );
    worker.postMessage({ type: 'init', ...init } satisfies ToScoreWorker);
  }
  try {
    await Promise.all(ready);
  } catch (error) {
    await Promise.all(members.map((m) => m.worker.terminate()));
    throw error;
  }
  const request = (accountIds: readonly number[]): Promise<BatchReply> => {
    if (failure) return Promise.reject(failure);
    // The least busy thread takes the batch.
    const member = members.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = nextId++;
    return new Promise<BatchReply>((resolve, reject) => {
      member.pending.set(id, { resolve, reject });
      member.worker.postMessage({ type: 'batch', id, accountIds } satisfies ToScoreWorker);
    });
  };
  return {
    size,
    async score(accountIds) {
      const reply = await request(accountIds);
      if (reply.type !== 'scored') throw new Error('a score worker started for a preview was asked for snapshots');
      return { rows: reply.rows, accounts: reply.accounts, bands: reply.bands };
    },
    async preview(accountIds) {
      const reply = await request(accountIds);
      if (reply.type !== 'previewed') throw new Error('a score worker started without a candidate model was asked for a preview');
      return reply.accounts;
    },
    async close() {
      await Promise.all(members.map((m) => m.worker.terminate()));
    },
  };
}
