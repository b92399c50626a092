import type { Command } from 'commander';
import { openMigratedStore, setPassword } from '../../../app/index.js';
import { databaseUrl, nowIso, UsageError, type GlobalOptions } from '../../context.js';
import { authorOf } from '../../human-input-options.js';
import { readPassword } from '../../read-password.js';
import { reportingAccess } from '../../reporting-access.js';

export function registerUserSetPassword(user: Command) {
  user
    .command('set-password')
    .description("set or replace a user's password; their open sessions end (audited)")
    .argument('<email>', 'the user')
    .option('--password-stdin', 'read the password from stdin (else asked on a terminal)')
    .action(async (email: string, options: { passwordStdin?: boolean }, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>();
      const password = await readPassword({ stdin: options.passwordStdin === true });
      if (password === undefined) throw new UsageError('give the password on stdin with --password-stdin, or run this on a terminal to be asked');
      const store = await openMigratedStore(databaseUrl(global));
      try {
        const user = await reportingAccess(email, () => setPassword(store, { email, password, actor: authorOf(undefined), now: nowIso() }));
        process.stdout.write(global.json ? `${JSON.stringify(user)}\n` : `password set for ${user.email}; their open sessions were ended\n`);
      } finally {
        await store.close();
      }
    });
}
