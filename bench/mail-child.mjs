// One phase of the mail benchmark, in a plain Node process running the built package
// (dist/), as `bellwether import` runs: under tsx the TypeScript loader sat in this process
// and in the import's worker thread and added about 100 MB to the peak RSS being measured.
// One request in over IPC, one result out. Plain JavaScript because Node 20 cannot run
// TypeScript without a loader; the request and result types are in mail-bench.ts.
import { rmSync } from 'node:fs';
import process from 'node:process';
import { URL } from 'node:url';

const DIST = new URL('../dist/', import.meta.url);
const { importFiles } = await import(new URL('app/index.js', DIST).href);
const { parseMailMessage, readMboxMessages } = await import(new URL('ingest/readers/index.js', DIST).href);
const { openDatabase, migrateToLatest } = await import(new URL('store/index.js', DIST).href);

const NOW = '2026-11-23T00:00:00.000Z';
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9;

/** The same splitter and parser the import uses, and nothing else: the ceiling the import is compared with. */
async function raw({ mbox }) {
  const start = process.hrtime.bigint();
  let messages = 0;
  for await (const entry of readMboxMessages(mbox)) {
    if (entry.tooLarge) continue;
    const parsed = await parseMailMessage(entry.bytes, { index: entry.index, line: entry.line, ...(entry.fromLineDate ? { fromLineDate: entry.fromLineDate } : {}) });
    if (parsed.ok) messages++;
  }
  return { messages, seconds: seconds(start), peakRssMb: peakRssMb() };
}

/** The whole import of the mailbox into a fresh SQLite file, its accounts imported first (untimed). */
async function importMailbox({ mbox, accountsCsv, database, internalDomain }) {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${database}${suffix}`, { force: true });
  const store = openDatabase(database);
  try {
    await migrateToLatest(store);
    await importFiles(store, [accountsCsv], { now: NOW });
    const start = process.hrtime.bigint();
    const report = await importFiles(store, [mbox], { now: NOW, internalDomains: [internalDomain] });
    const t = report.totals;
    return { messages: t.rowsRead, seconds: seconds(start), peakRssMb: peakRssMb(), counts: { inserted: t.inserted, quarantined: t.quarantined, unmatched: t.unmatched } };
  } finally {
    await store.close();
  }
}

process.once('message', (request) => {
  (request.phase === 'raw' ? raw(request) : importMailbox(request)).then(
    (result) => process.send({ ok: true, result }, () => process.exit(0)),
    (error) => process.send({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }, () => process.exit(1)),
  );
});
