import createClient, { type ClientOptions } from 'openapi-fetch';
import type { paths } from './api-types.js';

export type { components, paths } from './api-types.js';

/**
 * A typed client of the Bellwether API: every path, parameter, body and response is typed
 * from the OpenAPI document, which the server builds from the same zod schemas that
 * validate requests. The dashboard uses it with the session cookie; scripts pass an API key.
 *
 * @example
 * const api = createApiClient({ baseUrl: 'http://localhost:3000', headers: { authorization: `Bearer ${key}` } });
 * const { data, error } = await api.GET('/api/v1/accounts', { params: { query: { band: ['at-risk'], limit: 50 } } });
 */
export function createApiClient(options: ClientOptions = {}) {
  return createClient<paths>(options);
}

export type ApiClient = ReturnType<typeof createApiClient>;
