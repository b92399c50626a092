import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { activeModel, compileOrThrow, openMigratedStore, scoreAccounts, type ScoreRunReport } from '../../app/index.js';
import { ModelRepository } from '../../store/index.js';
import { actorOf, databaseUrl, nowIso, parseMoment, UsageError, type GlobalOptions } from '../context.js';
import { createProgress } from '../progress.js';

const DAY_MS = 86_400_000;

function parseEvery(value: string): number {
  const m = /^(\d+)d$/.exec(value);
  if (!m || Number(m[1]) < 1) throw new UsageError(`--every "${value}" must be a number of days such as 7d`);
  return Number(m[1]) * DAY_MS;
}

function formatReport(r: ScoreRunReport): string {
  const lines = [`Scored ${r.total.toLocaleString('en-US')} accounts as of ${r.asOf} with model ${r.modelName} (${r.modelVersion}), ${r.mode}: ${r.scored.toLocaleString('en-US')} scored, ${r.kept.toLocaleString('en-US')} unchanged (run #${r.runId}).`];
  for (const [card, bands] of Object.entries(r.bands)) {
    lines.push(`  ${card}: ${Object.entries(bands).sort((a, b) => b[1] - a[1]).map(([band, n]) => `${band} ${n.toLocaleString('en-US')}`).join(' · ')}`);
  }
  return lines.join('\n');
}

export function registerScore(program: Command) {
  program
    .command('score')
    .description('score every account as of a moment and store the snapshots (only changed accounts unless --full)')
    .option('--as-of <date>', 'the moment to score (YYYY-MM-DD or ISO timestamp; default now)')
    .option('--model <file>', 'score with this model file instead of the active one (it is stored, not activated)')
    .option('--full', 'rescore every account, not only those whose inputs changed')
    .option('--replay', 'score a series of past moments (re-baselining after a model change): needs --from')
    .option('--from <date>', 'first moment of --replay')
    .option('--to <date>', 'last moment of --replay (default: --as-of or now)')
    .option('--every <days>', 'step of --replay, e.g. 7d', '7d')
    .option('--author <email>', 'who runs it, for the audit trail (default BELLWETHER_USER)')
    .action(async (options: { asOf?: string; model?: string; full?: boolean; replay?: boolean; from?: string; to?: string; every: string; author?: string }, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>();
      const now = nowIso();
      const asOf = parseMoment(options.asOf, '--as-of', now);
      if (options.replay && !options.from) throw new UsageError('--replay needs --from DATE');
      const moments: string[] = [];
      if (options.replay) {
        const step = parseEvery(options.every);
        const last = Date.parse(parseMoment(options.to, '--to', asOf));
        for (let t = Date.parse(parseMoment(options.from, '--from', now)); t <= last; t += step) moments.push(new Date(t).toISOString());
        if (moments.length === 0) throw new UsageError('--from is after --to: nothing to replay');
      } else moments.push(asOf);

      const store = await openMigratedStore(databaseUrl(global));
      try {
        const actor = actorOf(options.author);
        let model;
        if (options.model) {
          const source = await readFile(options.model, 'utf8');
          model = compileOrThrow(source);
          await ModelRepository.save(store.db, { version: model.version, name: model.name, source, createdAt: now, createdBy: actor });
        } else model = (await activeModel(store, { now, actor })).model;
        const reports: ScoreRunReport[] = [];
        for (const moment of moments) {
          const progress = createProgress(!global.json);
          progress.start(`scoring ${moment.slice(0, 10)}`);
          try {
            reports.push(await scoreAccounts(store, model, { asOf: moment, now: nowIso(), mode: options.full ? 'full' : 'auto', onProgress: (done, total) => progress.update(done, total) }));
          } finally {
            progress.stop();
          }
          if (!global.json) process.stdout.write(`${formatReport(reports[reports.length - 1]!)}\n`);
        }
        if (global.json) process.stdout.write(`${JSON.stringify(options.replay ? reports : reports[0])}\n`);
      } finally {
        await store.close();
      }
    });
}
