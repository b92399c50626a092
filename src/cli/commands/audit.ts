import type { Command } from 'commander';
import { DEFAULT_AUDIT_LIMIT, listAudit, openMigratedStore } from '../../app/index.js';
import type { StoredAuditEntry } from '../../store/index.js';
import { databaseUrl, UsageError, type GlobalOptions } from '../context.js';
import { parseNumberFlag, parseTimeFlag } from '../human-input-options.js';

interface AuditOptions {
  account?: string;
  entity?: string;
  limit: string;
  before?: string;
}

/** `2026-12-02T10:00:00.000Z ann@x.com override.create override #3 (A1)` */
export function formatAuditEntry(e: StoredAuditEntry): string {
  const id = /^\d+$/.test(e.entityId) ? `#${e.entityId}` : e.entityId;
  return `${e.at} ${e.actor} ${e.action} ${e.entity} ${id}${e.accountExternalId !== undefined ? ` (${e.accountExternalId})` : ''}`;
}

export function registerAudit(program: Command) {
  program
    .command('audit')
    .description('who changed an override, a pulse or the active model, when, from what to what (newest first)')
    .option('--account <id>', 'only changes about this account (external id)')
    .option('--entity <kind>', 'only changes to overrides, pulses or models: override | pulse | model')
    .option('--limit <n>', 'at most this many entries', String(DEFAULT_AUDIT_LIMIT))
    .option('--before <time>', 'only entries before this time, to page back')
    .action(async (options: AuditOptions, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>();
      const limit = parseNumberFlag('--limit', options.limit, true);
      if (limit < 1) throw new UsageError('--limit must be at least 1');
      const before = options.before !== undefined ? parseTimeFlag('--before', options.before) : undefined;
      const store = await openMigratedStore(databaseUrl(global));
      try {
        const entries = await listAudit(store, { limit, ...(options.account !== undefined ? { account: options.account } : {}), ...(options.entity !== undefined ? { entity: options.entity } : {}), ...(before ? { before } : {}) });
        if (global.json) process.stdout.write(`${JSON.stringify(entries)}\n`);
        else for (const e of entries) process.stdout.write(`${formatAuditEntry(e)}\n`);
      } finally {
        await store.close();
      }
    });
}
