import type { Kysely, Selectable } from 'kysely';
import type { Database, Role, UsersTable } from './schema.js';

/** A user as stored, without the password hash (so it can go into audit entries and JSON safely). */
export interface StoredUser {
  readonly id: number;
  /** Lower-cased. */
  readonly email: string;
  readonly name?: string;
  readonly role: Role;
  /** Whether the user can log in with a password (else API keys only). */
  readonly hasPassword: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly lastLoginAt?: string;
  readonly disabledAt?: string;
}

export interface NewUser {
  readonly email: string;
  readonly name?: string;
  readonly role: Role;
  readonly passwordHash?: string;
  readonly now: string;
}

/** What may change about a user; `disabledAt: null` enables a disabled user again. */
export interface UserChange {
  readonly name?: string | null;
  readonly role?: Role;
  readonly passwordHash?: string | null;
  readonly disabledAt?: string | null;
}

export function toStoredUser(row: Selectable<UsersTable>): StoredUser {
  return {
    id: Number(row.id),
    email: row.email,
    ...(row.name !== null ? { name: row.name } : {}),
    role: row.role,
    hasPassword: row.password_hash !== null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    ...(row.last_login_at !== null ? { lastLoginAt: row.last_login_at } : {}),
    ...(row.disabled_at !== null ? { disabledAt: row.disabled_at } : {}),
  };
}

const lower = (email: string) => email.trim().toLowerCase();

/** People who may use Bellwether. Emails are stored lower-cased and looked up case-insensitively. */
export const UserRepository = {
  /** The new user, or undefined when the email is taken (no driver error to map). */
  async create(db: Kysely<Database>, user: NewUser): Promise<StoredUser | undefined> {
    const row = await db
      .insertInto('users')
      .values({ email: lower(user.email), name: user.name ?? null, role: user.role, password_hash: user.passwordHash ?? null, created_at: user.now, updated_at: user.now, last_login_at: null, disabled_at: null })
      .onConflict((oc) => oc.column('email').doNothing())
      .returningAll()
      .executeTakeFirst();
    return row ? toStoredUser(row) : undefined;
  },

  async byEmail(db: Kysely<Database>, email: string): Promise<StoredUser | undefined> {
    const row = await db.selectFrom('users').selectAll().where('email', '=', lower(email)).executeTakeFirst();
    return row ? toStoredUser(row) : undefined;
  },

  async byId(db: Kysely<Database>, id: number): Promise<StoredUser | undefined> {
    const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toStoredUser(row) : undefined;
  },

  /** The user and their password hash, for login only. */
  async credentialsByEmail(db: Kysely<Database>, email: string): Promise<{ user: StoredUser; passwordHash: string | null } | undefined> {
    const row = await db.selectFrom('users').selectAll().where('email', '=', lower(email)).executeTakeFirst();
    return row ? { user: toStoredUser(row), passwordHash: row.password_hash } : undefined;
  },

  /** Every user, by email. */
  async list(db: Kysely<Database>): Promise<StoredUser[]> {
    const rows = await db.selectFrom('users').selectAll().orderBy('email').execute();
    return rows.map(toStoredUser);
  },

  /** How many users have this role and are not disabled. */
  async countEnabled(db: Kysely<Database>, role: Role): Promise<number> {
    const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).where('role', '=', role).where('disabled_at', 'is', null).executeTakeFirstOrThrow();
    return Number(row.n);
  },

  /** Applies the given fields and sets `updated_at`; undefined when there is no such user. */
  async update(db: Kysely<Database>, id: number, change: UserChange, now: string): Promise<StoredUser | undefined> {
    const row = await db
      .updateTable('users')
      .set({
        ...(change.name !== undefined ? { name: change.name } : {}),
        ...(change.role !== undefined ? { role: change.role } : {}),
        ...(change.passwordHash !== undefined ? { password_hash: change.passwordHash } : {}),
        ...(change.disabledAt !== undefined ? { disabled_at: change.disabledAt } : {}),
        updated_at: now,
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    return row ? toStoredUser(row) : undefined;
  },

  /** Records a successful login; not a change of the user, so `updated_at` stays. */
  async touchLastLogin(db: Kysely<Database>, id: number, at: string): Promise<void> {
    await db.updateTable('users').set({ last_login_at: at }).where('id', '=', id).execute();
  },
};
