import type { Command } from 'commander';
import { createUser, openMigratedStore, ROLES } from '../../../app/index.js';
import { databaseUrl, nowIso, type GlobalOptions } from '../../context.js';
import { authorOf } from '../../human-input-options.js';
import { readPassword } from '../../read-password.js';
import { reportingAccess } from '../../reporting-access.js';
import { formatUser } from './list.js';

export function registerUserCreate(user: Command) {
  user
    .command('create')
    .description('create a user who can log in to the dashboard (with a password) or use API keys')
    .argument('<email>', 'their email; a rep owns the accounts whose owner_email this is')
    .requiredOption('--role <role>', ROLES.join(' | '))
    .option('--name <name>', 'their name, as shown in the dashboard')
    .option('--password-stdin', 'read the password from stdin (else asked on a terminal; without either, the user can use API keys only)')
    .action(async (email: string, options: { role: string; name?: string; passwordStdin?: boolean }, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>();
      const password = await readPassword({ stdin: options.passwordStdin === true });
      const store = await openMigratedStore(databaseUrl(global));
      try {
        const created = await reportingAccess(email, () => createUser(store, { email, role: options.role, ...(options.name !== undefined ? { name: options.name } : {}), ...(password !== undefined ? { password } : {}), actor: authorOf(undefined), now: nowIso() }));
        process.stdout.write(global.json ? `${JSON.stringify(created)}\n` : `created ${formatUser(created)}\n`);
      } finally {
        await store.close();
      }
    });
}
