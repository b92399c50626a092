import type { FilePreparer, PreparingFile } from './file-preparer.js';
import { startModuleWorker } from './start-module-worker.js';
import type { PreparedBatch } from './prepare-batch.js';
import type { FileHeader } from './prepare-file.js';
import type { FromPrepareWorker, ToPrepareWorker } from './prepare-worker-protocol.js';

/** Batches the worker may prepare ahead of the writer: enough to never starve it, few enough to bound memory. */
const CREDITS = 3;

// The old generation is capped so the thread collects before the import nears its memory
// budget (under 400 MB peak RSS for the whole process on a 100,000-message mailbox), with
// room for the largest message accepted (25 MB of plain text takes postal-mime about
// 600 MB to parse: a cap of 128 MB ran out). The young generation stays at V8's default:
// 48 MB, tried for batches to die young, added 20-50 MB to the peak and saved no time
// measurably on the mail benchmark (`npm run bench -- mail`).
const WORKER_OPTIONS = { resourceLimits: { maxOldGenerationSizeMb: 256 } };

interface Pending {
  readonly id: number;
  header?: (header: FileHeader) => void;
  batch?: (batch: PreparedBatch | undefined) => void;
  fail?: (error: Error) => void;
  readonly queue: Array<PreparedBatch | undefined>;
  error?: Error;
}

/**
 * Prepares files on one worker thread, one file at a time, for the life of an import
 * (starting a thread costs tens of milliseconds; a run of many files pays it once).
 */
export function workerFilePreparer(): FilePreparer {
  const worker = startModuleWorker('prepare-worker', import.meta.url, WORKER_OPTIONS);
  let nextId = 1;
  let pending: Pending | undefined;
  let dead: Error | undefined;
  const post = (message: ToPrepareWorker) => worker.postMessage(message);

  const failPending = (error: Error) => {
    if (!pending) return;
    pending.error = error;
    const fail = pending.fail;
    pending.header = pending.batch = pending.fail = undefined;
    fail?.(error);
  };
  worker.on('message', (message: FromPrepareWorker) => {
    const p = pending;
    if (!p || p.id !== message.id) return;
    switch (message.type) {
      case 'header':
        p.header?.(message.header);
        break;
      case 'batch':
      case 'end': {
        const item = message.type === 'batch' ? (JSON.parse(message.json) as PreparedBatch) : undefined;
        if (p.batch) {
          const deliver = p.batch;
          p.batch = p.fail = undefined;
          deliver(item);
        } else p.queue.push(item);
        break;
      }
      case 'error': {
        const error = new Error(message.message);
        if (message.stack) error.stack = message.stack;
        failPending(error);
        break;
      }
    }
  });
  worker.on('error', (error) => {
    dead = error;
    failPending(error);
  });
  worker.on('exit', (code) => {
    dead ??= new Error(`the import's prepare worker stopped (exit code ${code})`);
    failPending(dead);
  });
  // The thread keeps the process alive only while a file is being prepared, so a
  // forgotten close() cannot hang a program at its end.
  worker.unref();

  return {
    open(file, options) {
      if (dead) return Promise.reject(dead);
      const id = nextId++;
      const p: Pending = { id, queue: [] };
      pending = p;
      worker.ref();
      return new Promise<PreparingFile>((resolve, reject) => {
        p.fail = reject;
        p.header = (header) => {
          p.header = p.fail = undefined;
          if (header.fileIssue) worker.unref();
          resolve({ header, batches: (refs) => iterate(p, refs) });
        };
        post({ type: 'open', id, file, options });
      });
    },
    async close() {
      await worker.terminate();
    },
  };

  function iterate(p: Pending, refs: Parameters<PreparingFile['batches']>[0]): AsyncIterable<PreparedBatch> {
    // Started at once, not at the first read: the worker prepares while the writer works out the checksum.
    post({ type: 'start', id: p.id, refs, credits: CREDITS });
    return {
      async *[Symbol.asyncIterator]() {
        let finished = false;
        try {
          for (;;) {
            // Batches prepared before a failure are written first, as on one thread.
            if (p.error && p.queue.length === 0) throw p.error;
            const item = p.queue.length > 0 ? p.queue.shift() : await new Promise<PreparedBatch | undefined>((resolve, reject) => ((p.batch = resolve), (p.fail = reject)));
            if (item === undefined) {
              finished = true;
              return;
            }
            post({ type: 'credit', id: p.id });
            yield item;
          }
        } finally {
          if (!finished && !dead) post({ type: 'cancel', id: p.id });
          if (pending === p) {
            pending = undefined;
            worker.unref();
          }
        }
      },
    };
  }
}
