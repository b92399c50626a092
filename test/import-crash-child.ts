// Run by import-crash.test.ts as a separate process, so it can be killed mid-import:
//   node --import tsx test/import-crash-child.ts <database-url> <file> <now> [relay]
// Prints "progress <done> <estimatedTotal>" after each committed batch, then "done". With
// "relay", a second thread takes turns on the file, batch by batch, as `bellwether import` does.
import { importFile, relayPartner } from '../src/ingest/index.js';
import { openDatabase } from '../src/store/index.js';

const [url, file, now, mode] = process.argv.slice(2);
if (!url || !file || !now) throw new Error('usage: import-crash-child.ts <database-url> <file> <now> [relay]');

const store = openDatabase(url);
const relay = mode === 'relay' ? relayPartner(store.target) : undefined;
try {
  await importFile(store.db, file, {
    now,
    ...(relay ? { relay, batchSize: 1000 } : {}),
    onProgress: (done, total) => process.stdout.write(`progress ${done} ${total}\n`),
  });
  process.stdout.write('done\n');
} finally {
  await relay?.close();
  await store.close();
}
