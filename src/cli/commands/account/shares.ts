import type { Command } from 'commander';
import { listShares, openMigratedStore } from '../../../app/index.js';
import type { StoredShare } from '../../../store/index.js';
import { databaseUrl, type GlobalOptions } from '../../context.js';
import { shortTime } from '../../human-input-options.js';
import { reportingAccess } from '../../reporting-access.js';

/** `ACME bob@example.com (shared 2026-12-02 10:00Z by lead@example.com)` */
export function formatShare(s: StoredShare): string {
  return `${s.accountExternalId} ${s.userEmail} (shared ${shortTime(s.createdAt)} by ${s.grantedBy})`;
}

export function registerAccountShares(account: Command) {
  account
    .command('shares')
    .description('who accounts are shared with: of one account, of one user (--user), or all')
    .argument('[account]', "the account's external id")
    .option('--user <email>', 'only the accounts shared with this user')
    .action(async (externalId: string | undefined, options: { user?: string }, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>();
      const store = await openMigratedStore(databaseUrl(global));
      try {
        const shares = await reportingAccess(externalId ?? options.user ?? 'account shares', () => listShares(store, { ...(externalId !== undefined ? { account: externalId } : {}), ...(options.user !== undefined ? { userEmail: options.user } : {}) }));
        if (global.json) process.stdout.write(`${JSON.stringify(shares)}\n`);
        else if (shares.length === 0) process.stdout.write('no shares\n');
        else for (const s of shares) process.stdout.write(`${formatShare(s)}\n`);
      } finally {
        await store.close();
      }
    });
}
