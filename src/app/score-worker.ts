import { parentPort } from 'node:worker_threads';
import { loadModel, type CompiledModel, type Population } from '../scoring/index.js';
import { openDatabase, type Store } from '../store/index.js';
import { scoreSingles } from './score-batch.js';
import { loadSignals } from './load-signals.js';
import { previewSingles, type RankedModel } from './preview-batch.js';
import type { FromScoreWorker, ToScoreWorker } from './score-worker-protocol.js';

// A thread of the scoring pool (score-pool.ts): reads a batch's signals on its own
// connection, scores them with the pure engine and sends the snapshot rows back; the
// main thread writes them. Batches are scored one at a time, in the order they arrive.
// For a preview it scores each batch under a candidate model too and sends both scores.

const port = parentPort;
if (!port) throw new Error('score-worker must run as a worker thread');
const send = (message: FromScoreWorker) => port.postMessage(message);

let setup: { store: Store; model: CompiledModel; asOf: string; population: Population | undefined; candidate: RankedModel | undefined } | undefined;
let queue: Promise<void> = Promise.resolve();

function fail(error: unknown): void {
  send({ type: 'error', message: (error as Error).message ?? String(error), ...((error as Error).stack ? { stack: (error as Error).stack } : {}) });
}

port.on('message', (message: ToScoreWorker) => {
  if (message.type === 'init') {
    // The model crosses as its definition in JSON, which is YAML too: the same definition, the same version.
    const loaded = loadModel(message.modelJson);
    if (!loaded.ok || loaded.model.version !== message.modelVersion) return fail(new Error(`the score worker could not rebuild model ${message.modelVersion}`));
    let candidate: RankedModel | undefined;
    if (message.candidate) {
      const other = loadModel(message.candidate.modelJson);
      if (!other.ok || other.model.version !== message.candidate.modelVersion) return fail(new Error(`the score worker could not rebuild model ${message.candidate.modelVersion}`));
      candidate = { model: other.model, population: message.candidate.populationJson ? (JSON.parse(message.candidate.populationJson) as Population) : undefined };
    }
    setup = { store: openDatabase(message.target), model: loaded.model, asOf: message.asOf, population: message.populationJson ? (JSON.parse(message.populationJson) as Population) : undefined, candidate };
    send({ type: 'ready' });
    return;
  }
  const s = setup;
  if (!s) return fail(new Error('score worker: a batch came before init'));
  queue = queue.then(async () => {
    try {
      const signals = await loadSignals(s.store, message.accountIds, s.asOf);
      if (s.candidate) {
        send({ type: 'previewed', id: message.id, accounts: previewSingles(signals.values(), { model: s.model, population: s.population }, s.candidate, s.asOf) });
        return;
      }
      const { rows, bands, accounts } = scoreSingles(signals.values(), s.model, s.asOf, s.population);
      send({ type: 'scored', id: message.id, rows, bands, accounts });
    } catch (error) {
      fail(error);
    }
  });
});
