export type AccessErrorCode =
  | 'invalid_email'
  | 'invalid_name'
  | 'invalid_role'
  | 'weak_password'
  | 'password_too_long'
  | 'password_required'
  | 'invalid_time'
  | 'expires_in_past'
  | 'email_taken'
  | 'unknown_user'
  | 'user_disabled'
  | 'last_admin'
  | 'invalid_credentials'
  | 'unknown_api_key'
  | 'already_revoked'
  | 'unknown_account'
  | 'invalid_bootstrap_token'
  | 'bootstrap_closed';

/** Codes that mean the request itself was malformed (a usage error), not that the store refused it. */
export const ACCESS_USAGE_CODES: ReadonlySet<AccessErrorCode> = new Set(['invalid_email', 'invalid_name', 'invalid_role', 'weak_password', 'password_too_long', 'password_required', 'invalid_time', 'expires_in_past']);

/**
 * A user, login, API key, share or bootstrap request that cannot be accepted. `message` is
 * for developers and logs; `userMessage` says what to do, one text per code. Neither ever
 * holds a password, token or key.
 */
export class AccessError extends Error {
  constructor(
    readonly code: AccessErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AccessError';
  }

  get userMessage(): string {
    switch (this.code) {
      case 'invalid_email':
        return 'The email must be an email address, e.g. ann@example.com.';
      case 'invalid_name':
        return 'The name must be 1 to 200 characters.';
      case 'invalid_role':
        return 'The role must be admin, manager, rep or viewer.';
      case 'weak_password':
        return 'The password must be at least 12 characters.';
      case 'password_too_long':
        return 'The password must be at most 1024 characters.';
      case 'password_required':
        return 'A password is required.';
      case 'invalid_time':
        return 'Times must be ISO 8601, e.g. 2027-01-31 or 2027-01-31T12:00:00Z.';
      case 'expires_in_past':
        return 'The expiry must be after now.';
      case 'email_taken':
        return 'A user with that email already exists.';
      case 'unknown_user':
        return 'There is no user with that email.';
      case 'user_disabled':
        return 'That user is disabled.';
      case 'last_admin':
        return 'That is the last enabled admin; make another user admin first.';
      case 'invalid_credentials':
        return 'The email or password is wrong.';
      case 'unknown_api_key':
        return 'There is no API key with that prefix.';
      case 'already_revoked':
        return 'That API key has already been revoked.';
      case 'unknown_account':
        return 'There is no account with that id; import it first, or check the external id.';
      case 'invalid_bootstrap_token':
        return 'The bootstrap token is wrong or has been replaced; use the one printed at the last start.';
      case 'bootstrap_closed':
        return 'An admin already exists; the bootstrap token is no longer accepted. Ask an admin to create your user.';
    }
  }
}
