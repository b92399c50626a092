import { z } from 'zod';
import { emailField } from '../domain/index.js';
import { AuditRepository, SessionRepository, UserRepository, type Role, type Store, type StoredUser } from '../store/index.js';
import { AccessError, type AccessErrorCode } from './access-error.js';
import { ROLES } from './account-access.js';
import { forgetCachedApiKeys } from './api-key-cache.js';
import { hashPassword } from './password-hash.js';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 1024;

/** A password: 12 characters at least (length beats composition rules), 1024 at most. */
export const PasswordSchema = z.string().min(MIN_PASSWORD_LENGTH).max(MAX_PASSWORD_LENGTH);

/** A new user as given by a person (CLI, API body); the email comes out lower-cased. */
export const NewUserSchema = z.object({
  email: emailField,
  name: z.string().trim().min(1).max(200).optional(),
  role: z.enum(ROLES),
  password: PasswordSchema.optional(),
});
export type NewUserInput = z.input<typeof NewUserSchema>;

/** Parses a person's input, or throws the code of its first bad field. */
export function checkAccessInput<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = String(issue?.path[0] ?? '');
  const code: AccessErrorCode =
    field === 'email' ? 'invalid_email' : field === 'name' ? 'invalid_name' : field === 'role' ? 'invalid_role' : issue?.code === 'too_big' ? 'password_too_long' : issue?.code === 'too_small' ? 'weak_password' : 'password_required';
  throw new AccessError(code, `${field || 'value'}: ${issue?.message ?? 'invalid'}`, { cause: parsed.error });
}

export function checkRole(role: string): Role {
  const found = ROLES.find((r) => r === role);
  if (!found) throw new AccessError('invalid_role', `"${role}" is not a role`);
  return found;
}

export function checkPassword(password: string): string {
  const parsed = PasswordSchema.safeParse(password);
  if (parsed.success) return parsed.data;
  throw new AccessError(password.length > MAX_PASSWORD_LENGTH ? 'password_too_long' : 'weak_password', `the password has ${password.length} characters`);
}

/** Who and when, for every change. */
export interface Change {
  /** Who makes the change, for the audit trail (an email, or `bellwether` for the system). */
  readonly actor: string;
  readonly now: string;
}

/** The role is checked here (`invalid_role`), so a CLI argument or API body passes straight through. */
export type CreateUserInput = Omit<NewUserInput, 'role'> & { readonly role: string } & Change;

/** Inserts a checked new user and its audit entry with `db` (the caller's transaction). */
export async function insertUser(db: Store['db'], user: z.output<typeof NewUserSchema>, passwordHash: string | undefined, change: Change): Promise<StoredUser> {
  const stored = await UserRepository.create(db, { email: user.email, role: user.role, now: change.now, ...(user.name !== undefined ? { name: user.name } : {}), ...(passwordHash !== undefined ? { passwordHash } : {}) });
  if (!stored) throw new AccessError('email_taken', `a user ${user.email} already exists`);
  await AuditRepository.record(db, { at: change.now, actor: change.actor, action: 'user.create', entity: 'user', entityId: stored.email, after: stored });
  return stored;
}

/**
 * Creates a user; without a password, they can use API keys only.
 *
 * @example
 * await createUser(store, { email: 'Ann@Example.com', role: 'rep', password: 'correct horse battery', actor: 'admin@example.com', now })
 * // { email: 'ann@example.com', role: 'rep', hasPassword: true, … }, audited as user.create
 */
export async function createUser(store: Store, input: CreateUserInput): Promise<StoredUser> {
  const user = checkAccessInput(NewUserSchema, { email: input.email, role: input.role, ...(input.name !== undefined ? { name: input.name } : {}), ...(input.password !== undefined ? { password: input.password } : {}) });
  // Hash before the transaction: 50-100 ms of scrypt should not hold a write lock.
  const hash = user.password !== undefined ? await hashPassword(user.password) : undefined;
  return store.db.transaction().execute((trx) => insertUser(trx, user, hash, input));
}

async function existing(db: Store['db'], email: string): Promise<StoredUser> {
  const user = await UserRepository.byEmail(db, email);
  if (!user) throw new AccessError('unknown_user', `no user ${email.trim().toLowerCase()}`);
  return user;
}

// Run inside the transaction that demotes or disables: the last enabled admin must stay, or nobody could manage users.
async function keepAnAdmin(db: Store['db'], user: StoredUser): Promise<void> {
  if (user.role === 'admin' && user.disabledAt === undefined && (await UserRepository.countEnabled(db, 'admin')) <= 1) {
    throw new AccessError('last_admin', `${user.email} is the last enabled admin`);
  }
}

/** Changes a user's role (nothing to do, and no audit entry, when it is already that role). */
export async function setRole(store: Store, input: { email: string; role: string } & Change): Promise<StoredUser> {
  const role = checkRole(input.role);
  const after = await store.db.transaction().execute(async (trx) => {
    const before = await existing(trx, input.email);
    if (before.role === role) return before;
    if (role !== 'admin') await keepAnAdmin(trx, before);
    const after = await UserRepository.update(trx, before.id, { role }, input.now);
    if (!after) throw new AccessError('unknown_user', `user ${before.email} vanished`);
    await AuditRepository.record(trx, { at: input.now, actor: input.actor, action: 'user.role_change', entity: 'user', entityId: before.email, before, after });
    return after;
  });
  // A cached API key carries its user's role; forgotten once committed, so the new role applies at once in this process.
  forgetCachedApiKeys();
  return after;
}

/** Sets (or replaces) a user's password and ends their open sessions, so a leaked old password stops working everywhere. */
export async function setPassword(store: Store, input: { email: string; password: string } & Change): Promise<StoredUser> {
  const hash = await hashPassword(checkPassword(input.password));
  return store.db.transaction().execute(async (trx) => {
    const before = await existing(trx, input.email);
    const after = await UserRepository.update(trx, before.id, { passwordHash: hash }, input.now);
    if (!after) throw new AccessError('unknown_user', `user ${before.email} vanished`);
    const sessionsEnded = await SessionRepository.revokeForUser(trx, before.id, input.now);
    await AuditRepository.record(trx, { at: input.now, actor: input.actor, action: 'user.password_set', entity: 'user', entityId: before.email, before, after: { ...after, sessionsEnded } });
    return after;
  });
}

/** Disables a user: their sessions end and their API keys stop working (at once in this process, within 30 s in others). */
export async function disableUser(store: Store, input: { email: string } & Change): Promise<StoredUser> {
  const after = await store.db.transaction().execute(async (trx) => {
    const before = await existing(trx, input.email);
    if (before.disabledAt !== undefined) return before;
    await keepAnAdmin(trx, before);
    const after = await UserRepository.update(trx, before.id, { disabledAt: input.now }, input.now);
    if (!after) throw new AccessError('unknown_user', `user ${before.email} vanished`);
    await SessionRepository.revokeForUser(trx, before.id, input.now);
    await AuditRepository.record(trx, { at: input.now, actor: input.actor, action: 'user.disable', entity: 'user', entityId: before.email, before, after });
    return after;
  });
  forgetCachedApiKeys();
  return after;
}

/** Enables a disabled user again; their API keys work again, their old sessions do not. */
export async function enableUser(store: Store, input: { email: string } & Change): Promise<StoredUser> {
  return store.db.transaction().execute(async (trx) => {
    const before = await existing(trx, input.email);
    if (before.disabledAt === undefined) return before;
    const after = await UserRepository.update(trx, before.id, { disabledAt: null }, input.now);
    if (!after) throw new AccessError('unknown_user', `user ${before.email} vanished`);
    await AuditRepository.record(trx, { at: input.now, actor: input.actor, action: 'user.enable', entity: 'user', entityId: before.email, before, after });
    return after;
  });
}

/** Every user, by email (never a password hash). */
export function listUsers(store: Store): Promise<StoredUser[]> {
  return UserRepository.list(store.db);
}

/** One user by email, any case; undefined when there is none. */
export function findUser(store: Store, email: string): Promise<StoredUser | undefined> {
  return UserRepository.byEmail(store.db, email);
}
