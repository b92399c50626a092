import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { compileOrThrow, DEFAULT_PREVIEW_LIMIT, openMigratedStore, previewModel, type ModelPreview, type PreviewScore, type ScorecardPreview } from '../../../app/index.js';
import { formatModelIssue, ModelError, type CompiledModel } from '../../../scoring/index.js';
import { databaseUrl, EXIT, nowIso, parseMoment, UsageError, type GlobalOptions } from '../../context.js';
import { createProgress } from '../../progress.js';

/** Changes printed on a terminal unless --limit says otherwise; --json lists as many as the API does. */
const TEXT_LIMIT = 20;
const NO_SCORE = 'no score';

function parseLimit(value: string | undefined, json: boolean): number {
  if (value === undefined) return json ? DEFAULT_PREVIEW_LIMIT : TEXT_LIMIT;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`--limit "${value}" must be a whole number of 1 or more`);
  return Number(value);
}

/** Band names in the candidate's order, then any only the active model has, then no score. */
function bandOrder(card: ScorecardPreview, candidate: CompiledModel): string[] {
  const own = [candidate.scorecards, ...candidate.segments.map((s) => s.scorecards)].flat().filter((c) => c.name === card.scorecard).flatMap((c) => c.bands.map((b) => b.name));
  const seen = card.transitions.flatMap((t) => [t.from ?? NO_SCORE, t.to ?? NO_SCORE]);
  return [...new Set([...own, ...seen.filter((b) => b !== NO_SCORE), NO_SCORE])].filter((b) => seen.includes(b));
}

const signed = (x: number) => `${x > 0 ? '+' : ''}${x.toFixed(1)}`;
const scoreText = (s: PreviewScore) => `${s.score === null ? '-' : s.score.toFixed(1)} ${s.band ?? NO_SCORE}`;

/** A from/to matrix of account counts; `.` for none. */
function transitionTable(card: ScorecardPreview, order: readonly string[]): string[] {
  const count = (from: string, to: string) => card.transitions.find((t) => (t.from ?? NO_SCORE) === from && (t.to ?? NO_SCORE) === to)?.accounts ?? 0;
  const froms = order.filter((b) => card.transitions.some((t) => (t.from ?? NO_SCORE) === b));
  const tos = order.filter((b) => card.transitions.some((t) => (t.to ?? NO_SCORE) === b));
  const first = Math.max('from \\ to'.length, ...froms.map((b) => b.length));
  const width = (b: string) => Math.max(b.length, 5);
  const lines = [`    ${'from \\ to'.padEnd(first)}  ${tos.map((b) => b.padStart(width(b))).join('  ')}`];
  for (const from of froms) lines.push(`    ${from.padEnd(first)}  ${tos.map((to) => String(count(from, to) || '.').padStart(width(to))).join('  ')}`);
  return lines;
}

function scorecardLines(card: ScorecardPreview, candidate: CompiledModel): string[] {
  const order = bandOrder(card, candidate);
  if (!card.inActive || !card.inCandidate) {
    const side = card.inCandidate ? 'to' : 'from';
    const counts = order.map((b) => [b, card.transitions.filter((t) => (t[side] ?? NO_SCORE) === b).reduce((n, t) => n + t.accounts, 0)] as const).filter(([, n]) => n > 0);
    return [`  ${card.scorecard} (${card.inCandidate ? 'added' : 'removed'}): ${counts.map(([b, n]) => `${b} ${n.toLocaleString('en-US')}`).join(' · ')}`];
  }
  const moved = card.changedBand === 0 ? 'no account changes band' : `${card.changedBand.toLocaleString('en-US')} account${card.changedBand === 1 ? '' : 's'} change band`;
  const deltas =
    card.meanDelta === null ? 'no account scored by both' : card.maxUp === 0 && card.maxDown === 0 ? 'scores unchanged' : `score change mean ${signed(card.meanDelta)}, median ${signed(card.medianDelta ?? 0)}, up to ${signed(card.maxUp ?? 0)} and ${signed(card.maxDown ?? 0)}`;
  return [`  ${card.scorecard}: ${moved}; ${deltas}`, ...transitionTable(card, order)];
}

/** The preview as text: per scorecard a band transition table, then the largest changes. */
export function formatPreview(preview: ModelPreview, candidate: CompiledModel): string {
  const lines = [`Model "${preview.candidateName}" (${preview.candidateVersion}) against the active "${preview.activeName}" (${preview.activeVersion}), as of ${preview.asOf}, ${preview.accounts.toLocaleString('en-US')} accounts:`];
  for (const card of preview.scorecards) lines.push(...scorecardLines(card, candidate));
  if (preview.totalChanges === 0) {
    lines.push('No account scores differently on a scorecard of both models.');
    return lines.join('\n');
  }
  lines.push(`Largest changes (${preview.changes.length.toLocaleString('en-US')} of ${preview.totalChanges.toLocaleString('en-US')}, band changes first):`);
  const id = Math.max(...preview.changes.map((c) => c.externalId.length));
  const card = Math.max(...preview.changes.map((c) => c.scorecard.length));
  const before = Math.max(...preview.changes.map((c) => scoreText(c.before).length));
  for (const c of preview.changes) {
    const name = c.name.length > 28 ? `${c.name.slice(0, 27)}…` : c.name;
    lines.push(`  ${c.externalId.padEnd(id)}  ${name.padEnd(28)}  ${c.scorecard.padEnd(card)}  ${scoreText(c.before).padEnd(before)} -> ${scoreText(c.after)}${c.delta === null ? '' : `  ${signed(c.delta)}`}`);
  }
  return lines.join('\n');
}

export function registerModelPreview(model: Command) {
  model
    .command('preview')
    .argument('<file>', 'a model YAML file')
    .description('what a model file would change if activated: band transitions per scorecard and the accounts that move most; nothing is stored')
    .option('--as-of <date>', 'the moment both models score (YYYY-MM-DD or ISO timestamp; default now)')
    .option('--limit <n>', `changes listed at most (default ${TEXT_LIMIT}; ${DEFAULT_PREVIEW_LIMIT} with --json)`)
    .action(async (file: string, options: { asOf?: string; limit?: string }, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>();
      const now = nowIso();
      const asOf = parseMoment(options.asOf, '--as-of', now);
      const limit = parseLimit(options.limit, global.json === true);
      const source = await readFile(file, 'utf8');
      let candidate: CompiledModel;
      try {
        candidate = compileOrThrow(source);
      } catch (error) {
        if (!(error instanceof ModelError)) throw error;
        for (const e of error.issues) process.stderr.write(`${formatModelIssue(e, file)}\n`);
        process.stderr.write('bellwether: the model is not valid, so there is nothing to preview\n');
        process.exitCode = EXIT.error;
        return;
      }
      const store = await openMigratedStore(databaseUrl(global));
      const progress = createProgress(!global.json);
      try {
        progress.start('previewing');
        const preview = await previewModel(store, { source, asOf, now, limit, onProgress: (done, total) => progress.update(done, total) });
        progress.stop();
        process.stdout.write(global.json ? `${JSON.stringify(preview)}\n` : `${formatPreview(preview, candidate)}\n`);
      } finally {
        progress.stop();
        await store.close();
      }
    });
}
