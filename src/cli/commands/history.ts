import type { Command } from 'commander';
import { accountHistory, accountIdOf, activeModel, openMigratedStore, scoreTrend } from '../../app/index.js';
import { actorOf, checkScorecard, databaseUrl, EXIT, nowIso, parseMoment, type GlobalOptions } from '../context.js';

export function registerHistory(program: Command) {
  program
    .command('history')
    .argument('<account>', "the account's external id")
    .description("an account's stored scores over time under the active model, with its 7, 30 and 90 day trend")
    .option('--scorecard <name>', 'the scorecard (default: the model\'s first)')
    .option('--from <date>', 'from this moment')
    .option('--to <date>', 'up to this moment')
    .action(async (account: string, options: { scorecard?: string; from?: string; to?: string }, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>();
      const now = nowIso();
      const store = await openMigratedStore(databaseUrl(global));
      try {
        const { model } = await activeModel(store, { now, actor: actorOf(undefined) });
        checkScorecard(options.scorecard, model.scorecards.map((c) => c.name));
        if ((await accountIdOf(store, account)) === undefined) {
          process.stderr.write(`bellwether: no account "${account}"\n`);
          process.exitCode = EXIT.error;
          return;
        }
        const scorecard = options.scorecard ?? model.scorecards[0]?.name ?? 'health';
        const range = { ...(options.from ? { from: parseMoment(options.from, '--from', now) } : {}), ...(options.to ? { to: parseMoment(options.to, '--to', now) } : {}) };
        const rows = await accountHistory(store, model.version, account, scorecard, range);
        const trend = scoreTrend(rows);
        if (global.json) {
          process.stdout.write(`${JSON.stringify({ account, scorecard, modelVersion: model.version, trend, points: rows.map((r) => ({ asOf: r.as_of, score: r.score, rawScore: r.raw_score, band: r.band, confidence: r.confidence })) })}\n`);
          return;
        }
        process.stdout.write(`${account} ${scorecard} under model ${model.name} (${model.version}): ${rows.length} snapshot(s); trends compare snapshots of this model only\n`);
        for (const r of rows) process.stdout.write(`  ${r.as_of}  ${r.score === null ? '  –  ' : r.score.toFixed(1).padStart(5)}  ${(r.band ?? 'no score').padEnd(10)} confidence ${r.confidence.toFixed(2)}\n`);
        const t = (x: number | null) => (x === null ? 'n/a' : `${x >= 0 ? '+' : ''}${x.toFixed(1)}`);
        process.stdout.write(`  trend: 7 days ${t(trend.d7)}, 30 days ${t(trend.d30)}, 90 days ${t(trend.d90)}\n`);
      } finally {
        await store.close();
      }
    });
}
