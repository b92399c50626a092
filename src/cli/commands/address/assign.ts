import type { Command } from 'commander';
import { assignAddress, openMigratedStore } from '../../../app/index.js';
import { databaseUrl, nowIso, type GlobalOptions } from '../../context.js';
import { authorOf } from '../../human-input-options.js';
import { reportingReviewList } from '../../reporting-review-list.js';

export function registerAddressAssign(address: Command) {
  address
    .command('assign')
    .description('assign a customer address, or a whole domain, to an account: its waiting mail and meetings are imported under it, later imports match by it (audited)')
    .argument('<address>', 'an email address (pat@example.com) or a domain (example.com)')
    .argument('<account>', "the account's external id")
    .option('--author <email>', 'who assigns it (default: $BELLWETHER_USER, else the local user)')
    .action(async (raw: string, externalId: string, options: { author?: string }, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>();
      const store = await openMigratedStore(databaseUrl(global));
      try {
        const result = await reportingReviewList(() => assignAddress(store, { address: raw, accountExternalId: externalId, actor: authorOf(options.author), now: nowIso() }));
        if (global.json) process.stdout.write(`${JSON.stringify(result)}\n`);
        else process.stdout.write(`assigned ${result.assignment.address} to ${externalId}; ${result.imported} waiting activit${result.imported === 1 ? 'y' : 'ies'} imported${result.imported > 0 ? ' (run `bellwether score` to rescore)' : ''}\n`);
      } finally {
        await store.close();
      }
    });
}
