import { resolve } from 'node:path';
import type { Command } from 'commander';
import { generateDemo, DEMO_SIZES, type DemoSize } from '../../demo/index.js';
import { importFiles, openMigratedStore } from '../../app/index.js';
import { databaseUrl, EXIT, nowIso, UsageError, type GlobalOptions } from '../context.js';
import { formatImportReport } from '../print-import-report.js';

export function registerDemo(program: Command) {
  program
    .command('demo')
    .description('write seeded demo data files (CSV, NDJSON, an mbox mailbox and an iCalendar file) and import them like any user file')
    .option('--size <size>', `S, M or L (${Object.entries(DEMO_SIZES).map(([k, v]) => `${k}=${v}`).join(', ')} accounts) or a number`, 'S')
    .option('--seed <n>', 'random seed', '1')
    .option('--as-of <date>', 'end of the 24-month history (default: today)')
    .option('--out <dir>', 'where to write the files', './data/demo')
    .option('--no-import', 'only write the files')
    .action(async (options: { size: string; seed: string; asOf?: string; out: string; import: boolean }, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>();
      const size: DemoSize | number = options.size in DEMO_SIZES ? (options.size as DemoSize) : Number(options.size);
      if (typeof size === 'number' && !(Number.isInteger(size) && size > 0)) throw new UsageError(`--size must be S, M, L or a positive number, not "${options.size}"`);
      const asOf = options.asOf ? new Date(options.asOf).toISOString() : `${nowIso().slice(0, 10)}T00:00:00.000Z`;
      const outDir = resolve(options.out);
      const result = await generateDemo({ size, seed: Number(options.seed), asOf, outDir });
      if (!global.json) process.stdout.write(`wrote ${result.files.length} files for ${result.accounts} accounts to ${outDir}\n`);
      if (!options.import) {
        if (global.json) process.stdout.write(`${JSON.stringify(result)}\n`);
        return;
      }
      const store = await openMigratedStore(databaseUrl(global));
      try {
        const report = await importFiles(store, [outDir], { now: nowIso(), clock: nowIso });
        process.stdout.write(global.json ? `${JSON.stringify({ demo: result, import: report })}\n` : `${formatImportReport(report, 3)}\n`);
        process.exitCode = report.totals.failedFiles > 0 ? EXIT.error : EXIT.ok;
      } finally {
        await store.close();
      }
    });
}
