import type { Command } from 'commander';
import { importSettings, openMigratedStore } from '../../../app/index.js';
import { databaseUrl, type GlobalOptions } from '../../context.js';

export function registerSettingsShow(settings: Command) {
  settings
    .command('show', { isDefault: true })
    .description('show the import settings')
    .action(async (_options: unknown, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>();
      const store = await openMigratedStore(databaseUrl(global));
      try {
        const s = await importSettings(store);
        if (global.json) process.stdout.write(`${JSON.stringify(s)}\n`);
        else process.stdout.write(`internal_domains: ${s.internalDomains.join(', ') || '(none; the internal users’ domains count)'}\nstore_bodies: ${s.storeBodies}\n`);
      } finally {
        await store.close();
      }
    });
}
