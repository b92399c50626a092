import { HTTPException } from 'hono/http-exception';
import { ACCESS_USAGE_CODES, AccessError, type AccessErrorCode, HumanInputError, type HumanInputErrorCode, ImportSettingsError, ReviewListError, type ReviewListErrorCode } from '../app/index.js';
import { formatModelIssue, ModelError } from '../scoring/index.js';
import { PortfolioQueryError } from '../store/index.js';
import { ApiProblem, type FieldError, type ProblemType } from './problem.js';

const ACCESS_PROBLEMS: Partial<Record<AccessErrorCode, ProblemType>> = {
  email_taken: 'conflict',
  last_admin: 'conflict',
  already_revoked: 'conflict',
  bootstrap_closed: 'conflict',
  unknown_user: 'not-found',
  unknown_api_key: 'not-found',
  unknown_account: 'not-found',
  invalid_credentials: 'invalid-credentials',
  invalid_bootstrap_token: 'invalid-credentials',
  user_disabled: 'invalid-credentials',
};

/** The request field each refusal of an override or pulse is about, and what kind of problem it is (400 unless named). */
const HUMAN_INPUT_FIELDS: Readonly<Record<HumanInputErrorCode, { field: string; in: FieldError['in']; type?: ProblemType }>> = {
  unknown_account: { field: 'externalId', in: 'path', type: 'account-not-found' },
  set_or_delta: { field: 'set', in: 'body' },
  invalid_value: { field: 'value', in: 'body' },
  reason_required: { field: 'reason', in: 'body' },
  note_required: { field: 'note', in: 'body' },
  invalid_rating: { field: 'rating', in: 'body' },
  invalid_author: { field: 'author', in: 'body' },
  invalid_scorecard: { field: 'scorecard', in: 'body' },
  invalid_time: { field: 'expiresAt', in: 'body' },
  expires_in_past: { field: 'expiresAt', in: 'body' },
  unknown_override: { field: 'id', in: 'path', type: 'not-found' },
  unknown_pulse: { field: 'id', in: 'path', type: 'not-found' },
  already_ended: { field: 'id', in: 'path', type: 'conflict' },
};

/** The body field each refusal of an address assignment is about. */
const ASSIGNMENT_FIELDS: Readonly<Record<ReviewListErrorCode, string>> = {
  invalid_address: 'address',
  free_mail_domain: 'address',
  internal_address: 'address',
  unknown_account: 'accountId',
};

/**
 * Known failures of the use cases as problems; anything else is a 500 whose detail stays
 * in the log. Driver errors never reach a client.
 */
export function errorToProblem(error: unknown): ApiProblem | undefined {
  if (error instanceof ApiProblem) return error;
  if (error instanceof ModelError) {
    return new ApiProblem(
      'invalid-model',
      error.message,
      error.issues.map((i) => ({ field: i.path || 'model', in: 'body' as const, code: i.code, ...(i.line !== null ? { line: i.line } : {}), message: formatModelIssue(i) })),
    );
  }
  if (error instanceof HumanInputError) {
    const { field, in: where, type = 'invalid-human-input' } = HUMAN_INPUT_FIELDS[error.code];
    return new ApiProblem(type, error.message, [{ field, in: where, code: error.code, message: error.message }]);
  }
  if (error instanceof ReviewListError) {
    const field = ASSIGNMENT_FIELDS[error.code];
    return new ApiProblem('invalid-assignment', `${field}: ${error.message}. ${error.userMessage}`, [{ field, in: 'body', code: error.code, message: error.userMessage }]);
  }
  if (error instanceof ImportSettingsError) {
    return new ApiProblem('invalid-settings', `${error.field}: ${error.message}`, [{ field: error.field, in: 'body', code: 'invalid_value', message: error.message }]);
  }
  if (error instanceof AccessError) {
    if (ACCESS_USAGE_CODES.has(error.code)) return new ApiProblem('invalid-request', error.userMessage, [{ field: accessField(error.code), in: 'body', code: error.code, message: error.userMessage }]);
    return new ApiProblem(ACCESS_PROBLEMS[error.code] ?? 'invalid-request', error.userMessage);
  }
  if (error instanceof PortfolioQueryError) {
    const field = error.code === 'invalid_limit' ? 'limit' : 'cursor';
    return new ApiProblem(field === 'cursor' ? 'invalid-cursor' : 'invalid-request', error.userMessage, [{ field, in: 'query', code: error.code, message: error.userMessage }]);
  }
  if (error instanceof HTTPException) {
    if (error.status === 413) return new ApiProblem('payload-too-large', error.message || 'The request body is larger than this endpoint accepts.');
    if (error.status === 401) return new ApiProblem('unauthenticated', error.message);
    if (error.status === 403) return new ApiProblem('forbidden', error.message);
    if (error.status === 400) return new ApiProblem('invalid-request', error.message || 'The request is not valid.');
    if (error.status === 415) return new ApiProblem('unsupported-media-type', error.message);
  }
  return undefined;
}

function accessField(code: AccessErrorCode): string {
  if (code === 'invalid_email') return 'email';
  if (code === 'invalid_name') return 'name';
  if (code === 'invalid_role') return 'role';
  if (code === 'invalid_time' || code === 'expires_in_past') return 'expiresAt';
  return 'password';
}
