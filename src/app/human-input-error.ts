export type HumanInputErrorCode =
  | 'unknown_account'
  | 'set_or_delta'
  | 'invalid_value'
  | 'reason_required'
  | 'note_required'
  | 'invalid_rating'
  | 'invalid_author'
  | 'invalid_scorecard'
  | 'invalid_time'
  | 'expires_in_past'
  | 'unknown_override'
  | 'unknown_pulse'
  | 'already_ended';

/** Codes that mean the request itself was malformed (a usage error), not that the store refused it. */
export const HUMAN_INPUT_USAGE_CODES: ReadonlySet<HumanInputErrorCode> = new Set(['set_or_delta', 'invalid_value', 'reason_required', 'note_required', 'invalid_rating', 'invalid_author', 'invalid_scorecard', 'invalid_time', 'expires_in_past']);

/**
 * An override, pulse or expiry that cannot be accepted. `message` is for developers and logs
 * (it names the value); `userMessage` says what to do, one text per code.
 */
export class HumanInputError extends Error {
  constructor(
    readonly code: HumanInputErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'HumanInputError';
  }

  get userMessage(): string {
    switch (this.code) {
      case 'unknown_account':
        return 'There is no account with that id; import it first, or check the external id.';
      case 'set_or_delta':
        return 'Give exactly one of --set (an absolute score) or --delta (a shift of the score).';
      case 'invalid_value':
        return 'An absolute override (--set) must be between 0 and 100, a delta between -100 and 100.';
      case 'reason_required':
        return 'A reason of at least 3 characters is required (--reason "…").';
      case 'note_required':
        return 'A pulse needs a note saying why (--note "…").';
      case 'invalid_rating':
        return 'The rating must be red, yellow or green.';
      case 'invalid_author':
        return 'The author must be an email address (--author, or BELLWETHER_USER).';
      case 'invalid_scorecard':
        return 'The scorecard must be a non-empty name, e.g. health.';
      case 'invalid_time':
        return 'Times must be ISO 8601, e.g. 2027-01-31 or 2027-01-31T12:00:00Z.';
      case 'expires_in_past':
        return 'The expiry must be after now.';
      case 'unknown_override':
        return 'There is no override with that id.';
      case 'unknown_pulse':
        return 'There is no pulse with that id.';
      case 'already_ended':
        return 'That has already expired or been revoked.';
    }
  }
}
