import type { Command } from 'commander';
import { openMigratedStore, shareAccount } from '../../../app/index.js';
import { databaseUrl, nowIso, type GlobalOptions } from '../../context.js';
import { authorOf } from '../../human-input-options.js';
import { reportingAccess } from '../../reporting-access.js';

export function registerAccountShare(account: Command) {
  account
    .command('share')
    .description('share an account with a user: a rep then sees it and may set its pulse and overrides (audited)')
    .argument('<account>', "the account's external id")
    .argument('<user-email>', 'the user')
    .action(async (externalId: string, email: string, _options: unknown, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>();
      const store = await openMigratedStore(databaseUrl(global));
      try {
        const result = await reportingAccess(externalId, () => shareAccount(store, { account: externalId, userEmail: email, by: authorOf(undefined), now: nowIso() }));
        if (global.json) process.stdout.write(`${JSON.stringify(result)}\n`);
        else process.stdout.write(result.created ? `shared ${externalId} with ${result.share.userEmail}\n` : `${externalId} was already shared with ${result.share.userEmail}\n`);
      } finally {
        await store.close();
      }
    });
}
