import type { Command } from 'commander';
import { ImportSettingsError, openMigratedStore, updateImportSettings, type ImportSettingsPatch } from '../../../app/index.js';
import { databaseUrl, nowIso, UsageError, type GlobalOptions } from '../../context.js';
import { authorOf } from '../../human-input-options.js';

function patchOf(name: string, value: string): ImportSettingsPatch {
  switch (name) {
    case 'internal_domains':
      return { internalDomains: value.split(/[\s,;]+/).filter((d) => d.length > 0) };
    case 'store_bodies':
      if (!['true', 'false'].includes(value)) throw new UsageError('store_bodies is true or false');
      return { storeBodies: value === 'true' };
    default:
      throw new UsageError(`unknown setting "${name}"; one of internal_domains, store_bodies`);
  }
}

export function registerSettingsSet(settings: Command) {
  settings
    .command('set')
    .description('change an import setting (audited): internal_domains "ourco.com,ourco.io" | store_bodies true|false')
    .argument('<name>', 'internal_domains or store_bodies')
    .argument('<value>', 'the new value')
    .option('--author <email>', 'who changes it (default: $BELLWETHER_USER, else the local user)')
    .action(async (name: string, value: string, options: { author?: string }, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>();
      const patch = patchOf(name, value);
      const store = await openMigratedStore(databaseUrl(global));
      try {
        const after = await updateImportSettings(store, patch, { actor: authorOf(options.author), at: nowIso() }).catch((error: unknown) => {
          if (error instanceof ImportSettingsError) throw new UsageError(error.message);
          throw error;
        });
        if (global.json) process.stdout.write(`${JSON.stringify(after)}\n`);
        else process.stdout.write(`internal_domains: ${after.internalDomains.join(', ') || '(none)'}\nstore_bodies: ${after.storeBodies}\n`);
      } finally {
        await store.close();
      }
    });
}
