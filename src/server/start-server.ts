import { serve, type ServerType } from '@hono/node-server';
import type { Logger } from 'pino';
import { activeModel, resolveApiKey, resolveSession, scoreAccounts, SYSTEM_ACTOR } from '../app/index.js';
import type { Store } from '../store/index.js';
import type { ApiApp, ApiDeps } from './api-env.js';
import { BackgroundWork } from './background-work.js';
import { createApp } from './create-app.js';
import type { Authenticator } from './middleware/authenticate.js';
import { DEFAULT_SERVER_CONFIG, type ServerConfig } from './server-config.js';

export interface StartServerOptions {
  readonly port: number;
  readonly hostname?: string;
  readonly config?: ServerConfig;
  /** The clock; tests pass a fixed one. */
  readonly now?: () => string;
}

export interface RunningServer {
  readonly server: ServerType;
  readonly port: number;
  readonly app: ApiApp;
  readonly deps: ApiDeps;
  /** Stops accepting requests and waits for background work (imports, rescoring) to finish. */
  close(): Promise<void>;
}

/** The use cases that turn a credential into a principal. */
export function storeAuthenticator(store: Store, now: () => string): Authenticator {
  return { byApiKey: (key) => resolveApiKey(store, key, now()), bySession: (token) => resolveSession(store, token, now()) };
}

/** The server's dependencies: background work whose rescore scores what changed, as of now, under the active model. */
export function apiDeps(store: Store, log: Logger, options: { config?: ServerConfig; now?: () => string } = {}): ApiDeps {
  const now = options.now ?? (() => new Date().toISOString());
  const background = new BackgroundWork({
    log,
    now,
    rescore: async () => {
      const at = now();
      const { model } = await activeModel(store, { now: at, actor: SYSTEM_ACTOR });
      const report = await scoreAccounts(store, model, { asOf: at, now: at });
      log.info({ scored: report.scored, kept: report.kept, total: report.total, model: report.modelVersion }, 'rescored after a change');
    },
  });
  return { store, log, now, config: options.config ?? DEFAULT_SERVER_CONFIG, background };
}

/** Serves the app; resolves once listening, with the port actually bound (0 picks a free one). */
export function startServer(store: Store, log: Logger, options: StartServerOptions): Promise<RunningServer> {
  const deps = apiDeps(store, log, options);
  const app = createApp(deps, storeAuthenticator(store, deps.now));
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.hostname ?? '127.0.0.1' }, (info) =>
      resolve({
        server,
        port: info.port,
        app,
        deps,
        close: async () => {
          await new Promise<void>((done) => server.close(() => done()));
          await deps.background.idle();
        },
      }),
    );
    server.once('error', reject);
  });
}
