import { createApiClient, type components } from '../../../src/client/create-api-client.ts';

/** The dashboard's API client: same origin, the session cookie, nothing else. */
export const api = createApiClient({ baseUrl: window.location.origin, credentials: 'same-origin' });

export type Schemas = components['schemas'];

/** An RFC 9457 problem the API answered with. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly errors?: ReadonlyArray<{ field: string; message: string; line?: number }>;
}

/** The problem's text for people: its detail, else its title. */
export function problemText(error: unknown): string {
  const p = error as Partial<Problem> | undefined;
  return p?.detail ?? p?.title ?? 'Something went wrong; try again.';
}

/** Unwraps an openapi-fetch result: the data, or throws the problem (so a page's error boundary or catch shows it). */
export function dataOr<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || result.data === undefined) throw Object.assign(new Error(problemText(result.error)), { problem: result.error, status: result.response.status });
  return result.data;
}
