import type { Command } from 'commander';
import { activeModel, modelVersion, openMigratedStore } from '../../../app/index.js';
import type { CompiledModel, CompiledScorecard, NormalizerConfig } from '../../../scoring/index.js';
import { actorOf, databaseUrl, EXIT, nowIso, type GlobalOptions } from '../../context.js';

function normalizerText(n: NormalizerConfig): string {
  const { type, ...rest } = n as NormalizerConfig & Record<string, unknown>;
  return `${type} ${JSON.stringify(rest)}`;
}

function scorecardLines(card: CompiledScorecard): string[] {
  const out = [`  scorecard ${card.name}${card.label && card.label !== card.name ? ` (${card.label})` : ''}${card.invert ? ', higher = more risk' : ''}`];
  out.push(`    bands: ${card.bands.map((b) => `${b.name} ${b.min}–${b.max}`).join(' · ')}`);
  for (const c of card.components) {
    out.push(`    ${c.name} (weight ${c.weight})`);
    for (const m of c.metrics) out.push(`      ${m.id.padEnd(22)} weight ${String(m.weight).padStart(3)}  ${m.window?.text ?? '-'}  ${m.direction}  ${normalizerText(m.normalizer)}`);
  }
  return out;
}

/** The model as a readable outline: scorecards, bands, components, metrics, weights, normalizers, segments. */
export function formatModel(model: CompiledModel): string {
  const out = [`model ${model.name} (${model.version})`];
  for (const card of model.scorecards) out.push(...scorecardLines(card));
  for (const seg of model.segments) out.push(`  segment ${seg.name}: ${seg.matchers.map((m) => m.attribute).join(', ')} (its own weights and thresholds)`);
  return out.join('\n');
}

export function registerModelShow(model: Command) {
  model
    .command('show')
    .description('the active model (or --model-version) as a readable outline; --json gives its definition')
    .option('--model-version <version>', 'a stored model version (see `bellwether score` output)')
    .option('--source', 'print the YAML instead')
    .action(async (options: { modelVersion?: string; source?: boolean }, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>();
      const now = nowIso();
      const store = await openMigratedStore(databaseUrl(global));
      try {
        const found = options.modelVersion ? await modelVersion(store, options.modelVersion) : await activeModel(store, { now, actor: actorOf(undefined) });
        if (!found) {
          process.stderr.write(`bellwether: no stored model version "${options.modelVersion}"\n`);
          process.exitCode = EXIT.error;
          return;
        }
        if (options.source) process.stdout.write(found.source.endsWith('\n') ? found.source : `${found.source}\n`);
        else if (global.json) process.stdout.write(`${JSON.stringify({ name: found.model.name, version: found.model.version, definition: found.model.definition })}\n`);
        else process.stdout.write(`${formatModel(found.model)}\n`);
      } finally {
        await store.close();
      }
    });
}
