import type { Command } from 'commander';
import { listUsers, openMigratedStore } from '../../../app/index.js';
import type { StoredUser } from '../../../store/index.js';
import { databaseUrl, type GlobalOptions } from '../../context.js';
import { shortTime } from '../../human-input-options.js';

/** `ann@example.com rep "Ann Lee" last login 2026-12-02 10:00Z`, with `(API keys only)` or `[disabled …]` when so. */
export function formatUser(u: StoredUser): string {
  let line = `${u.email} ${u.role}`;
  if (u.name !== undefined) line += ` ${JSON.stringify(u.name)}`;
  if (!u.hasPassword) line += ' (API keys only)';
  if (u.lastLoginAt !== undefined) line += ` last login ${shortTime(u.lastLoginAt)}`;
  if (u.disabledAt !== undefined) line += ` [disabled ${shortTime(u.disabledAt)}]`;
  return line;
}

export function registerUserList(user: Command) {
  user
    .command('list')
    .description('every user with their role, by email')
    .action(async (_options: unknown, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>();
      const store = await openMigratedStore(databaseUrl(global));
      try {
        const users = await listUsers(store);
        if (global.json) process.stdout.write(`${JSON.stringify(users)}\n`);
        else if (users.length === 0) process.stdout.write('no users yet; create one: bellwether user create EMAIL --role admin\n');
        else for (const u of users) process.stdout.write(`${formatUser(u)}\n`);
      } finally {
        await store.close();
      }
    });
}
