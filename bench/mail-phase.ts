import { rmSync } from 'node:fs';
import { importFiles } from '../src/app/import-files.js';
import { parseMailMessage, readMboxMessages } from '../src/ingest/readers/index.js';
import { openDatabase, migrateToLatest } from '../src/store/index.js';
import { MAIL_BENCH_INTERNAL_DOMAIN } from './mail-data.js';
import { peakRssMb, timed } from './measure.js';

export type MailPhaseRequest =
  | { readonly phase: 'raw'; readonly mbox: string }
  | { readonly phase: 'import'; readonly mbox: string; readonly accountsCsv: string; readonly database: string };

export interface MailPhaseResult {
  readonly messages: number;
  readonly seconds: number;
  readonly peakRssMb: number;
  readonly counts?: { readonly inserted: number; readonly quarantined: number; readonly unmatched: number };
}

/** The same splitter and parser the import uses, and nothing else: the ceiling the import is compared with. */
async function raw(mbox: string): Promise<number> {
  let n = 0;
  for await (const entry of readMboxMessages(mbox)) {
    if ('tooLarge' in entry) continue;
    const parsed = await parseMailMessage(entry.bytes, { index: entry.index, line: entry.line, ...(entry.fromLineDate ? { fromLineDate: entry.fromLineDate } : {}) });
    if (parsed.ok) n++;
  }
  return n;
}

export async function runMailPhase(request: MailPhaseRequest): Promise<MailPhaseResult> {
  if (request.phase === 'raw') {
    const run = await timed(() => raw(request.mbox));
    return { messages: run.result, seconds: run.seconds, peakRssMb: run.peakRssMb };
  }
  rmSync(request.database, { force: true });
  rmSync(`${request.database}-wal`, { force: true });
  const store = openDatabase(request.database);
  await migrateToLatest(store);
  try {
    await importFiles(store, [request.accountsCsv], { now: '2026-11-23T00:00:00.000Z' });
    const run = await timed(() => importFiles(store, [request.mbox], { now: '2026-11-23T00:00:00.000Z', internalDomains: [MAIL_BENCH_INTERNAL_DOMAIN] }));
    const t = run.result.totals;
    return { messages: t.rowsRead, seconds: run.seconds, peakRssMb: peakRssMb(), counts: { inserted: t.inserted, quarantined: t.quarantined, unmatched: t.unmatched } };
  } finally {
    await store.close();
  }
}
