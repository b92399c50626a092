import type { Kysely } from 'kysely';
import type { Database, Role } from './schema.js';
import { toStoredUser, type StoredUser } from './user-repository.js';

/** An API key as stored, without its secret's hash (safe for lists, JSON and audit entries). */
export interface StoredApiKey {
  readonly id: number;
  readonly userId: number;
  readonly userEmail: string;
  readonly name: string;
  /** The key's public part: `bw_<prefix>_…`. */
  readonly prefix: string;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly expiresAt?: string;
  readonly lastUsedAt?: string;
  readonly revokedAt?: string;
  readonly revokedBy?: string;
}

export interface NewApiKey {
  readonly userId: number;
  readonly name: string;
  readonly prefix: string;
  /** SHA-256 (base64url) of the secret part. */
  readonly secretHash: string;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly expiresAt?: string;
}

interface KeyRow {
  key_id: number;
  user_id: number;
  key_name: string;
  prefix: string;
  secret_hash: string;
  key_created_at: string;
  created_by: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
  revoked_by: string | null;
  id: number;
  email: string;
  name: string | null;
  role: Role;
  password_hash: string | null;
  created_at: string;
  updated_at: string;
  last_login_at: string | null;
  disabled_at: string | null;
}

function toStoredKey(row: KeyRow): StoredApiKey {
  return {
    id: Number(row.key_id),
    userId: Number(row.user_id),
    userEmail: row.email,
    name: row.key_name,
    prefix: row.prefix,
    createdAt: row.key_created_at,
    createdBy: row.created_by,
    ...(row.expires_at !== null ? { expiresAt: row.expires_at } : {}),
    ...(row.last_used_at !== null ? { lastUsedAt: row.last_used_at } : {}),
    ...(row.revoked_at !== null ? { revokedAt: row.revoked_at } : {}),
    ...(row.revoked_by !== null ? { revokedBy: row.revoked_by } : {}),
  };
}

// Every read joins the key's user: lists show the email, and resolving a key needs the role.
function keysWithUsers(db: Kysely<Database>) {
  return db
    .selectFrom('api_keys')
    .innerJoin('users', 'users.id', 'api_keys.user_id')
    .select([
      'api_keys.id as key_id',
      'api_keys.user_id',
      'api_keys.name as key_name',
      'api_keys.prefix',
      'api_keys.secret_hash',
      'api_keys.created_at as key_created_at',
      'api_keys.created_by',
      'api_keys.expires_at',
      'api_keys.last_used_at',
      'api_keys.revoked_at',
      'api_keys.revoked_by',
      'users.id',
      'users.email',
      'users.name',
      'users.role',
      'users.password_hash',
      'users.created_at',
      'users.updated_at',
      'users.last_login_at',
      'users.disabled_at',
    ]);
}

/** API keys, found by their public prefix. Rows are never deleted; a key ends by expiring or being revoked. */
export const ApiKeyRepository = {
  /** The new key, or undefined when the prefix is taken (the caller draws another). */
  async create(db: Kysely<Database>, key: NewApiKey): Promise<StoredApiKey | undefined> {
    const inserted = await db
      .insertInto('api_keys')
      .values({ user_id: key.userId, name: key.name, prefix: key.prefix, secret_hash: key.secretHash, created_at: key.createdAt, created_by: key.createdBy, expires_at: key.expiresAt ?? null, last_used_at: null, revoked_at: null, revoked_by: null })
      .onConflict((oc) => oc.column('prefix').doNothing())
      .returning('prefix')
      .executeTakeFirst();
    return inserted ? ApiKeyRepository.byPrefix(db, key.prefix) : undefined;
  },

  async byPrefix(db: Kysely<Database>, prefix: string): Promise<StoredApiKey | undefined> {
    const row = await keysWithUsers(db).where('api_keys.prefix', '=', prefix).executeTakeFirst();
    return row ? toStoredKey(row) : undefined;
  },

  /** The key, its secret's hash and its user, in one query: what resolving a presented key needs. */
  async credentialByPrefix(db: Kysely<Database>, prefix: string): Promise<{ key: StoredApiKey; secretHash: string; user: StoredUser } | undefined> {
    const row = await keysWithUsers(db).where('api_keys.prefix', '=', prefix).executeTakeFirst();
    return row ? { key: toStoredKey(row), secretHash: row.secret_hash, user: toStoredUser(row) } : undefined;
  },

  /** Every key (of one user, if given), newest first. */
  async list(db: Kysely<Database>, filter: { userId?: number } = {}): Promise<StoredApiKey[]> {
    let q = keysWithUsers(db);
    if (filter.userId !== undefined) q = q.where('api_keys.user_id', '=', filter.userId);
    const rows = await q.orderBy('api_keys.created_at', 'desc').orderBy('api_keys.id', 'desc').execute();
    return rows.map(toStoredKey);
  },

  /** Ends a key; undefined when there is none or it was already revoked. */
  async revoke(db: Kysely<Database>, revocation: { prefix: string; at: string; by: string }): Promise<StoredApiKey | undefined> {
    const result = await db.updateTable('api_keys').set({ revoked_at: revocation.at, revoked_by: revocation.by }).where('prefix', '=', revocation.prefix).where('revoked_at', 'is', null).executeTakeFirst();
    return Number(result.numUpdatedRows) > 0 ? ApiKeyRepository.byPrefix(db, revocation.prefix) : undefined;
  },

  /**
   * Records a use at `at`, unless one was recorded after `notAfter` already: a busy key
   * writes once a minute, not once a request, even with several processes serving it.
   */
  async touchLastUsed(db: Kysely<Database>, id: number, at: string, notAfter: string): Promise<boolean> {
    const result = await db
      .updateTable('api_keys')
      .set({ last_used_at: at })
      .where('id', '=', id)
      .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<=', notAfter)]))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  },
};
