import type { Worker } from 'node:worker_threads';
import type { DatabaseTarget, ImportCounts, QuarantineEntry } from '../store/index.js';
import type { MatchingRefs } from './account-directory.js';
import type { PrepareFileOptions } from './prepare-file.js';
import type { FromRelayWorker, ToRelayWorker } from './relay-protocol.js';
import type { ReadPlace } from './readers/index.js';
import { startModuleWorker } from './start-module-worker.js';
import { TurnBoard } from './take-turns.js';
import type { BatchWriteContext } from './write-prepared-batch.js';

// As the prepare worker's: the old generation capped so the thread collects well before the
// import nears its memory budget. The young generation a third larger than V8's default
// (~48 MB): a batch waiting for its turn outlives fewer scavenges. Measured ~4 % faster on
// size M (6 of 6 interleaved pairs; 96 MB gained no more) for ~30 MB more RSS.
const WORKER_OPTIONS = { resourceLimits: { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 64 } };

/** A batch the partner committed, as the importing thread counts and reports it. */
export interface PartnerBatch {
  readonly index: number;
  readonly counts: ImportCounts;
  readonly rejected: readonly QuarantineEntry[];
  readonly contactsCreated: number;
  readonly bytes: number;
}

/** One file the partner is taking turns on with this thread. */
export interface RelayedFile {
  /** What this thread knows of the partner: the places it passed on, the batches it committed. */
  readonly board: TurnBoard;
  passPlace(index: number, place: ReadPlace | undefined): void;
  /** This thread committed batch `index`: the partner's next batch may be written. */
  written(index: number): void;
  /** This thread failed: the partner writes nothing more of the file. */
  stop(reason: Error): void;
  /** Settles once the partner has finished with the file (written its batches, or stopped). */
  readonly done: Promise<void>;
}

export interface RelayFileRequest {
  readonly file: string;
  readonly options: PrepareFileOptions;
  readonly refs: MatchingRefs;
  readonly context: BatchWriteContext;
  readonly maxReportedIssues: number;
  readonly onBatch: (batch: PartnerBatch) => void;
}

/**
 * A second thread that imports files together with the calling one, taking turns batch by
 * batch (see take-turns.ts): each thread reads, validates and writes every other batch, on
 * its own connection to the same database. Started on first use, kept for the life of an import.
 */
export interface RelayPartner {
  relay(request: RelayFileRequest): RelayedFile;
  close(): Promise<void>;
}

export function relayPartner(target: DatabaseTarget): RelayPartner {
  let worker: Worker | undefined;
  let dead: Error | undefined;
  let nextId = 1;
  let active: { id: number; board: TurnBoard; onBatch: RelayFileRequest['onBatch']; finish: () => void } | undefined;

  const stopActive = (error: Error) => {
    dead = error;
    active?.board.fail(error);
    active?.finish();
  };
  const start = (): Worker => {
    if (worker) return worker;
    const w = startModuleWorker('relay-worker', import.meta.url, WORKER_OPTIONS);
    w.on('message', (message: FromRelayWorker) => {
      const a = active;
      if (!a || a.id !== message.id) return;
      switch (message.type) {
        case 'place':
          a.board.placePassed(message.index, message.place);
          break;
        case 'written':
          a.onBatch(message);
          a.board.written(message.index);
          break;
        case 'failed': {
          const error = new Error(message.message);
          if (message.stack) error.stack = message.stack;
          a.board.fail(error);
          break;
        }
        case 'done':
          a.finish();
          break;
      }
    });
    w.on('error', (error) => stopActive(error));
    w.on('exit', (code) => stopActive(dead ?? new Error(`the import's relay worker stopped (exit code ${code})`)));
    // Keeps the process alive only while a file is relayed, so a forgotten close() cannot hang it.
    w.unref();
    worker = w;
    return w;
  };

  return {
    relay(request) {
      const board = new TurnBoard();
      const id = nextId++;
      if (dead) {
        board.fail(dead);
        return { board, passPlace() {}, written() {}, stop() {}, done: Promise.resolve() };
      }
      const w = start();
      const post = (message: ToRelayWorker) => w.postMessage(message);
      let finish!: () => void;
      const done = new Promise<void>((resolve) => (finish = resolve)).finally(() => {
        if (active?.id === id) active = undefined;
        w.unref();
      });
      active = { id, board, onBatch: request.onBatch, finish };
      w.ref();
      const { file, options, refs, context, maxReportedIssues } = request;
      post({ type: 'file', job: { id, file, options, refs, context, target, maxReportedIssues } });
      return {
        board,
        passPlace: (index, place) => post({ type: 'place', id, index, ...(place ? { place } : {}) }),
        written: (index) => post({ type: 'written', id, index }),
        stop: (reason) => post({ type: 'stop', id, message: reason.message }),
        done,
      };
    },
    async close() {
      await worker?.terminate();
      worker = undefined;
    },
  };
}
