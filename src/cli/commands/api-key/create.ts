import { Option, type Command } from 'commander';
import { createApiKey, openMigratedStore } from '../../../app/index.js';
import { databaseUrl, nowIso, type GlobalOptions } from '../../context.js';
import { authorOf, parseTimeFlag, shortTime } from '../../human-input-options.js';
import { reportingAccess } from '../../reporting-access.js';

export function registerApiKeyCreate(apiKey: Command) {
  apiKey
    .command('create')
    .description("create an API key acting as a user, with the user's role; the key is printed once")
    .requiredOption('--user <email>', 'whose key it is')
    .requiredOption('--name <name>', 'what it is for, e.g. "nightly CRM import"')
    .option('--expires <date>', 'when it stops working (default: never)')
    // The issue's spelling; --expires is the one override and pulse use.
    .addOption(new Option('--expires-at <date>').hideHelp())
    .action(async (options: { user: string; name: string; expires?: string; expiresAt?: string }, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>();
      const given = options.expires ?? options.expiresAt;
      const expiresAt = given !== undefined ? parseTimeFlag('--expires', given) : undefined;
      const store = await openMigratedStore(databaseUrl(global));
      try {
        const { key, apiKey: created } = await reportingAccess(options.user, () => createApiKey(store, { userEmail: options.user, name: options.name, ...(expiresAt ? { expiresAt } : {}), createdBy: authorOf(undefined), now: nowIso() }));
        if (global.json) {
          process.stdout.write(`${JSON.stringify({ key, apiKey: created })}\n`);
          return;
        }
        process.stdout.write(
          [
            `API key ${JSON.stringify(created.name)} for ${created.userEmail} (prefix ${created.prefix}, ${created.expiresAt ? `expires ${shortTime(created.expiresAt)}` : 'never expires'}):`,
            `  ${key}`,
            'Store it now: it is not shown again (only a hash of it is kept).',
            `Send it as "Authorization: Bearer <key>"; revoke it with: bellwether api-key revoke ${created.prefix}`,
            '',
          ].join('\n'),
        );
      } finally {
        await store.close();
      }
    });
}
