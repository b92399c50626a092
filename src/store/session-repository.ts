import type { Kysely } from 'kysely';
import type { Database } from './schema.js';
import { toStoredUser, type StoredUser } from './user-repository.js';

/** A dashboard session. `id` is the SHA-256 (base64url) of the token the browser holds, never the token. */
export interface StoredSession {
  readonly id: string;
  readonly userId: number;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly lastSeenAt: string;
  readonly revokedAt?: string;
}

export interface NewSession {
  readonly id: string;
  readonly userId: number;
  readonly createdAt: string;
  readonly expiresAt: string;
}

/** Dashboard sessions. Ended sessions stay until {@link SessionRepository.deleteEndedBefore} removes them. */
export const SessionRepository = {
  async create(db: Kysely<Database>, session: NewSession): Promise<StoredSession> {
    await db.insertInto('sessions').values({ id: session.id, user_id: session.userId, created_at: session.createdAt, expires_at: session.expiresAt, last_seen_at: session.createdAt, revoked_at: null }).execute();
    return { ...session, lastSeenAt: session.createdAt };
  },

  /** The session and its user, read in one query (every dashboard request does this). */
  async withUser(db: Kysely<Database>, id: string): Promise<{ session: StoredSession; user: StoredUser } | undefined> {
    const row = await db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select([
        'sessions.id as session_id',
        'sessions.created_at as session_created_at',
        'sessions.expires_at',
        'sessions.last_seen_at',
        'sessions.revoked_at',
        'users.id',
        'users.email',
        'users.name',
        'users.role',
        'users.password_hash',
        'users.created_at',
        'users.updated_at',
        'users.last_login_at',
        'users.disabled_at',
      ])
      .where('sessions.id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    const session: StoredSession = {
      id: row.session_id,
      userId: Number(row.id),
      createdAt: row.session_created_at,
      expiresAt: row.expires_at,
      lastSeenAt: row.last_seen_at,
      ...(row.revoked_at !== null ? { revokedAt: row.revoked_at } : {}),
    };
    return { session, user: toStoredUser(row) };
  },

  /** Slides the session: seen at `lastSeenAt`, now ending at `expiresAt`. */
  async touch(db: Kysely<Database>, id: string, at: { lastSeenAt: string; expiresAt: string }): Promise<void> {
    await db.updateTable('sessions').set({ last_seen_at: at.lastSeenAt, expires_at: at.expiresAt }).where('id', '=', id).where('revoked_at', 'is', null).execute();
  },

  /** Ends one session; false when there is none or it had already ended. */
  async revoke(db: Kysely<Database>, id: string, at: string): Promise<boolean> {
    const result = await db.updateTable('sessions').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  },

  /** Ends every open session of a user (a new password, a disabled user); returns how many. */
  async revokeForUser(db: Kysely<Database>, userId: number, at: string): Promise<number> {
    const result = await db.updateTable('sessions').set({ revoked_at: at }).where('user_id', '=', userId).where('revoked_at', 'is', null).where('expires_at', '>', at).executeTakeFirst();
    return Number(result.numUpdatedRows);
  },

  /** Housekeeping: removes sessions that expired or were revoked before `at`; returns how many. */
  async deleteEndedBefore(db: Kysely<Database>, at: string): Promise<number> {
    const result = await db
      .deleteFrom('sessions')
      .where((eb) => eb.or([eb('expires_at', '<', at), eb('revoked_at', '<', at)]))
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  },
};
