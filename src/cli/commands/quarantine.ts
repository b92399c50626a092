import type { Command } from 'commander';
import { openMigratedStore } from '../../app/index.js';
import { ImportRepository } from '../../store/index.js';
import { databaseUrl, type GlobalOptions } from '../context.js';

export function registerQuarantine(program: Command) {
  program
    .command('quarantine')
    .description('list rejected rows with file, line and reason')
    .option('--import <id>', 'only rows of this import run')
    .option('--limit <n>', 'at most this many rows', '1000')
    .action(async (options: { import?: string; limit: string }, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>();
      const store = await openMigratedStore(databaseUrl(global));
      try {
        const rows = await ImportRepository.quarantine(store.db, { ...(options.import ? { importId: Number(options.import) } : {}), limit: Number(options.limit) });
        if (global.json) process.stdout.write(`${JSON.stringify(rows)}\n`);
        else for (const r of rows) process.stdout.write(`${r.source_file}:${r.line}: ${r.message} [${r.code}]\n`);
      } finally {
        await store.close();
      }
    });
}

export function registerImports(program: Command) {
  program
    .command('imports')
    .description('list import runs: file, checksum, status and counts')
    .action(async (_options: unknown, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>();
      const store = await openMigratedStore(databaseUrl(global));
      try {
        const rows = await ImportRepository.list(store.db, 100);
        if (global.json) process.stdout.write(`${JSON.stringify(rows)}\n`);
        else for (const r of rows) process.stdout.write(`#${r.id} ${r.started_at} ${r.status} ${r.source_file} (${r.kind}): ${r.rows_read} rows, ${r.inserted} new, ${r.updated} changed, ${r.unchanged} unchanged, ${r.quarantined} rejected\n`);
      } finally {
        await store.close();
      }
    });
}
