import { createRoute } from '@hono/zod-openapi';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { login, logout, redeemBootstrapToken, SESSION_MAX_MS } from '../../app/index.js';
import { principalOf } from '../access-guard.js';
import { SESSION_COOKIE } from '../middleware/authenticate.js';
import { rateLimitAttempts } from '../middleware/rate-limit.js';
import { BootstrapSchema, LoginSchema, MeSchema, SessionSchema } from '../schemas/access-schemas.js';
import { jsonContent } from '../schemas/common-schemas.js';
import { problemResponses } from '../schemas/problem-schema.js';
import type { RouteGroup } from './route-group.js';

const loginRoute = createRoute({
  method: 'post',
  path: '/api/v1/auth/login',
  tags: ['access'],
  summary: 'Sign in with email and password; sets the session cookie',
  security: [],
  request: { body: { content: jsonContent(LoginSchema), required: true } },
  responses: { 200: { description: 'Signed in', content: jsonContent(SessionSchema) }, ...problemResponses('invalid-request', 'invalid-credentials', 'rate-limited') },
});

const logoutRoute = createRoute({
  method: 'post',
  path: '/api/v1/auth/logout',
  tags: ['access'],
  summary: 'End the session of the cookie sent',
  security: [],
  responses: { 204: { description: 'Signed out (also when there was no session)' } },
});

const bootstrapRoute = createRoute({
  method: 'post',
  path: '/api/v1/auth/bootstrap',
  tags: ['access'],
  summary: 'Create the first admin with the token printed at first start; signs them in',
  security: [],
  request: { body: { content: jsonContent(BootstrapSchema), required: true } },
  responses: { 200: { description: 'The first admin, signed in', content: jsonContent(SessionSchema) }, ...problemResponses('invalid-request', 'invalid-credentials', 'conflict', 'rate-limited') },
});

const meRoute = createRoute({
  method: 'get',
  path: '/api/v1/auth/me',
  tags: ['access'],
  summary: 'Who the request is signed in as',
  responses: { 200: { description: 'The principal', content: jsonContent(MeSchema) }, ...problemResponses('unauthenticated') },
});

/** Sign-in, sign-out and the first admin's bootstrap. */
export const authRoutes: RouteGroup = (app, { store, now, config }) => {
  // The browser keeps the cookie for the longest a session can last (Max-Age, so its own
  // clock does not matter); whether the session still holds, as it slides, the server decides.
  const cookie = (c: Parameters<typeof setCookie>[0], token: string) =>
    setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Lax', secure: config.secureCookies, path: '/', maxAge: Math.floor(SESSION_MAX_MS / 1000) });

  app.use(loginRoute.getRoutingPath(), rateLimitAttempts(config.loginAttemptsPerMinute, 'email'));
  app.use(bootstrapRoute.getRoutingPath(), rateLimitAttempts(config.loginAttemptsPerMinute, 'email'));

  app.openapi(loginRoute, async (c) => {
    const { email, password } = c.req.valid('json');
    const session = await login(store, { email, password, now: now() });
    cookie(c, session.token);
    return c.json({ user: session.user, expiresAt: session.expiresAt }, 200);
  });

  app.openapi(logoutRoute, async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) await logout(store, token, now());
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });

  app.openapi(bootstrapRoute, async (c) => {
    const body = c.req.valid('json');
    await redeemBootstrapToken(store, { ...body, now: now() });
    const session = await login(store, { email: body.email, password: body.password, now: now() });
    cookie(c, session.token);
    return c.json({ user: session.user, expiresAt: session.expiresAt }, 200);
  });

  app.openapi(meRoute, (c) => c.json(principalOf(c), 200));
};
