import type { Command } from 'commander';
import { openMigratedStore, unshareAccount } from '../../../app/index.js';
import { databaseUrl, nowIso, type GlobalOptions } from '../../context.js';
import { authorOf } from '../../human-input-options.js';
import { reportingAccess } from '../../reporting-access.js';

export function registerAccountUnshare(account: Command) {
  account
    .command('unshare')
    .description('stop sharing an account with a user (audited)')
    .argument('<account>', "the account's external id")
    .argument('<user-email>', 'the user')
    .action(async (externalId: string, email: string, _options: unknown, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>();
      const store = await openMigratedStore(databaseUrl(global));
      try {
        const removed = await reportingAccess(externalId, () => unshareAccount(store, { account: externalId, userEmail: email, by: authorOf(undefined), now: nowIso() }));
        if (global.json) process.stdout.write(`${JSON.stringify({ removed: removed ?? null })}\n`);
        else process.stdout.write(removed ? `${externalId} is no longer shared with ${removed.userEmail}\n` : `${externalId} was not shared with ${email.trim().toLowerCase()}\n`);
      } finally {
        await store.close();
      }
    });
}
