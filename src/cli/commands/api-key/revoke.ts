import type { Command } from 'commander';
import { openMigratedStore, revokeApiKey } from '../../../app/index.js';
import { databaseUrl, nowIso, type GlobalOptions } from '../../context.js';
import { authorOf } from '../../human-input-options.js';
import { reportingAccess } from '../../reporting-access.js';

export function registerApiKeyRevoke(apiKey: Command) {
  apiKey
    .command('revoke')
    .description('stop an API key for good (audited)')
    .argument('<prefix>', 'the key\'s prefix as `api-key list` shows it (or the whole key)')
    .action(async (prefix: string, _options: unknown, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>();
      const store = await openMigratedStore(databaseUrl(global));
      try {
        const revoked = await reportingAccess(`API key ${prefix.startsWith('bw_') ? (prefix.split('_')[1] ?? '') : prefix}`, () => revokeApiKey(store, { prefix, by: authorOf(undefined), now: nowIso() }));
        process.stdout.write(global.json ? `${JSON.stringify(revoked)}\n` : `revoked API key ${revoked.prefix} (${JSON.stringify(revoked.name)}, ${revoked.userEmail}); a running server stops accepting it within 30 s\n`);
      } finally {
        await store.close();
      }
    });
}
