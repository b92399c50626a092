import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * Every kind of problem the API reports, with its status and title: the `type` URI is
 * stable, so clients branch on it rather than on the human text. A type without an entry
 * here will not compile.
 */
export const PROBLEM_TYPES = {
  'invalid-request': { status: 400, title: 'Invalid request' },
  'invalid-cursor': { status: 400, title: 'Invalid cursor' },
  'invalid-model': { status: 400, title: 'Invalid model' },
  'invalid-human-input': { status: 400, title: 'Invalid override or pulse' },
  'invalid-assignment': { status: 400, title: 'Invalid address assignment' },
  'invalid-settings': { status: 400, title: 'Invalid settings' },
  'invalid-records': { status: 422, title: 'No record could be imported' },
  unauthenticated: { status: 401, title: 'Authentication required' },
  'invalid-credentials': { status: 401, title: 'Invalid credentials' },
  forbidden: { status: 403, title: 'Forbidden' },
  'not-found': { status: 404, title: 'Not found' },
  'account-not-found': { status: 404, title: 'Account not found' },
  conflict: { status: 409, title: 'Conflict' },
  'payload-too-large': { status: 413, title: 'Payload too large' },
  'unsupported-media-type': { status: 415, title: 'Unsupported media type' },
  'rate-limited': { status: 429, title: 'Too many requests' },
  internal: { status: 500, title: 'Internal error' },
  unavailable: { status: 503, title: 'Service unavailable' },
} as const satisfies Record<string, { status: ContentfulStatusCode; title: string }>;

export type ProblemType = keyof typeof PROBLEM_TYPES;

/** A field-level detail of a 400: which input, where, and what is wrong with it. */
export interface FieldError {
  readonly field: string;
  readonly in?: 'query' | 'path' | 'body' | 'header' | 'form';
  readonly code?: string;
  /** The line of an uploaded file (a model's YAML, a record of a push) the error is on. */
  readonly line?: number;
  readonly message: string;
}

export const PROBLEM_BASE = 'https://bellwether.dev/problems/';

/** A known failure of a request, thrown anywhere in a handler and rendered as RFC 9457 problem JSON. */
export class ApiProblem extends Error {
  constructor(
    readonly type: ProblemType,
    readonly detail: string,
    readonly errors?: readonly FieldError[],
    readonly headers?: Readonly<Record<string, string>>,
  ) {
    super(detail);
  }
}

export function problemBody(type: ProblemType, detail?: string, errors?: readonly FieldError[]) {
  const { status, title } = PROBLEM_TYPES[type];
  return { type: `${PROBLEM_BASE}${type}`, title, status, ...(detail ? { detail } : {}), ...(errors && errors.length > 0 ? { errors } : {}) };
}

/** An RFC 9457 `application/problem+json` response. */
export function problem(c: Context, type: ProblemType, detail?: string, errors?: readonly FieldError[], headers: Readonly<Record<string, string>> = {}) {
  return c.body(JSON.stringify(problemBody(type, detail, errors)), PROBLEM_TYPES[type].status, { ...headers, 'content-type': 'application/problem+json' });
}
