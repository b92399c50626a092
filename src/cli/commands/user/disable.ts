import type { Command } from 'commander';
import { disableUser, openMigratedStore } from '../../../app/index.js';
import { databaseUrl, nowIso, type GlobalOptions } from '../../context.js';
import { authorOf } from '../../human-input-options.js';
import { reportingAccess } from '../../reporting-access.js';

export function registerUserDisable(user: Command) {
  user
    .command('disable')
    .description('stop a user: their sessions end and their API keys stop working (audited; `user enable` undoes it)')
    .argument('<email>', 'the user')
    .action(async (email: string, _options: unknown, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>();
      const store = await openMigratedStore(databaseUrl(global));
      try {
        const user = await reportingAccess(email, () => disableUser(store, { email, actor: authorOf(undefined), now: nowIso() }));
        // A running server trusts a verified key for up to 30 s (API_KEY_CACHE_MS) before it reads the store again.
        process.stdout.write(global.json ? `${JSON.stringify(user)}\n` : `disabled ${user.email}: their sessions ended; their API keys stop working (within 30 s on a running server)\n`);
      } finally {
        await store.close();
      }
    });
}
