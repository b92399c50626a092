import { SessionRepository, UserRepository, type Store, type StoredUser } from '../store/index.js';
import { AccessError } from './access-error.js';
import { accessTime, addMs } from './access-time.js';
import { dummyPasswordHash, verifyPassword } from './password-hash.js';
import { principalOf, type Principal } from './principal.js';
import { randomToken, tokenDigest } from './token-digest.js';

const HOUR_MS = 3_600_000;

/**
 * Sessions slide: each use extends one to 12 hours after that use (a working day without
 * logging in again), but never past 7 days after login, so a stolen cookie dies within a
 * week even when it is used all the time.
 */
export const SESSION_IDLE_MS = 12 * HOUR_MS;
export const SESSION_MAX_MS = 7 * 24 * HOUR_MS;
/** A session's use is written at most once a minute; its idle end may so come up to a minute early. */
export const SESSION_TOUCH_MS = 60_000;

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export interface LoginResult {
  /** For the session cookie; stored only as its SHA-256. */
  readonly token: string;
  readonly user: StoredUser;
  readonly principal: Principal;
  readonly expiresAt: string;
}

const sessionEnd = (createdAt: string, seenAt: string) => {
  const idle = addMs(seenAt, SESSION_IDLE_MS);
  const cap = addMs(createdAt, SESSION_MAX_MS);
  return idle < cap ? idle : cap;
};

/**
 * Checks email and password and opens a session. An unknown email, a user without a
 * password and a wrong password give the same `invalid_credentials` after the same scrypt
 * work, so neither the answer nor its time tells whether the email exists. A disabled
 * user with the right password gets `user_disabled`.
 *
 * @example
 * const { token, expiresAt } = await login(store, { email: 'ann@example.com', password, now: '2026-12-02T09:00:00.000Z' })
 * // expiresAt: 2026-12-02T21:00:00.000Z (12 hours, extended as the session is used)
 */
export async function login(store: Store, input: { email: string; password: string; now: string }): Promise<LoginResult> {
  const now = accessTime(input.now, 'now');
  const found = await UserRepository.credentialsByEmail(store.db, input.email);
  const ok = await verifyPassword(input.password, found?.passwordHash ?? (await dummyPasswordHash()));
  if (!found || found.passwordHash === null || !ok) throw new AccessError('invalid_credentials', 'wrong email or password');
  if (found.user.disabledAt !== undefined) throw new AccessError('user_disabled', `${found.user.email} is disabled`);
  const token = randomToken();
  const expiresAt = sessionEnd(now, now);
  const user = await store.db.transaction().execute(async (trx) => {
    await SessionRepository.create(trx, { id: tokenDigest(token), userId: found.user.id, createdAt: now, expiresAt });
    await UserRepository.touchLastLogin(trx, found.user.id, now);
    return { ...found.user, lastLoginAt: now };
  });
  return { token, user, principal: principalOf(user, 'session'), expiresAt };
}

/**
 * The principal of a session token, or undefined when the token is unknown, expired,
 * logged out, or its user disabled. Slides the session's end (see {@link SESSION_IDLE_MS}).
 */
export async function resolveSession(store: Store, token: string, now: string): Promise<Principal | undefined> {
  if (!TOKEN.test(token)) return undefined;
  const found = await SessionRepository.withUser(store.db, tokenDigest(token));
  if (!found) return undefined;
  const { session, user } = found;
  if (session.revokedAt !== undefined || session.expiresAt <= now || user.disabledAt !== undefined) return undefined;
  if (Date.parse(now) - Date.parse(session.lastSeenAt) >= SESSION_TOUCH_MS) {
    await SessionRepository.touch(store.db, session.id, { lastSeenAt: now, expiresAt: sessionEnd(session.createdAt, now) });
  }
  return principalOf(user, 'session');
}

/** Ends a session; false when the token names no open session. */
export async function logout(store: Store, token: string, now: string): Promise<boolean> {
  if (!TOKEN.test(token)) return false;
  return SessionRepository.revoke(store.db, tokenDigest(token), now);
}
