import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { parse as parseYaml } from 'yaml';
import { importFiles, ImportSettingsError, openMigratedStore, parseDomains as parseDomainList } from '../../app/index.js';
import { ENTITY_KINDS, type EntityKind } from '../../domain/index.js';
import { ColumnMappingSchema, mappingKeysCamelCased, presetById, type ColumnMapping } from '../../ingest/index.js';
import { databaseUrl, EXIT, nowIso, parseMoment, UsageError, type GlobalOptions } from '../context.js';
import { formatImportReport } from '../print-import-report.js';
import { createProgress } from '../progress.js';

interface ImportOptions {
  mapping?: string;
  preset?: string;
  kind?: string;
  encoding?: string;
  delimiter?: string;
  internalDomain?: string[];
  storeBodies?: boolean;
  calendarFrom?: string;
  calendarUntil?: string;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Reads a mapping file; its keys may be snake_case (date_format) or camelCase. */
async function loadMapping(path: string): Promise<ColumnMapping> {
  const doc = parseYaml(await readFile(path, 'utf8')) as Record<string, unknown> | null;
  const parsed = ColumnMappingSchema.safeParse(mappingKeysCamelCased(doc ?? {}));
  if (!parsed.success) throw new UsageError(`${path}: invalid mapping: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

function parseDomains(items: readonly string[]): string[] {
  try {
    return parseDomainList(items);
  } catch (error) {
    if (error instanceof ImportSettingsError) throw new UsageError(`--internal-domain: ${error.message}`);
    throw error;
  }
}

export function registerImport(program: Command) {
  program
    .command('import')
    .description('import CSV, NDJSON, .eml, .mbox and .ics files (or directories of them); bad rows are quarantined, mail no account matches goes to the review list')
    .argument('<files...>', 'files or directories')
    .option('--mapping <file>', 'YAML mapping of your column names to ours')
    .option('--preset <id>', 'built-in mapping: salesforce-accounts, hubspot-companies, hubspot-contacts (detected from headers when omitted)')
    .option('--kind <kind>', `what the files hold (default: from the file name): ${ENTITY_KINDS.join(', ')}`)
    .option('--encoding <label>', 'text encoding, e.g. utf-8, windows-1252, utf-16le (default: detected)')
    .option('--delimiter <char>', 'CSV delimiter (default: detected)')
    .option('--internal-domain <domain>', 'one of our email domains (repeatable; adds to `bellwether settings` internal_domains and the internal users’ domains)', collect)
    .option('--no-store-bodies', 'keep only features derived from message text (length, tone), not the text (default: the store_bodies setting)')
    .option('--calendar-from <date>', 'expand recurring meetings from this date (default: 3 years before now)')
    .option('--calendar-until <date>', 'expand recurring meetings until this date (default: 1 year after now)')
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
      const now = nowIso();
      const internalDomains = options.internalDomain ? parseDomains(options.internalDomain) : [];
      const expandFrom = options.calendarFrom ? parseMoment(options.calendarFrom, '--calendar-from', now) : undefined;
      const expandUntil = options.calendarUntil ? parseMoment(options.calendarUntil, '--calendar-until', now) : undefined;
      const store = await openMigratedStore(databaseUrl(global));
      const progress = createProgress(!global.json);
      try {
        const report = await importFiles(store, files, {
          now,
          internalDomains,
          // commander sets storeBodies true unless --no-store-bodies: only the flag overrides the setting.
          ...(options.storeBodies === false ? { storeBodies: false } : {}),
          ...(expandFrom ? { expandFrom } : {}),
          ...(expandUntil ? { expandUntil } : {}),
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
