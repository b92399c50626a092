import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import { compress } from 'hono/compress';
import type { ApiEnv } from './api-env.js';

/** Where the built dashboard is: dist/web beside dist/server when built, ../../dist/web when run from source. */
export function defaultWebDir(): string | undefined {
  for (const rel of ['../web/', '../../dist/web/']) {
    const dir = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(`${dir}index.html`)) return dir;
  }
  return undefined;
}

// The dashboard bundles everything it uses (fonts are the system's), so it needs nothing but this server.
const CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

/**
 * Serves the built dashboard at `/`: hashed assets with a long cache, and index.html for
 * every other page path, so the client-side router can take deep links (/accounts/ACC-1).
 */
export function mountWebApp(app: Hono<ApiEnv>, webDir: string): void {
  let index: string | undefined;
  // Gzip on the wire: the first page's scripts shrink about three times.
  app.use('/assets/*', compress());
  app.use('/assets/*', serveStatic({ root: webDir, onFound: (_path, c) => c.header('cache-control', 'public, max-age=31536000, immutable') }));
  app.get('*', async (c, next) => {
    const path = c.req.path;
    if (path.startsWith('/api/') || path === '/health' || path === '/ready' || path.startsWith('/assets/')) return next();
    index ??= await readFile(`${webDir}index.html`, 'utf8');
    return c.html(index, 200, { 'cache-control': 'no-cache', 'content-security-policy': CSP });
  });
}
