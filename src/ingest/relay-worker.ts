import { parentPort } from 'node:worker_threads';
import { factStatementsFor, openDatabase, type FactStatements, type Store } from '../store/index.js';
import { openForPreparation } from './prepare-file.js';
import type { FromRelayWorker, RelayJob, ToRelayWorker } from './relay-protocol.js';
import { takeTurns, TurnBoard } from './take-turns.js';
import { writePreparedBatch } from './write-prepared-batch.js';

// The worker thread of relayPartner: takes turns with the importing thread on one file at a
// time, reading, validating and writing every other batch through its own connection.

const port = parentPort;
if (!port) throw new Error('relay-worker must run as a worker thread');
const send = (message: FromRelayWorker) => port.postMessage(message);

let store: { key: string; store: Store; statements: FactStatements } | undefined;
let current: { id: number; board: TurnBoard } | undefined;
/** Files are taken one after another: the next waits until this one is done. */
let queue: Promise<void> = Promise.resolve();

function storeFor(job: RelayJob) {
  const key = JSON.stringify(job.target);
  if (store?.key !== key) {
    void store?.store.close();
    const opened = openDatabase(job.target);
    store = { key, store: opened, statements: factStatementsFor(opened.db) };
  }
  return store;
}

async function run(job: RelayJob, board: TurnBoard): Promise<void> {
  const { id } = job;
  try {
    const { store: { db }, statements } = storeFor(job);
    const opened = await openForPreparation(job.file, job.options);
    if (!opened.turns || opened.header.fileIssue) throw new Error(`${job.file} cannot be read in turns on the relay worker`);
    const turns = opened.turns(job.refs);
    const contactsWritten = new Set<string>();
    const passPlace = (index: number, place: Parameters<TurnBoard['placePassed']>[1]) => send({ type: 'place', id, index, ...(place ? { place } : {}) });
    await takeTurns(board, turns, passPlace, async (index, prepared) => {
      const written = await writePreparedBatch(db, job.context, statements, prepared, contactsWritten);
      send({ type: 'written', id, index, counts: written.counts, rejected: written.rejected.slice(0, job.maxReportedIssues), contactsCreated: written.contactsCreated, bytes: prepared.bytes });
    });
  } catch (error) {
    // A stop is the importing thread's own failure, already known there.
    if (!(error instanceof StopRequest)) {
      send({ type: 'failed', id, message: (error as Error).message, ...((error as Error).stack ? { stack: (error as Error).stack } : {}) });
    }
  } finally {
    if (current?.id === id) current = undefined;
    send({ type: 'done', id });
  }
}

class StopRequest extends Error {}

port.on('message', (message: ToRelayWorker) => {
  switch (message.type) {
    case 'file': {
      const board = new TurnBoard();
      current = { id: message.job.id, board };
      queue = queue.then(() => run(message.job, board));
      break;
    }
    case 'place':
      if (current?.id === message.id) current.board.placePassed(message.index, message.place);
      break;
    case 'written':
      if (current?.id === message.id) current.board.written(message.index);
      break;
    case 'stop':
      if (current?.id === message.id) current.board.fail(new StopRequest(message.message));
      break;
  }
});
