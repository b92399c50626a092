import { rateLimiter } from 'hono-rate-limiter';
import type { Context } from 'hono';
import type { ApiEnv } from '../api-env.js';
import { ApiProblem } from '../problem.js';

/** The client's address as the socket saw it (the server does not trust forwarding headers by default). */
export function clientAddress(c: Context): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
}

/** Requests per minute per API key or session user; standard RateLimit headers; a problem document past the limit. */
export function rateLimitPerPrincipal(perMinute: number) {
  return rateLimiter<ApiEnv>({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-7',
    keyGenerator: (c) => c.get('rateKey'),
    handler: (c) => {
      throw new ApiProblem('rate-limited', `More than ${perMinute} requests in a minute; slow down and retry after the time in Retry-After.`, undefined, { 'retry-after': c.res.headers.get('retry-after') ?? '60' });
    },
  });
}

/** Attempts per minute per client address and submitted email, for login and bootstrap. */
export function rateLimitAttempts(perMinute: number, field: string) {
  return rateLimiter({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-7',
    keyGenerator: async (c) => {
      const body = (await c.req.raw.clone().json().catch(() => ({}))) as Record<string, unknown>;
      return `${clientAddress(c)}:${String(body[field] ?? '').toLowerCase()}`;
    },
    handler: () => {
      throw new ApiProblem('rate-limited', `More than ${perMinute} attempts in a minute from this address; wait a minute.`);
    },
  });
}
