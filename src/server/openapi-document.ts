import type { ApiApp } from './api-env.js';
import { OPENAPI_INFO } from './openapi-info.js';

/** The OpenAPI 3.1 document of an app, as /api/openapi.json serves it (without the per-request server URL). */
export function openApiDocument(app: ApiApp): ReturnType<ApiApp['getOpenAPI31Document']> {
  return app.getOpenAPI31Document(OPENAPI_INFO);
}
