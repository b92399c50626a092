import type { Command } from 'commander';
import { activeModel, openMigratedStore, scoreOneAccount } from '../../app/index.js';
import { explain, type AccountScore } from '../../scoring/index.js';
import { actorOf, checkScorecard, databaseUrl, EXIT, nowIso, parseMoment, type GlobalOptions } from '../context.js';

const n1 = (x: number | null) => (x === null ? '–' : (Math.round(x * 10) / 10).toFixed(1));

/** The account's score in words, then every component and metric with its evidence. */
export function formatExplanation(result: AccountScore, scorecard: string | undefined): string {
  const out: string[] = [`${result.accountExternalId} as of ${result.asOf}, model ${result.modelName} (${result.modelVersion})${result.segment ? `, segment ${result.segment}` : ''}`];
  for (const s of result.scorecards) {
    if (scorecard && s.scorecard !== scorecard) continue;
    const e = explain(s);
    out.push('', e.headline);
    if (e.override) out.push(`  ${e.override}`);
    for (const c of s.components) {
      out.push(`  ${c.component.padEnd(14)} ${n1(c.score).padStart(5)}  weight ${String(c.weight).padStart(3)}  share ${String(Math.round(c.effectiveWeight * 100)).padStart(3)} %  ${n1(c.contribution).padStart(5)} pts`);
      for (const m of c.metrics) {
        const raw = m.rawValue === null ? 'no data' : typeof m.rawValue === 'number' ? String(Math.round(m.rawValue * 100) / 100) : m.rawValue;
        const evidence = m.evidence.length > 0 ? `  ← ${m.evidence.map((v) => `${v.entity}:${v.id}`).join(', ')}` : '';
        out.push(`    ${m.metric.padEnd(22)} ${m.window ?? ''} ${raw} → ${n1(m.normalized)} (${m.status})  ${n1(m.contribution)} pts${evidence}`);
      }
    }
    if (e.drivers.length > 0) out.push('  drivers:', ...e.drivers.map((d) => `    ${d}`));
    if (e.caveats.length > 0) out.push('  confidence:', ...e.caveats.map((c) => `    ${c}`));
  }
  return out.join('\n');
}

export function registerExplain(program: Command) {
  program
    .command('explain')
    .argument('<account>', "the account's external id")
    .description('why an account scores what it does: components, metrics, evidence, drivers and confidence')
    .option('--as-of <date>', 'the moment (default now)')
    .option('--scorecard <name>', 'only this scorecard')
    .action(async (account: string, options: { asOf?: string; scorecard?: string }, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>();
      const now = nowIso();
      const asOf = parseMoment(options.asOf, '--as-of', now);
      const store = await openMigratedStore(databaseUrl(global));
      try {
        const { model } = await activeModel(store, { now, actor: actorOf(undefined) });
        checkScorecard(options.scorecard, model.scorecards.map((c) => c.name));
        const result = await scoreOneAccount(store, model, account, asOf);
        if (!result) {
          process.stderr.write(`bellwether: no account "${account}" was known at ${asOf}\n`);
          process.exitCode = EXIT.error;
          return;
        }
        if (global.json) process.stdout.write(`${JSON.stringify(options.scorecard ? { ...result, scorecards: result.scorecards.filter((s) => s.scorecard === options.scorecard) } : result)}\n`);
        else process.stdout.write(`${formatExplanation(result, options.scorecard)}\n`);
      } finally {
        await store.close();
      }
    });
}
