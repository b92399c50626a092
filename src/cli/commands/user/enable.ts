import type { Command } from 'commander';
import { enableUser, openMigratedStore } from '../../../app/index.js';
import { databaseUrl, nowIso, type GlobalOptions } from '../../context.js';
import { authorOf } from '../../human-input-options.js';
import { reportingAccess } from '../../reporting-access.js';

export function registerUserEnable(user: Command) {
  user
    .command('enable')
    .description('let a disabled user in again: their API keys work again, they log in anew (audited)')
    .argument('<email>', 'the user')
    .action(async (email: string, _options: unknown, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>();
      const store = await openMigratedStore(databaseUrl(global));
      try {
        const user = await reportingAccess(email, () => enableUser(store, { email, actor: authorOf(undefined), now: nowIso() }));
        process.stdout.write(global.json ? `${JSON.stringify(user)}\n` : `enabled ${user.email}\n`);
      } finally {
        await store.close();
      }
    });
}
