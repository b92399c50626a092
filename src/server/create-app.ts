import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { Logger } from 'pino';
import { z } from 'zod';
import { AccountRepository, ImportRepository, type Store } from '../store/index.js';
import { problem } from './problem.js';

const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

const AsOfQuery = z.object({ asOf: z.iso.datetime({ offset: true }).optional() });

/** The HTTP app: health, accounts and imports. Routes are added per capability. */
export function createApp(store: Store, log: Logger): Hono {
  const app = new Hono();
  app.use(secureHeaders());

  app.onError((error, c) => {
    log.error({ err: error, path: c.req.path }, 'request failed');
    return problem(c, 500, 'internal', 'Internal error', 'The server could not complete the request; the error is logged.');
  });
  app.notFound((c) => problem(c, 404, 'not-found', 'Not found', `No route for ${c.req.method} ${c.req.path}`));

  app.get('/health', async (c) => {
    const accounts = await AccountRepository.count(store.db);
    return c.json({ status: 'ok', database: store.dialect, accounts });
  });

  app.get('/', async (c) => {
    const accounts = await AccountRepository.count(store.db);
    const imports = await ImportRepository.list(store.db, 1);
    return c.html(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bellwether</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1b1f24}code{background:#eef1f4;padding:.1rem .3rem;border-radius:3px}</style></head>
<body><h1>Bellwether is running</h1>
<p>Database: <strong>${store.dialect}</strong> · Accounts: <strong>${accounts}</strong>${imports[0] ? ` · Last import: ${escapeHtml(imports[0].source_file)} (${imports[0].status})` : ''}</p>
<ul><li><a href="/api/v1/accounts">/api/v1/accounts</a>: accounts as JSON (<code>?limit=50&amp;offset=0</code>)</li>
<li><a href="/api/v1/imports">/api/v1/imports</a>: import runs with their counts</li>
<li><a href="/health">/health</a>: health check</li></ul></body></html>`);
  });

  app.get('/api/v1/accounts', async (c) => {
    const page = PageQuery.safeParse(c.req.query());
    if (!page.success) return problem(c, 400, 'invalid-query', 'Invalid query', undefined, page.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })));
    const [items, total] = await Promise.all([AccountRepository.list(store.db, page.data), AccountRepository.count(store.db)]);
    return c.json({
      items: items.map((a) => ({ externalId: a.externalId, ...a.record, knownAt: a.knownAt, updatedAt: a.updatedAt })),
      total,
      limit: page.data.limit,
      offset: page.data.offset,
    });
  });

  app.get('/api/v1/accounts/:externalId', async (c) => {
    const q = AsOfQuery.safeParse(c.req.query());
    if (!q.success) return problem(c, 400, 'invalid-query', 'Invalid query', 'asOf must be an ISO 8601 timestamp', [{ field: 'asOf', message: q.error.issues[0]?.message }]);
    const asOf = q.data.asOf ? new Date(q.data.asOf).toISOString() : '9999-12-31T23:59:59.999Z';
    const account = await AccountRepository.asOf(store.db, c.req.param('externalId'), asOf);
    if (!account) return problem(c, 404, 'account-not-found', 'Account not found', `No account "${c.req.param('externalId')}"${q.data.asOf ? ` was known at ${q.data.asOf}` : ''}`);
    return c.json(account);
  });

  app.get('/api/v1/imports', async (c) => {
    const rows = await ImportRepository.list(store.db, 100);
    return c.json({
      items: rows.map((r) => ({ id: r.id, sourceFile: r.source_file, checksum: r.checksum, kind: r.kind, format: r.format, status: r.status, startedAt: r.started_at, finishedAt: r.finished_at, knownAt: r.known_at, rowsRead: r.rows_read, inserted: r.inserted, updated: r.updated, unchanged: r.unchanged, quarantined: r.quarantined })),
    });
  });

  app.get('/api/v1/imports/:id/quarantine', async (c) => {
    const id = Number(c.req.param('id'));
    if (!Number.isInteger(id)) return problem(c, 400, 'invalid-id', 'Invalid import id');
    const rows = await ImportRepository.quarantine(store.db, { importId: id });
    return c.json({ items: rows.map((r) => ({ file: r.source_file, line: r.line, column: r.column_name, code: r.code, message: r.message, raw: r.raw })) });
  });

  return app;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch] ?? ch);
}
