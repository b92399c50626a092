import type { Command } from 'commander';
import { listApiKeys, openMigratedStore, type ListedApiKey } from '../../../app/index.js';
import { databaseUrl, nowIso, type GlobalOptions } from '../../context.js';
import { shortTime } from '../../human-input-options.js';
import { reportingAccess } from '../../reporting-access.js';

/** `k3x9q2mfaz ci@example.com "nightly import" active, created 2026-12-02 10:00Z by ann@x.com, last used …` */
export function formatApiKey(k: ListedApiKey): string {
  const parts = [`${k.status}, created ${shortTime(k.createdAt)} by ${k.createdBy}`];
  if (k.lastUsedAt !== undefined) parts.push(`last used ${shortTime(k.lastUsedAt)}`);
  if (k.expiresAt !== undefined) parts.push(`${k.status === 'expired' ? 'expired' : 'expires'} ${shortTime(k.expiresAt)}`);
  if (k.revokedAt !== undefined) parts.push(`revoked ${shortTime(k.revokedAt)} by ${k.revokedBy ?? '?'}`);
  return `${k.prefix} ${k.userEmail} ${JSON.stringify(k.name)} ${parts.join(', ')}`;
}

export function registerApiKeyList(apiKey: Command) {
  apiKey
    .command('list')
    .description('API keys, newest first, by prefix (never their secrets)')
    .option('--user <email>', "only this user's keys")
    .action(async (options: { user?: string }, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>();
      const store = await openMigratedStore(databaseUrl(global));
      try {
        const keys = await reportingAccess(options.user ?? 'api-key list', () => listApiKeys(store, { ...(options.user !== undefined ? { userEmail: options.user } : {}), now: nowIso() }));
        if (global.json) process.stdout.write(`${JSON.stringify(keys)}\n`);
        else if (keys.length === 0) process.stdout.write('no API keys\n');
        else for (const k of keys) process.stdout.write(`${formatApiKey(k)}\n`);
      } finally {
        await store.close();
      }
    });
}
