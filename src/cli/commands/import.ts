import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { parse as parseYaml } from 'yaml';
import { importFiles, openMigratedStore } from '../../app/index.js';
import { ENTITY_KINDS, type EntityKind } from '../../domain/index.js';
import { ColumnMappingSchema, mappingKeysCamelCased, presetById, type ColumnMapping } from '../../ingest/index.js';
import { databaseUrl, EXIT, nowIso, UsageError, type GlobalOptions } from '../context.js';
import { formatImportReport } from '../print-import-report.js';
import { createProgress } from '../progress.js';

interface ImportOptions {
  mapping?: string;
  preset?: string;
  kind?: string;
  encoding?: string;
  delimiter?: string;
}

/** Reads a mapping file; its keys may be snake_case (date_format) or camelCase. */
async function loadMapping(path: string): Promise<ColumnMapping> {
  const doc = parseYaml(await readFile(path, 'utf8')) as Record<string, unknown> | null;
  const parsed = ColumnMappingSchema.safeParse(mappingKeysCamelCased(doc ?? {}));
  if (!parsed.success) throw new UsageError(`${path}: invalid mapping: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

export function registerImport(program: Command) {
  program
    .command('import')
    .description('import CSV or NDJSON files (or directories of them); bad rows are quarantined and reported')
    .argument('<files...>', 'files or directories')
    .option('--mapping <file>', 'YAML mapping of your column names to ours')
    .option('--preset <id>', 'built-in mapping: salesforce-accounts, hubspot-companies, hubspot-contacts (detected from headers when omitted)')
    .option('--kind <kind>', `what the files hold (default: from the file name): ${ENTITY_KINDS.join(', ')}`)
    .option('--encoding <label>', 'text encoding, e.g. utf-8, windows-1252, utf-16le (default: detected)')
    .option('--delimiter <char>', 'CSV delimiter (default: detected)')
    .action(async (files: string[], options: ImportOptions, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>();
      if (options.kind && !ENTITY_KINDS.includes(options.kind as EntityKind)) throw new UsageError(`unknown kind "${options.kind}"; one of ${ENTITY_KINDS.join(', ')}`);
      let mapping: ColumnMapping | undefined;
      if (options.mapping) mapping = await loadMapping(options.mapping);
      else if (options.preset) {
        const preset = presetById(options.preset);
        if (!preset) throw new UsageError(`unknown preset "${options.preset}"`);
        mapping = preset.mapping;
      }
      const store = await openMigratedStore(databaseUrl(global));
      const progress = createProgress(!global.json);
      try {
        const report = await importFiles(store, files, {
          now: nowIso(),
          clock: nowIso,
          ...(options.kind ? { kind: options.kind as EntityKind } : {}),
          ...(mapping ? { mapping } : {}),
          ...(options.encoding ? { encoding: options.encoding } : {}),
          ...(options.delimiter ? { delimiter: options.delimiter } : {}),
          onFile: (file) => progress.start(file),
          onProgress: (done, total) => progress.update(done, total),
        });
        progress.stop();
        if (global.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
        else process.stdout.write(`${formatImportReport(report)}\n`);
        process.exitCode = report.totals.quarantined > 0 || report.totals.failedFiles > 0 ? EXIT.error : EXIT.ok;
      } finally {
        progress.stop();
        await store.close();
      }
    });
}
