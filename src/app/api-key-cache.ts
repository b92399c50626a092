import type { Principal } from './principal.js';

/**
 * How long a verified API key is trusted without reading the store again. Within this
 * time, another process's revocation (or a disabled user, or a new role) is not yet seen
 * here; this process's own changes forget the key at once.
 */
export const API_KEY_CACHE_MS = 30_000;
const MAX_ENTRIES = 1000;

export interface CachedApiKey {
  /** The store the key was read from: a cache hit for another database is a miss. */
  readonly db: object;
  readonly keyId: number;
  readonly secretHash: string;
  readonly principal: Principal;
  readonly expiresAt?: string;
  readonly cachedAtMs: number;
  /** When a use was last recorded, as far as this process knows. */
  lastUsedAt?: string;
}

// One map for the process, by prefix (random, so two databases' prefixes do not meet).
const cache = new Map<string, CachedApiKey>();

/** The cached key, if it was verified within {@link API_KEY_CACHE_MS} of `nowMs` and read from `db`. */
export function cachedApiKey(db: object, prefix: string, nowMs: number): CachedApiKey | undefined {
  const entry = cache.get(prefix);
  if (!entry) return undefined;
  const age = nowMs - entry.cachedAtMs;
  if (entry.db !== db || age < 0 || age >= API_KEY_CACHE_MS) {
    if (entry.db === db) cache.delete(prefix);
    return undefined;
  }
  return entry;
}

export function cacheApiKey(prefix: string, entry: CachedApiKey): void {
  cache.delete(prefix);
  // Oldest first out: a Map iterates in insertion order.
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value ?? '');
  cache.set(prefix, entry);
}

export function forgetCachedApiKey(prefix: string): void {
  cache.delete(prefix);
}

/** Forgets every cached key: after a change to users (role, disabled), which keys carry. */
export function forgetCachedApiKeys(): void {
  cache.clear();
}
