import type { Command } from 'commander';
import { listAssignments, openMigratedStore } from '../../../app/index.js';
import { databaseUrl, type GlobalOptions } from '../../context.js';

export function registerAddressList(address: Command) {
  address
    .command('list')
    .description('addresses and domains assigned to accounts')
    .action(async (_options: unknown, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>();
      const store = await openMigratedStore(databaseUrl(global));
      try {
        const items = await listAssignments(store);
        if (global.json) process.stdout.write(`${JSON.stringify(items, null, 2)}\n`);
        else if (items.length === 0) process.stdout.write('no addresses assigned\n');
        else for (const a of items) process.stdout.write(`${a.address} → ${a.accountExternalId} (by ${a.assignedBy}, ${a.assignedAt})\n`);
      } finally {
        await store.close();
      }
    });
}
