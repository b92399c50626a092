import { randomBytes } from 'node:crypto';
import { ApiKeyRepository, AuditRepository, UserRepository, type Store, type StoredApiKey } from '../store/index.js';
import { AccessError } from './access-error.js';
import { accessTime, addMs } from './access-time.js';
import { cacheApiKey, cachedApiKey, forgetCachedApiKey, type CachedApiKey } from './api-key-cache.js';
import { principalOf, type Principal } from './principal.js';
import { digestsEqual, randomToken, tokenDigest } from './token-digest.js';

/** A use of a key is written at most this often, so a key serving 1,000 requests a second does not write 1,000 rows a second. */
export const API_KEY_TOUCH_MS = 60_000;
const PREFIX_LENGTH = 10;
// Lower-case base32 (RFC 4648): no `_`, so `bw_<prefix>_<secret>` splits unambiguously, and no case to mistype.
const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
const KEY = /^bw_([a-z2-7]{10})_([A-Za-z0-9_-]{43})$/;

export interface CreateApiKeyInput {
  /** Whose key it is; the key acts with that user's role. */
  readonly userEmail: string;
  readonly name: string;
  /** Default: never. */
  readonly expiresAt?: string;
  /** Who creates it, for the audit trail. */
  readonly createdBy: string;
  readonly now: string;
}

export interface CreatedApiKey {
  /** The whole key, `bw_<prefix>_<secret>`: shown this once, stored only as the secret's SHA-256. */
  readonly key: string;
  readonly apiKey: StoredApiKey;
}

export type ApiKeyStatus = 'active' | 'expired' | 'revoked';
export type ListedApiKey = StoredApiKey & { readonly status: ApiKeyStatus };

function newPrefix(): string {
  // 10 characters of 5 bits each: 50 random bits, so prefixes do not collide in practice (a clash draws again).
  return Array.from(randomBytes(PREFIX_LENGTH), (b) => BASE32[b & 31]).join('');
}

/** The prefix of a key, or of `bw_<prefix>` or the bare prefix as people type it. */
export function apiKeyPrefixOf(value: string): string {
  const trimmed = value.trim();
  return trimmed.startsWith('bw_') ? (trimmed.split('_')[1] ?? '') : trimmed;
}

/**
 * Creates an API key for a user and returns it whole, once.
 *
 * @example
 * const { key } = await createApiKey(store, { userEmail: 'ci@example.com', name: 'nightly import', createdBy: 'admin@example.com', now })
 * // key: 'bw_k3x9q2mfaz_4mJ…' (prefix 10 characters, secret 43)
 */
export async function createApiKey(store: Store, input: CreateApiKeyInput): Promise<CreatedApiKey> {
  const now = accessTime(input.now, 'now');
  const name = input.name.trim();
  if (name.length < 1 || name.length > 200) throw new AccessError('invalid_name', 'an API key needs a name of 1 to 200 characters');
  const expiresAt = input.expiresAt !== undefined ? accessTime(input.expiresAt, 'expiresAt') : undefined;
  if (expiresAt !== undefined && expiresAt <= now) throw new AccessError('expires_in_past', `expiry ${expiresAt} is not after now (${now})`);
  return store.db.transaction().execute(async (trx) => {
    const user = await UserRepository.byEmail(trx, input.userEmail);
    if (!user) throw new AccessError('unknown_user', `no user ${input.userEmail.trim().toLowerCase()}`);
    if (user.disabledAt !== undefined) throw new AccessError('user_disabled', `${user.email} is disabled`);
    for (let attempt = 0; attempt < 3; attempt++) {
      const prefix = newPrefix();
      const secret = randomToken();
      const apiKey = await ApiKeyRepository.create(trx, { userId: user.id, name, prefix, secretHash: tokenDigest(secret), createdAt: now, createdBy: input.createdBy, ...(expiresAt !== undefined ? { expiresAt } : {}) });
      if (!apiKey) continue;
      await AuditRepository.record(trx, { at: now, actor: input.createdBy, action: 'api_key.create', entity: 'api_key', entityId: prefix, after: apiKey });
      return { key: `bw_${prefix}_${secret}`, apiKey };
    }
    throw new Error('could not draw an unused API key prefix in 3 attempts');
  });
}

async function recordUse(db: Store['db'], entry: Pick<CachedApiKey, 'keyId' | 'lastUsedAt'>, now: string): Promise<string | undefined> {
  const notAfter = addMs(now, -API_KEY_TOUCH_MS);
  if (entry.lastUsedAt !== undefined && entry.lastUsedAt > notAfter) return entry.lastUsedAt;
  await ApiKeyRepository.touchLastUsed(db, entry.keyId, now, notAfter);
  return now;
}

/**
 * The principal of an API key, or undefined when the key is malformed, unknown, revoked,
 * expired, its secret wrong, or its user disabled. A verified key is kept in memory for up
 * to 30 s ({@link API_KEY_CACHE_MS}), so a busy key costs one SHA-256 a request, not a query.
 */
export async function resolveApiKey(store: Store, key: string, now: string): Promise<Principal | undefined> {
  const parts = KEY.exec(key);
  const prefix = parts?.[1];
  const secret = parts?.[2];
  if (prefix === undefined || secret === undefined) return undefined;
  const digest = tokenDigest(secret);
  const nowMs = Date.parse(now);
  const cached = cachedApiKey(store.db, prefix, nowMs);
  if (cached) {
    if (!digestsEqual(cached.secretHash, digest) || (cached.expiresAt !== undefined && cached.expiresAt <= now)) return undefined;
    cached.lastUsedAt = await recordUse(store.db, cached, now);
    return cached.principal;
  }
  const found = await ApiKeyRepository.credentialByPrefix(store.db, prefix);
  if (!found || !digestsEqual(found.secretHash, digest)) return undefined;
  const { key: stored, user } = found;
  if (stored.revokedAt !== undefined || (stored.expiresAt !== undefined && stored.expiresAt <= now) || user.disabledAt !== undefined) return undefined;
  const entry: CachedApiKey = { db: store.db, keyId: stored.id, secretHash: found.secretHash, principal: principalOf(user, 'api_key'), cachedAtMs: nowMs, ...(stored.expiresAt !== undefined ? { expiresAt: stored.expiresAt } : {}), ...(stored.lastUsedAt !== undefined ? { lastUsedAt: stored.lastUsedAt } : {}) };
  entry.lastUsedAt = await recordUse(store.db, entry, now);
  cacheApiKey(prefix, entry);
  return entry.principal;
}

function statusOf(key: StoredApiKey, now: string): ApiKeyStatus {
  if (key.revokedAt !== undefined) return 'revoked';
  if (key.expiresAt !== undefined && key.expiresAt <= now) return 'expired';
  return 'active';
}

/** Every API key (of one user, if given), newest first, with where each stands at `now`; never a secret. */
export async function listApiKeys(store: Store, input: { userEmail?: string; now: string }): Promise<ListedApiKey[]> {
  let userId: number | undefined;
  if (input.userEmail !== undefined) {
    const user = await UserRepository.byEmail(store.db, input.userEmail);
    if (!user) throw new AccessError('unknown_user', `no user ${input.userEmail.trim().toLowerCase()}`);
    userId = user.id;
  }
  const keys = await ApiKeyRepository.list(store.db, userId !== undefined ? { userId } : {});
  return keys.map((k) => ({ ...k, status: statusOf(k, input.now) }));
}

/** Revokes a key by its prefix (or the key itself). This process stops accepting it at once; others within 30 s. */
export async function revokeApiKey(store: Store, input: { prefix: string; by: string; now: string }): Promise<StoredApiKey> {
  const prefix = apiKeyPrefixOf(input.prefix);
  const now = accessTime(input.now, 'now');
  const revoked = await store.db.transaction().execute(async (trx) => {
    const before = await ApiKeyRepository.byPrefix(trx, prefix);
    if (!before) throw new AccessError('unknown_api_key', `no API key with prefix "${prefix}"`);
    const after = await ApiKeyRepository.revoke(trx, { prefix, at: now, by: input.by });
    if (!after) throw new AccessError('already_revoked', `API key ${prefix} was revoked at ${before.revokedAt ?? 'a moment ago'}`);
    await AuditRepository.record(trx, { at: now, actor: input.by, action: 'api_key.revoke', entity: 'api_key', entityId: prefix, before, after });
    return after;
  });
  forgetCachedApiKey(prefix);
  return revoked;
}
