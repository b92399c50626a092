import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Logger } from 'pino';
import type { Principal } from '../app/index.js';
import type { Store } from '../store/index.js';
import type { BackgroundWork } from './background-work.js';
import type { ServerConfig } from './server-config.js';

/** What every route handler is given: the store, a logger, the clock, limits, and the server's background work. */
export interface ApiDeps {
  readonly store: Store;
  readonly log: Logger;
  /** The clock, read at this edge and passed to the use cases as a value. */
  readonly now: () => string;
  readonly config: ServerConfig;
  readonly background: BackgroundWork;
}

/** Per-request values set by middleware. */
export interface ApiEnv {
  Variables: {
    principal: Principal;
    /** What rate limits count by: an API key's prefix or the signed-in user. */
    rateKey: string;
    requestId: string;
  };
}

export type ApiApp = OpenAPIHono<ApiEnv>;
