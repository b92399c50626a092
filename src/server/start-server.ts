import { serve, type ServerType } from '@hono/node-server';
import type { Logger } from 'pino';
import type { Store } from '../store/index.js';
import { createApp } from './create-app.js';

/** Serves the app; resolves once listening, with the port actually bound (0 picks a free one). */
export function startServer(store: Store, log: Logger, options: { port: number; hostname?: string }): Promise<{ server: ServerType; port: number }> {
  const app = createApp(store, log);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.hostname ?? '127.0.0.1' }, (info) => resolve({ server, port: info.port }));
    server.once('error', reject);
  });
}
