import type { ApiApp } from './api-env.js';

export const API_VERSION = '1.0.0';

/** The top of the OpenAPI document; paths and schemas come from the routes. */
export const OPENAPI_INFO: Parameters<ApiApp['getOpenAPI31Document']>[0] = {
  openapi: '3.1.0',
  info: {
    title: 'Bellwether API',
    version: API_VERSION,
    description:
      'Account health scores you can trust and act on. Authenticate with an API key (`Authorization: Bearer bw_…`, created with `bellwether api-key create`) or the dashboard session cookie. Errors are RFC 9457 problem documents. Lists use cursor pagination: pass `nextCursor` back as `cursor`.',
    license: { name: 'Apache-2.0', url: 'https://www.apache.org/licenses/LICENSE-2.0' },
  },
  security: [{ apiKey: [] }, { session: [] }],
  tags: [
    { name: 'accounts', description: 'The portfolio and each account: scores, drivers, evidence, history' },
    { name: 'human input', description: "Overrides and the rep's pulse, with reasons and expiry" },
    { name: 'models', description: 'The scoring model: show, validate, preview, activate' },
    { name: 'data', description: 'Imports (file uploads), pushed records and the data-quality report' },
    { name: 'audit', description: 'Who changed what, when' },
    { name: 'access', description: 'Sign-in, users, API keys and account sharing' },
    { name: 'system', description: 'Health and readiness' },
  ],
};

export function registerSecuritySchemes(app: ApiApp): void {
  app.openAPIRegistry.registerComponent('securitySchemes', 'apiKey', { type: 'http', scheme: 'bearer', description: 'An API key, bw_<prefix>_<secret>' });
  app.openAPIRegistry.registerComponent('securitySchemes', 'session', { type: 'apiKey', in: 'cookie', name: 'bw_session', description: 'The dashboard session, set by POST /api/v1/auth/login' });
}
