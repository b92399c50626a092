import type { ApiApp, ApiDeps } from '../api-env.js';
import type { Authenticator } from '../middleware/authenticate.js';

/** A capability's routes, registered on the app with its OpenAPI entries. */
export type RouteGroup = (app: ApiApp, deps: ApiDeps, auth: Authenticator) => void;
