import type { Command } from 'commander';
import { migrateToLatest, openDatabase } from '../../../store/index.js';
import { databaseUrl, EXIT, type GlobalOptions } from '../../context.js';

export function registerDbMigrate(db: Command) {
  db.command('migrate')
    .description('bring the database schema up to date (also done automatically at start)')
    .action(async (_options: unknown, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>();
      const store = openDatabase(databaseUrl(global));
      try {
        const report = await migrateToLatest(store);
        const results = report.results.map((r) => ({ migration: r.migrationName, status: r.status }));
        if (global.json) process.stdout.write(`${JSON.stringify({ dialect: store.dialect, results, error: report.error ? String(report.error) : undefined })}\n`);
        else {
          for (const r of results) process.stdout.write(`${r.migration}: ${r.status}\n`);
          process.stdout.write(report.error ? `migration failed: ${String(report.error)}\n` : `${store.dialect} database is up to date (${results.length} migration(s) applied now)\n`);
        }
        process.exitCode = report.error ? EXIT.error : EXIT.ok;
      } finally {
        await store.close();
      }
    });
}
