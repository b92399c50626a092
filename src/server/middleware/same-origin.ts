import { createMiddleware } from 'hono/factory';
import { ApiProblem } from '../problem.js';
import { apiKeyOf } from './authenticate.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses a cross-site request that would change something with the session cookie (CSRF).
 * Browsers send Origin (and Sec-Fetch-Site) on such requests; a request with an API key
 * carries no ambient credential, and a client sending neither header is not a browser.
 */
export function sameOriginForSessions(allowedOrigins: readonly string[]) {
  return createMiddleware(async (c, next) => {
    if (SAFE_METHODS.has(c.req.method) || apiKeyOf(c.req.header('authorization'), c.req.header('x-api-key'))) return next();
    const site = c.req.header('sec-fetch-site');
    const origin = c.req.header('origin');
    const own = new URL(c.req.url).origin;
    const crossSite = (site !== undefined && site !== 'same-origin' && site !== 'none') || (origin !== undefined && origin !== own);
    if (crossSite && !(origin !== undefined && allowedOrigins.includes(origin))) throw new ApiProblem('forbidden', 'A cross-site request may not change anything with the session cookie.');
    return next();
  });
}
