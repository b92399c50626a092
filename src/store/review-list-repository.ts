import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from './schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/** An activity no account was found for, as the import hands it over. */
export interface NewUnmatchedActivity {
  readonly key: string;
  readonly line: number;
  readonly type: string;
  readonly occurredAt: string;
  readonly subject?: string;
  readonly reason: string;
  readonly addresses: readonly string[];
  /** The validated record (camelCase fields), without an account. */
  readonly record: Readonly<Record<string, unknown>>;
}

export interface StoredUnmatchedActivity {
  readonly id: number;
  readonly key: string;
  readonly importId: number;
  readonly sourceFile: string;
  readonly line: number;
  readonly type: string;
  readonly occurredAt: string;
  readonly subject?: string;
  readonly reason: string;
  readonly addresses: readonly string[];
  readonly record: Record<string, unknown>;
  readonly createdAt: string;
}

/** One customer address on the review list, with what waits on it. */
export interface UnmatchedAddress {
  readonly address: string;
  readonly domain: string;
  readonly activities: number;
  readonly firstAt: string;
  readonly lastAt: string;
  /** Why the activities under it matched no account, each reason once, sorted. */
  readonly reasons: readonly string[];
}

export interface StoredAssignment {
  readonly address: string;
  readonly accountId: number;
  readonly accountExternalId: string;
  readonly assignedBy: string;
  readonly assignedAt: string;
}

const domainOf = (email: string) => email.slice(email.lastIndexOf('@') + 1);
const CHUNK = 500;

/**
 * The review list: mail and meetings no account could be found for, kept whole until a
 * person assigns one of their addresses (or its domain) to an account, and those assignments.
 */
export const ReviewListRepository = {
  /** Adds activities to the list; one already listed under the same key is left as it is (re-imports add nothing). */
  async add(db: Db, meta: { importId: number; sourceFile: string; now: string }, items: readonly NewUnmatchedActivity[]): Promise<number> {
    let added = 0;
    for (const item of items) {
      const row = await db
        .insertInto('unmatched_activities')
        .values({
          record_key: item.key,
          import_id: meta.importId,
          source_file: meta.sourceFile,
          line: item.line,
          type: item.type,
          occurred_at: item.occurredAt,
          subject: item.subject ?? null,
          reason: item.reason,
          record: JSON.stringify(item.record),
          created_at: meta.now,
        })
        .onConflict((oc) => oc.column('record_key').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!row) continue;
      added++;
      const addresses = [...new Set(item.addresses)];
      if (addresses.length > 0) {
        await db
          .insertInto('unmatched_activity_addresses')
          .values(addresses.map((address) => ({ unmatched_id: Number(row.id), address, domain: domainOf(address) })))
          .execute();
      }
    }
    return added;
  },

  /** Takes activities off the list once they are imported under an account. */
  async removeKeys(db: Db, keys: readonly string[]): Promise<number> {
    let removed = 0;
    for (let i = 0; i < keys.length; i += CHUNK) {
      const result = await db.deleteFrom('unmatched_activities').where('record_key', 'in', keys.slice(i, i + CHUNK)).executeTakeFirst();
      removed += Number(result.numDeletedRows);
    }
    return removed;
  },

  async isEmpty(db: Db): Promise<boolean> {
    return (await db.selectFrom('unmatched_activities').select('id').limit(1).executeTakeFirst()) === undefined;
  },

  async count(db: Db): Promise<number> {
    const row = await db.selectFrom('unmatched_activities').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  },

  /** Addresses waiting for an account, those with the most activities first. */
  async addresses(db: Db, page: { limit: number; offset: number; domain?: string }): Promise<{ total: number; items: UnmatchedAddress[] }> {
    let base = db.selectFrom('unmatched_activity_addresses as ua').innerJoin('unmatched_activities as u', 'u.id', 'ua.unmatched_id');
    if (page.domain) base = base.where('ua.domain', '=', page.domain);
    const rows = await base
      .select((eb) => ['ua.address', 'ua.domain', eb.fn.countAll<number>().as('n'), eb.fn.min('u.occurred_at').as('first_at'), eb.fn.max('u.occurred_at').as('last_at')])
      .groupBy(['ua.address', 'ua.domain'])
      .orderBy('n', 'desc')
      .orderBy('ua.address')
      .limit(page.limit)
      .offset(page.offset)
      .execute();
    const total = await base.select(sql<number>`count(distinct ua.address)`.as('n')).executeTakeFirstOrThrow();
    const reasons = new Map<string, string[]>();
    if (rows.length > 0) {
      const pairs = await db
        .selectFrom('unmatched_activity_addresses as ua')
        .innerJoin('unmatched_activities as u', 'u.id', 'ua.unmatched_id')
        .select(['ua.address', 'u.reason'])
        .distinct()
        .where('ua.address', 'in', rows.map((r) => r.address))
        .orderBy('ua.address')
        .orderBy('u.reason')
        .execute();
      for (const p of pairs) reasons.set(p.address, [...(reasons.get(p.address) ?? []), p.reason]);
    }
    return {
      total: Number(total.n),
      items: rows.map((r) => ({ address: r.address, domain: r.domain, activities: Number(r.n), firstAt: String(r.first_at), lastAt: String(r.last_at), reasons: reasons.get(r.address) ?? [] })),
    };
  },

  /** Listed activities, newest first; with `address`, those naming it (an address with @) or anyone at it (a domain). */
  async activities(db: Db, filter: { address?: string; limit: number; offset?: number }): Promise<StoredUnmatchedActivity[]> {
    let q = db.selectFrom('unmatched_activities as u').selectAll('u');
    if (filter.address) {
      const column = filter.address.includes('@') ? 'address' : 'domain';
      q = q.where('u.id', 'in', db.selectFrom('unmatched_activity_addresses').select('unmatched_id').where(column, '=', filter.address));
    }
    const rows = await q.orderBy('u.occurred_at', 'desc').orderBy('u.id', 'desc').limit(filter.limit).offset(filter.offset ?? 0).execute();
    if (rows.length === 0) return [];
    const ids = rows.map((r) => Number(r.id));
    const links = await db.selectFrom('unmatched_activity_addresses').select(['unmatched_id', 'address']).where('unmatched_id', 'in', ids).orderBy('address').execute();
    const byId = new Map<number, string[]>();
    for (const l of links) byId.set(Number(l.unmatched_id), [...(byId.get(Number(l.unmatched_id)) ?? []), l.address]);
    return rows.map((r) => ({
      id: Number(r.id),
      key: r.record_key,
      importId: Number(r.import_id),
      sourceFile: r.source_file,
      line: Number(r.line),
      type: r.type,
      occurredAt: r.occurred_at,
      ...(r.subject === null ? {} : { subject: r.subject }),
      reason: r.reason,
      addresses: byId.get(Number(r.id)) ?? [],
      record: JSON.parse(r.record) as Record<string, unknown>,
      createdAt: r.created_at,
    }));
  },

  async assign(db: Db, assignment: { address: string; accountId: number; assignedBy: string; at: string }): Promise<void> {
    await db
      .insertInto('address_assignments')
      .values({ address: assignment.address, account_id: assignment.accountId, assigned_by: assignment.assignedBy, assigned_at: assignment.at })
      .onConflict((oc) => oc.column('address').doUpdateSet({ account_id: assignment.accountId, assigned_by: assignment.assignedBy, assigned_at: assignment.at }))
      .execute();
  },

  async assignment(db: Db, address: string): Promise<StoredAssignment | undefined> {
    return (await ReviewListRepository.assignments(db, address))[0];
  },

  async assignments(db: Db, address?: string): Promise<StoredAssignment[]> {
    let q = db
      .selectFrom('address_assignments as aa')
      .innerJoin('accounts as a', 'a.id', 'aa.account_id')
      .select(['aa.address', 'aa.account_id', 'a.external_id', 'aa.assigned_by', 'aa.assigned_at']);
    if (address !== undefined) q = q.where('aa.address', '=', address);
    const rows = await q.orderBy('aa.address').execute();
    return rows.map((r) => ({ address: r.address, accountId: Number(r.account_id), accountExternalId: r.external_id, assignedBy: r.assigned_by, assignedAt: r.assigned_at }));
  },
};
