import type { Command } from 'commander';
import { listUnmatchedActivities, listUnmatchedAddresses, openMigratedStore } from '../../app/index.js';
import { databaseUrl, UsageError, type GlobalOptions } from '../context.js';
import { reportingReviewList } from '../reporting-review-list.js';

interface UnmatchedOptions {
  address?: string;
  domain?: string;
  limit: string;
}

export function registerUnmatched(program: Command) {
  program
    .command('unmatched')
    .description('the review list: customer addresses whose mail and meetings matched no account (assign them with `bellwether address assign`)')
    .option('--address <address>', 'list the activities waiting on this address or domain instead')
    .option('--domain <domain>', 'only addresses at this domain')
    .option('--limit <n>', 'at most this many', '50')
    .action(async (options: UnmatchedOptions, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>();
      const limit = Number(options.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) throw new UsageError('--limit must be a whole number from 1 to 10000');
      const store = await openMigratedStore(databaseUrl(global));
      try {
        if (options.address) {
          const address = options.address;
          const items = await reportingReviewList(() => listUnmatchedActivities(store, { address, limit }));
          if (global.json) process.stdout.write(`${JSON.stringify(items.map(({ record: _record, ...rest }) => rest), null, 2)}\n`);
          else if (items.length === 0) process.stdout.write(`nothing waits on ${address}\n`);
          else for (const a of items) process.stdout.write(`${a.occurredAt} ${a.type} ${a.subject ?? '(no subject)'} [${a.reason}] ${a.sourceFile}:${a.line}\n`);
          return;
        }
        const page = await listUnmatchedAddresses(store, { limit, offset: 0, ...(options.domain ? { domain: options.domain.toLowerCase() } : {}) });
        if (global.json) process.stdout.write(`${JSON.stringify(page, null, 2)}\n`);
        else if (page.total === 0) process.stdout.write('the review list is empty: every message and meeting matched an account\n');
        else {
          for (const a of page.items) process.stdout.write(`${a.address}  ${a.activities} activit${a.activities === 1 ? 'y' : 'ies'}, ${a.firstAt.slice(0, 10)} … ${a.lastAt.slice(0, 10)}\n`);
          if (page.total > page.items.length) process.stdout.write(`… ${page.total - page.items.length} more addresses (--limit)\n`);
        }
      } finally {
        await store.close();
      }
    });
}
