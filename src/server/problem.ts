import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** An RFC 9457 problem document. */
export function problem(c: Context, status: ContentfulStatusCode, type: string, title: string, detail?: string, errors?: unknown[]) {
  return c.body(JSON.stringify({ type: `https://bellwether.dev/problems/${type}`, title, status, ...(detail ? { detail } : {}), ...(errors ? { errors } : {}) }), status, {
    'content-type': 'application/problem+json',
  });
}
