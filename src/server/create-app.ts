import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { mountApiDocs } from './api-docs-page.js';
import type { ApiApp, ApiDeps, ApiEnv } from './api-env.js';
import { errorToProblem } from './error-to-problem.js';
import { authenticate, type Authenticator } from './middleware/authenticate.js';
import { rateLimitPerPrincipal } from './middleware/rate-limit.js';
import { sameOriginForSessions } from './middleware/same-origin.js';
import { OPENAPI_INFO, registerSecuritySchemes } from './openapi-info.js';
import { ApiProblem, problem } from './problem.js';
import { API_ROUTE_GROUPS, PUBLIC_ROUTE_GROUPS } from './routes/index.js';
import { validationHook } from './validation-hook.js';
import { mountWebApp } from './web-app.js';

/** Paths under /api/v1 that need no credential: signing in and the first admin's bootstrap. */
const PUBLIC_API_PATHS = new Set(['/api/v1/auth/login', '/api/v1/auth/bootstrap', '/api/v1/auth/logout']);

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round((n / 1024 / 1024) * 10) / 10} MB` : `${Math.round(n / 1024)} KB`;
}

/**
 * The HTTP app: the versioned JSON API under /api/v1, its OpenAPI 3.1 document at
 * /api/openapi.json (built from the same zod schemas that validate requests), docs at
 * /api/docs, and health checks. Each capability adds a route group in `routes/`.
 */
export function createApp(deps: ApiDeps, auth: Authenticator): ApiApp {
  const { log, config } = deps;
  const app = new OpenAPIHono<ApiEnv>({ defaultHook: validationHook });
  registerSecuritySchemes(app);

  app.use(requestId());
  app.use(secureHeaders({ crossOriginResourcePolicy: 'same-origin', referrerPolicy: 'no-referrer' }));
  // Off unless origins are configured: the dashboard is served from the same origin.
  if (config.corsOrigins.length > 0) app.use('/api/*', cors({ origin: [...config.corsOrigins], credentials: true, exposeHeaders: ['RateLimit', 'RateLimit-Policy', 'Retry-After'] }));

  app.onError((error, c) => {
    const known = errorToProblem(error);
    if (known) return problem(c, known.type, known.detail, known.errors, known.headers);
    log.error({ err: error, method: c.req.method, path: c.req.path, requestId: c.get('requestId') }, 'request failed');
    return problem(c, 'internal', `The server could not complete the request; it is logged as ${c.get('requestId')}.`);
  });
  app.notFound((c) => problem(c, 'not-found', `No route for ${c.req.method} ${c.req.path}`));

  app.use('/api/v1/*', sameOriginForSessions(config.corsOrigins));
  app.use('/api/v1/*', async (c, next) => {
    // An upload is counted while it streams to disk (receiveUpload), never buffered here.
    if (c.req.path === '/api/v1/import-jobs') return next();
    const limit = c.req.path.startsWith('/api/v1/records/') ? config.pushLimitBytes : config.bodyLimitBytes;
    return bodyLimit({
      maxSize: limit,
      onError: () => {
        throw new ApiProblem('payload-too-large', `The body is larger than this endpoint's limit of ${formatBytes(limit)}.`);
      },
    })(c, next);
  });
  const authenticated = authenticate(auth);
  const limited = rateLimitPerPrincipal(config.rateLimitPerMinute);
  app.use('/api/v1/*', async (c, next) => {
    if (PUBLIC_API_PATHS.has(c.req.path)) return next();
    return authenticated(c, async () => {
      await limited(c, next);
    });
  });

  for (const group of PUBLIC_ROUTE_GROUPS) group(app, deps, auth);
  for (const group of API_ROUTE_GROUPS) group(app, deps, auth);

  app.doc31('/api/openapi.json', (c) => ({ ...OPENAPI_INFO, servers: [{ url: new URL(c.req.url).origin }] }));
  mountApiDocs(app);
  if (config.webDir) mountWebApp(app, config.webDir);
  return app;
}
