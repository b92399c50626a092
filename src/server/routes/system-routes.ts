import { createRoute, z } from '@hono/zod-openapi';
import { sql } from 'kysely';
import { ModelRepository } from '../../store/index.js';
import type { RouteGroup } from './route-group.js';

const HealthSchema = z.object({ status: z.literal('ok') }).openapi('Health');
const ReadySchema = z
  .object({
    status: z.enum(['ready', 'not_ready']),
    database: z.enum(['sqlite', 'postgres']),
    checks: z.object({ database: z.boolean(), activeModel: z.boolean() }),
  })
  .openapi('Readiness');

const health = createRoute({
  method: 'get',
  path: '/health',
  tags: ['system'],
  summary: 'Liveness: the process answers',
  security: [],
  responses: { 200: { description: 'The process is up', content: { 'application/json': { schema: HealthSchema } } } },
});

const ready = createRoute({
  method: 'get',
  path: '/ready',
  tags: ['system'],
  summary: 'Readiness: the database answers and a model is active',
  security: [],
  responses: {
    200: { description: 'Ready to serve', content: { 'application/json': { schema: ReadySchema } } },
    503: { description: 'Not ready', content: { 'application/json': { schema: ReadySchema } } },
  },
});

const LANDING = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bellwether</title><meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:42rem;margin:3rem auto;padding:0 1rem;color:#1b1f24}code{background:#eef1f4;padding:.1rem .3rem;border-radius:3px}a{color:#0b5cad}</style></head>
<body><h1>Bellwether is running</h1>
<p>The HTTP API is served here. The dashboard is not built: run <code>npm run build</code> and restart.</p>
<ul><li><a href="/api/docs">API documentation</a> (try requests in the browser) and the <a href="/api/openapi.json">OpenAPI 3.1 document</a></li>
<li>Sign in: <code>POST /api/v1/auth/login</code> with email and password, or send an API key as <code>Authorization: Bearer bw_…</code> (<code>npx bellwether api-key create --user EMAIL --name NAME</code>)</li>
<li><a href="/health">/health</a> and <a href="/ready">/ready</a></li></ul></body></html>`;

/** Health and readiness, without credentials, for load balancers and orchestrators; and the landing page. */
export const systemRoutes: RouteGroup = (app, { store, config }) => {
  // With the dashboard built, `/` is the dashboard.
  if (!config.webDir) app.get('/', (c) => c.html(LANDING));
  app.openapi(health, (c) => c.json({ status: 'ok' as const }, 200));
  app.openapi(ready, async (c) => {
    const database = await sql`select 1 as one`
      .execute(store.db)
      .then(() => true)
      .catch(() => false);
    const activeModel = database ? (await ModelRepository.active(store.db).catch(() => undefined)) !== undefined : false;
    const ok = database && activeModel;
    return c.json({ status: ok ? ('ready' as const) : ('not_ready' as const), database: store.dialect, checks: { database, activeModel } }, ok ? 200 : 503);
  });
};
