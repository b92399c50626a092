import { fork } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAIL_BENCH_INTERNAL_DOMAIN, writeBenchMailbox } from './mail-data.js';
import { rate } from './measure.js';
import { buildPackage } from './build-package.js';

const CHILD = fileURLToPath(new URL('./mail-child.mjs', import.meta.url));
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BENCH_DIR = join(ROOT, '.bench');

/** What bench/mail-child.mjs is asked to do. */
type MailPhaseRequest =
  | { readonly phase: 'raw'; readonly mbox: string }
  | { readonly phase: 'import'; readonly mbox: string; readonly accountsCsv: string; readonly database: string; readonly internalDomain: string };

interface MailPhaseResult {
  readonly messages: number;
  readonly seconds: number;
  readonly peakRssMb: number;
  readonly counts?: { readonly inserted: number; readonly quarantined: number; readonly unmatched: number };
}

/** Targets of issue 8: end to end at least half the raw parse rate, peak RSS under 400 MB whatever the mailbox's size. */
export const MAIL_TARGETS = { shareOfRaw: 0.5, peakRssMb: 400 } as const;

export interface MailBenchResult {
  readonly messages: number;
  readonly mailboxMb: number;
  readonly raw: { readonly perSecond: number; readonly seconds: number; readonly peakRssMb: number };
  readonly import: { readonly perSecond: number; readonly seconds: number; readonly peakRssMb: number; readonly counts?: MailPhaseResult['counts'] };
  readonly checks: ReadonlyArray<{ readonly name: string; readonly value: string; readonly target: string; readonly pass: boolean }>;
}

type Reply = { ok: true; result: MailPhaseResult } | { ok: false; error: string };

/** Each phase in a fresh plain Node process (no tsx loader) running dist/, so its peak RSS is its own and what users run. */
function inChild(request: MailPhaseRequest): Promise<MailPhaseResult> {
  return new Promise((resolve, reject) => {
    const child = fork(CHILD, [], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let reply: Reply | undefined;
    child.once('message', (message: Reply) => (reply = message));
    child.once('error', reject);
    child.once('exit', (code) => (reply?.ok ? resolve(reply.result) : reject(new Error(reply?.error ?? `mail phase ${request.phase} exited with code ${code}`))));
    child.send(request);
  });
}

/** Generates (once) a mailbox of `messages`, then times the raw split + parse and the import into a fresh SQLite file. */
export async function runMailBench(options: { messages: number }): Promise<MailBenchResult> {
  const mailbox = await writeBenchMailbox(join(BENCH_DIR, `mail-${options.messages}.mbox`), options.messages);
  buildPackage();
  const raw = await inChild({ phase: 'raw', mbox: mailbox.path });
  const imported = await inChild({ phase: 'import', mbox: mailbox.path, accountsCsv: mailbox.accountsCsv, database: join(BENCH_DIR, `mail-${options.messages}.db`), internalDomain: MAIL_BENCH_INTERNAL_DOMAIN });
  const rawRate = rate(raw.messages, raw.seconds);
  const importRate = rate(imported.messages, imported.seconds);
  const share = rawRate > 0 ? importRate / rawRate : 0;
  return {
    messages: raw.messages,
    mailboxMb: Math.round(mailbox.bytes / 1024 / 1024),
    raw: { perSecond: rawRate, seconds: raw.seconds, peakRssMb: raw.peakRssMb },
    import: { perSecond: importRate, seconds: imported.seconds, peakRssMb: imported.peakRssMb, ...(imported.counts ? { counts: imported.counts } : {}) },
    checks: [
      { name: 'end to end vs raw parse', value: `${Math.round(share * 100)} %`, target: `>= ${MAIL_TARGETS.shareOfRaw * 100} %`, pass: share >= MAIL_TARGETS.shareOfRaw },
      { name: 'import peak RSS', value: `${imported.peakRssMb} MB`, target: `< ${MAIL_TARGETS.peakRssMb} MB`, pass: imported.peakRssMb < MAIL_TARGETS.peakRssMb },
    ],
  };
}

export function formatMailReport(r: MailBenchResult): string {
  return [
    `mailbox: ${r.messages.toLocaleString('en')} messages, ${r.mailboxMb} MB`,
    `raw split + parse (postal-mime): ${r.raw.perSecond.toLocaleString('en')} messages/s (${r.raw.seconds.toFixed(1)} s, peak RSS ${r.raw.peakRssMb} MB)`,
    `import into SQLite:              ${r.import.perSecond.toLocaleString('en')} messages/s (${r.import.seconds.toFixed(1)} s, peak RSS ${r.import.peakRssMb} MB)${r.import.counts ? `; ${r.import.counts.inserted} inserted, ${r.import.counts.unmatched} unmatched, ${r.import.counts.quarantined} rejected` : ''}`,
    ...r.checks.map((c) => `${c.pass ? 'PASS' : 'MISS'} ${c.name}: ${c.value} (target ${c.target})`),
  ].join('\n');
}
