import { AuditRepository, SettingsRepository, UserRepository, type Store, type StoredUser } from '../store/index.js';
import { AccessError } from './access-error.js';
import { accessTime } from './access-time.js';
import { hashPassword } from './password-hash.js';
import { principalOf, type Principal } from './principal.js';
import { digestsEqual, randomToken, tokenDigest } from './token-digest.js';
import { checkAccessInput, insertUser, NewUserSchema } from './users.js';

/** The settings key holding the bootstrap token's SHA-256 while no admin exists. */
export const BOOTSTRAP_SETTING = 'bootstrap_token';
/** The actor of changes Bellwether makes by itself. */
export const SYSTEM_ACTOR = 'bellwether';

interface StoredBootstrap {
  readonly digest: string;
  readonly issuedAt: string;
}

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * While no enabled admin exists, issues a new one-time bootstrap token and returns it, for
 * the server to print at start; undefined once there is an admin. Only its hash is stored,
 * so every start without an admin replaces the token (the one printed last is the one that
 * works).
 *
 * @example
 * const token = await ensureBootstrapToken(store, now)
 * if (token) log(`No admin yet: open /setup and give this token: ${token}`)
 */
export async function ensureBootstrapToken(store: Store, now: string): Promise<string | undefined> {
  const at = accessTime(now, 'now');
  return store.db.transaction().execute(async (trx) => {
    if ((await UserRepository.countEnabled(trx, 'admin')) > 0) return undefined;
    const token = randomToken();
    const value: StoredBootstrap = { digest: tokenDigest(token), issuedAt: at };
    await SettingsRepository.set(trx, BOOTSTRAP_SETTING, JSON.stringify(value), at);
    await AuditRepository.record(trx, { at, actor: SYSTEM_ACTOR, action: 'bootstrap.issue', entity: 'setting', entityId: BOOTSTRAP_SETTING, after: { issuedAt: at } });
    return token;
  });
}

export interface RedeemBootstrapInput {
  readonly token: string;
  readonly email: string;
  readonly name?: string;
  readonly password: string;
  readonly now: string;
}

/**
 * Creates the first admin with the bootstrap token and deletes the token, so it works once.
 * Refused with `bootstrap_closed` once an enabled admin exists, with
 * `invalid_bootstrap_token` for a wrong or replaced token.
 */
export async function redeemBootstrapToken(store: Store, input: RedeemBootstrapInput): Promise<{ user: StoredUser; principal: Principal }> {
  const now = accessTime(input.now, 'now');
  const checked = checkAccessInput(NewUserSchema.required({ password: true }), { email: input.email, role: 'admin', password: input.password, ...(input.name !== undefined ? { name: input.name } : {}) });
  const hash = await hashPassword(checked.password);
  const user = await store.db.transaction().execute(async (trx) => {
    if ((await UserRepository.countEnabled(trx, 'admin')) > 0) throw new AccessError('bootstrap_closed', 'an enabled admin exists');
    const stored = await SettingsRepository.get(trx, BOOTSTRAP_SETTING);
    const issued = stored !== undefined ? (JSON.parse(stored) as StoredBootstrap) : undefined;
    if (!issued || !TOKEN.test(input.token) || !digestsEqual(issued.digest, tokenDigest(input.token))) throw new AccessError('invalid_bootstrap_token', 'the bootstrap token does not match the one issued');
    // Deleting only the value we checked: of two redeems at once, one deletes it and the other finds nothing.
    if (!(await SettingsRepository.delete(trx, BOOTSTRAP_SETTING, stored))) throw new AccessError('invalid_bootstrap_token', 'the bootstrap token was used meanwhile');
    const admin = await insertUser(trx, checked, hash, { actor: checked.email, now });
    await AuditRepository.record(trx, { at: now, actor: admin.email, action: 'bootstrap.redeem', entity: 'setting', entityId: BOOTSTRAP_SETTING, before: { issuedAt: issued.issuedAt }, after: { admin: admin.email } });
    return admin;
  });
  return { user, principal: principalOf(user, 'bootstrap') };
}
