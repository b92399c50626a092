import type { Kysely } from 'kysely';
import type { RepScope } from './account-share-repository.js';
import { toAuditEntry, type StoredAuditEntry } from './audit-repository.js';
import type { Database } from './schema.js';

export interface AuditTrailQuery {
  readonly accountExternalId?: string;
  readonly entity?: string;
  /** Compared without regard to case: emails given on the command line keep theirs. */
  readonly actor?: string;
  /** Entries at or after this time (ISO 8601). */
  readonly since?: string;
  /** Entries strictly before this time. */
  readonly until?: string;
  /** Only entries about accounts in this rep's scope (owned now, or shared); entries about no account (model activations) are left out. */
  readonly scope?: RepScope;
  /** The `[at, id]` of the last entry of the previous page. */
  readonly after?: readonly [string, number];
  readonly limit: number;
}

/**
 * The audit trail as the API pages through it: filtered by account, entity, actor and time,
 * limited to what a rep may see, newest first with a keyset (`after`) rather than an offset,
 * so entries recorded while a client pages do not shift the pages. `AuditRepository` records
 * entries and lists them for the CLI.
 */
export const AuditTrailRepository = {
  /**
   * @example
   * const page = await AuditTrailRepository.page(db, { actor: 'ann@x.com', since: '2026-11-01T00:00:00.000Z', limit: 51 });
   */
  async page(db: Kysely<Database>, query: AuditTrailQuery): Promise<StoredAuditEntry[]> {
    let q = db.selectFrom('audit_entries').selectAll();
    if (query.accountExternalId !== undefined) q = q.where('account_external_id', '=', query.accountExternalId);
    if (query.entity !== undefined) q = q.where('entity', '=', query.entity);
    const actor = query.actor;
    if (actor !== undefined) q = q.where((eb) => eb(eb.fn<string>('lower', ['actor']), '=', actor.toLowerCase()));
    if (query.since !== undefined) q = q.where('at', '>=', query.since);
    if (query.until !== undefined) q = q.where('at', '<', query.until);
    const scope = query.scope;
    if (scope) {
      q = q.where((eb) =>
        eb('account_external_id', 'in', eb.selectFrom('accounts').select('accounts.external_id').where((inner) =>
          inner.or([
            inner('accounts.owner_email', '=', scope.ownerEmail),
            inner.exists(inner.selectFrom('account_shares').select('account_shares.account_id').whereRef('account_shares.account_id', '=', 'accounts.id').where('account_shares.user_id', '=', scope.userId)),
          ]),
        )),
      );
    }
    const after = query.after;
    if (after) q = q.where((eb) => eb.or([eb('at', '<', after[0]), eb.and([eb('at', '=', after[0]), eb('id', '<', after[1])])]));
    const rows = await q.orderBy('at', 'desc').orderBy('id', 'desc').limit(query.limit).execute();
    return rows.map(toAuditEntry);
  },
};
