import { parentPort } from 'node:worker_threads';
import { gatherBatchTexts } from './gather-batches.js';
import { openForPreparation, type OpenedForPreparation } from './prepare-file.js';
import type { FromPrepareWorker, ToPrepareWorker } from './prepare-worker-protocol.js';

// The worker thread of workerFilePreparer: reads and validates one file at a time and
// sends its batches, never more than the writer has given credits for (the backpressure
// that keeps memory bounded however fast this side is).

const port = parentPort;
if (!port) throw new Error('prepare-worker must run as a worker thread');
const send = (message: FromPrepareWorker) => port.postMessage(message);

let current: { id: number; opened: OpenedForPreparation; credits: number; wake?: () => void; cancelled: boolean } | undefined;

async function run(id: number, opened: OpenedForPreparation, refs: Parameters<OpenedForPreparation['slices']>[0]): Promise<void> {
  const state = current;
  if (!state || state.id !== id) return;
  try {
    for await (const json of gatherBatchTexts(opened.slices(refs), opened.batchSize)) {
      while (state.credits === 0 && !state.cancelled) await new Promise<void>((resolve) => (state.wake = resolve));
      if (state.cancelled) return;
      state.credits--;
      send({ type: 'batch', id, json });
    }
    send({ type: 'end', id });
  } catch (error) {
    send({ type: 'error', id, message: (error as Error).message, ...((error as Error).stack ? { stack: (error as Error).stack } : {}) });
  }
}

port.on('message', (message: ToPrepareWorker) => {
  switch (message.type) {
    case 'open':
      // A file the writer gave up on without cancelling (it failed before reading) is dropped.
      if (current) {
        current.cancelled = true;
        current.wake?.();
        current = undefined;
      }
      openForPreparation(message.file, message.options).then(
        (opened) => {
          current = { id: message.id, opened, credits: 0, cancelled: false };
          send({ type: 'header', id: message.id, header: opened.header });
        },
        (error: Error) => send({ type: 'error', id: message.id, message: error.message, ...(error.stack ? { stack: error.stack } : {}) }),
      );
      break;
    case 'start':
      if (current?.id === message.id) {
        current.credits = message.credits;
        void run(message.id, current.opened, message.refs);
      }
      break;
    case 'credit':
      if (current?.id === message.id) {
        current.credits++;
        current.wake?.();
      }
      break;
    case 'cancel':
      if (current?.id === message.id) {
        current.cancelled = true;
        current.wake?.();
      }
      break;
  }
});
