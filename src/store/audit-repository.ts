import type { Kysely, Selectable } from 'kysely';
import type { AuditEntry } from '../domain/index.js';
import type { AuditEntriesTable, Database } from './schema.js';

/** An audit entry to record; `accountExternalId` files it under the account it concerns, if one. */
export type NewAuditEntry = AuditEntry & { readonly accountExternalId?: string };

/** A recorded audit entry with its id. */
export type StoredAuditEntry = NewAuditEntry & { readonly id: number };

export interface AuditFilter {
  readonly accountExternalId?: string;
  readonly entity?: string;
  readonly limit: number;
  /** Only entries strictly before this time (ISO 8601), to page back through the trail. */
  readonly before?: string;
}

// undefined (nothing there: a creation has no before) is stored as SQL null; null itself as JSON "null".
const toJson = (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value));

/** A stored row as the entry the app sees (JSON columns parsed). */
export function toAuditEntry(row: Selectable<AuditEntriesTable>): StoredAuditEntry {
  return {
    id: Number(row.id),
    at: row.at,
    actor: row.actor,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    ...(row.account_external_id !== null ? { accountExternalId: row.account_external_id } : {}),
    ...(row.before !== null ? { before: JSON.parse(row.before) as unknown } : {}),
    ...(row.after !== null ? { after: JSON.parse(row.after) as unknown } : {}),
  };
}

/**
 * Who changed what and when: one entry per change to an override, a pulse or the active
 * model. Record it with the same `db` (transaction) as the change, so neither exists without the other.
 */
export const AuditRepository = {
  /**
   * @example
   * await AuditRepository.record(trx, { at: now, actor: 'ann@x.com', action: 'model.activate', entity: 'model', entityId: version, before, after });
   */
  async record(db: Kysely<Database>, entry: NewAuditEntry): Promise<StoredAuditEntry> {
    const row = await db
      .insertInto('audit_entries')
      .values({
        at: entry.at,
        actor: entry.actor,
        action: entry.action,
        entity: entry.entity,
        entity_id: entry.entityId,
        account_external_id: entry.accountExternalId ?? null,
        before: toJson(entry.before),
        after: toJson(entry.after),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toAuditEntry(row);
  },

  /** Entries newest first (by time, then by the order they were recorded). */
  async list(db: Kysely<Database>, filter: AuditFilter): Promise<StoredAuditEntry[]> {
    let q = db.selectFrom('audit_entries').selectAll();
    if (filter.accountExternalId !== undefined) q = q.where('account_external_id', '=', filter.accountExternalId);
    if (filter.entity !== undefined) q = q.where('entity', '=', filter.entity);
    if (filter.before !== undefined) q = q.where('at', '<', filter.before);
    const rows = await q.orderBy('at', 'desc').orderBy('id', 'desc').limit(filter.limit).execute();
    return rows.map(toAuditEntry);
  },

  /** The newest entry's id (0 when none): incremental scoring's watermark of human input. */
  async latestId(db: Kysely<Database>): Promise<number> {
    const row = await db.selectFrom('audit_entries').select((e) => e.fn.max('id').as('id')).executeTakeFirst();
    return Number(row?.id ?? 0);
  },

  /** Ids of the accounts that entries after `afterId` concern. */
  async accountsSince(db: Kysely<Database>, afterId: number): Promise<number[]> {
    const rows = await db.selectFrom('audit_entries').innerJoin('accounts', 'accounts.external_id', 'audit_entries.account_external_id').select('accounts.id').distinct().where('audit_entries.id', '>', afterId).execute();
    return rows.map((r) => Number(r.id));
  },
};
