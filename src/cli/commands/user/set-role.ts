import type { Command } from 'commander';
import { findUser, openMigratedStore, ROLES, setRole } from '../../../app/index.js';
import { databaseUrl, nowIso, type GlobalOptions } from '../../context.js';
import { authorOf } from '../../human-input-options.js';
import { reportingAccess } from '../../reporting-access.js';

export function registerUserSetRole(user: Command) {
  user
    .command('set-role')
    .description("change a user's role (audited)")
    .argument('<email>', 'the user')
    .argument('<role>', ROLES.join(' | '))
    .action(async (email: string, role: string, _options: unknown, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>();
      const store = await openMigratedStore(databaseUrl(global));
      try {
        const before = await findUser(store, email);
        const after = await reportingAccess(email, () => setRole(store, { email, role, actor: authorOf(undefined), now: nowIso() }));
        if (global.json) process.stdout.write(`${JSON.stringify(after)}\n`);
        else process.stdout.write(before?.role === after.role ? `${after.email} is already ${after.role}\n` : `${after.email} is now ${after.role} (was ${before?.role ?? '?'})\n`);
      } finally {
        await store.close();
      }
    });
}
