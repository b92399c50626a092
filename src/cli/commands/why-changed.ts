import type { Command } from 'commander';
import { activeModel, openMigratedStore, scoreOneAccount } from '../../app/index.js';
import { whyChanged, type WhyChanged } from '../../scoring/index.js';
import { actorOf, checkScorecard, databaseUrl, EXIT, nowIso, parseMoment, UsageError, type GlobalOptions } from '../context.js';

const signed = (x: number | null) => (x === null ? 'n/a' : `${x >= 0 ? '+' : ''}${(Math.round(x * 10) / 10).toFixed(1)}`);
const raw = (v: number | string | null | undefined) => (v === null || v === undefined ? 'no data' : typeof v === 'number' ? String(Math.round(v * 100) / 100) : v);

function formatWhy(w: Extract<WhyChanged, { ok: true }>): string {
  const out = [`${w.scorecard}: ${signed(w.scoreDelta)} from ${w.from} to ${w.to} (${w.bandBefore ?? 'no band'} → ${w.bandAfter ?? 'no band'}), same model ${w.modelVersion}`];
  if (Math.abs(w.overrideDelta) >= 0.05) out.push(`  of which ${signed(w.overrideDelta)} from overrides`);
  for (const c of w.components) {
    if (Math.abs(c.delta) < 0.05 && c.metrics.every((m) => Math.abs(m.delta) < 0.05)) continue;
    out.push(`  ${c.component.padEnd(14)} ${signed(c.delta).padStart(6)}`);
    for (const m of c.metrics) if (Math.abs(m.delta) >= 0.05) out.push(`    ${m.metric.padEnd(22)} ${signed(m.delta).padStart(6)}  ${raw(m.before?.rawValue)} → ${raw(m.after?.rawValue)}`);
  }
  return out.join('\n');
}

export function registerWhyChanged(program: Command) {
  program
    .command('why-changed')
    .argument('<account>', "the account's external id")
    .description('what moved an account\'s score between two moments, by component and metric, largest first')
    .requiredOption('--from <date>', 'the earlier moment')
    .option('--to <date>', 'the later moment (default now)')
    .option('--scorecard <name>', 'only this scorecard')
    .action(async (account: string, options: { from: string; to?: string; scorecard?: string }, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>();
      const now = nowIso();
      const from = parseMoment(options.from, '--from', now);
      const to = parseMoment(options.to, '--to', now);
      if (from > to) throw new UsageError('--from must not be after --to');
      const store = await openMigratedStore(databaseUrl(global));
      try {
        // Both moments under the one active model: a rule change never reads as a change in the customer.
        const { model } = await activeModel(store, { now, actor: actorOf(undefined) });
        checkScorecard(options.scorecard, model.scorecards.map((c) => c.name));
        const before = await scoreOneAccount(store, model, account, from);
        const after = await scoreOneAccount(store, model, account, to);
        if (!after) {
          process.stderr.write(`bellwether: no account "${account}" was known at ${to}\n`);
          process.exitCode = EXIT.error;
          return;
        }
        if (!before) {
          process.stderr.write(`bellwether: account "${account}" was not yet known at ${from}\n`);
          process.exitCode = EXIT.error;
          return;
        }
        const changes = after.scorecards
          .filter((s) => !options.scorecard || s.scorecard === options.scorecard)
          .flatMap((s) => {
            const b = before.scorecards.find((x) => x.scorecard === s.scorecard);
            return b ? [whyChanged(b, s)] : [];
          });
        if (global.json) process.stdout.write(`${JSON.stringify(changes)}\n`);
        else for (const w of changes) process.stdout.write(`${w.ok ? formatWhy(w) : `${w.code}: ${w.message}`}\n`);
      } finally {
        await store.close();
      }
    });
}
