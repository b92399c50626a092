// Run by import-crash.test.ts as a separate process, so it can be killed mid-import:
//   node --import tsx test/import-crash-child.ts <database-url> <file> <now>
// Prints "progress <done> <estimatedTotal>" after each committed batch, then "done".
import { importFile } from '../src/ingest/index.js';
import { openDatabase } from '../src/store/index.js';

const [url, file, now] = process.argv.slice(2);
if (!url || !file || !now) throw new Error('usage: import-crash-child.ts <database-url> <file> <now>');

const store = openDatabase(url);
try {
  await importFile(store.db, file, {
    now,
    onProgress: (done, total) => process.stdout.write(`progress ${done} ${total}\n`),
  });
  process.stdout.write('done\n');
} finally {
  await store.close();
}
