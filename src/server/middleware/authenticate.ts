import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import type { Principal } from '../../app/index.js';
import type { ApiEnv } from '../api-env.js';
import { ApiProblem } from '../problem.js';

/** The session cookie the dashboard logs in with. */
export const SESSION_COOKIE = 'bw_session';

/** How a credential becomes a principal; the app's use cases behind it. */
export interface Authenticator {
  byApiKey(key: string): Promise<Principal | undefined>;
  bySession(token: string): Promise<Principal | undefined>;
}

/** The API key of a request: `Authorization: Bearer bw_…` or `X-Api-Key: bw_…`. */
export function apiKeyOf(authorization: string | undefined, xApiKey: string | undefined): string | undefined {
  if (xApiKey) return xApiKey.trim();
  const m = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  return m?.[1];
}

/**
 * Sets `principal` from an API key or the session cookie, or answers 401. A bad key is
 * never retried as a session: a client that sends a key means the key.
 */
export function authenticate(auth: Authenticator) {
  return createMiddleware<ApiEnv>(async (c, next) => {
    const key = apiKeyOf(c.req.header('authorization'), c.req.header('x-api-key'));
    let principal: Principal | undefined;
    if (key) {
      principal = await auth.byApiKey(key);
      if (!principal) throw new ApiProblem('unauthenticated', 'The API key is not valid (unknown, revoked or expired).', undefined, { 'www-authenticate': 'Bearer realm="bellwether", error="invalid_token"' });
    } else {
      const token = getCookie(c, SESSION_COOKIE);
      if (token) principal = await auth.bySession(token);
      if (!principal) throw new ApiProblem('unauthenticated', token ? 'The session has expired; log in again.' : 'Send an API key (Authorization: Bearer bw_…) or log in.', undefined, { 'www-authenticate': 'Bearer realm="bellwether"' });
    }
    c.set('principal', principal);
    // Limits count per key (its public prefix) or per signed-in person.
    c.set('rateKey', key ? `key:${key.split('_')[1] ?? key.slice(0, 16)}` : `user:${principal.userId}`);
    await next();
  });
}
