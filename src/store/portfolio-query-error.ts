export type PortfolioQueryErrorCode = 'invalid_cursor' | 'cursor_mismatch' | 'invalid_limit';

/**
 * A portfolio query that cannot run as given: a client error (HTTP 400), not a failure of
 * the store. `message` is for developers and logs; `userMessage` says what to do.
 */
export class PortfolioQueryError extends Error {
  constructor(
    readonly code: PortfolioQueryErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'PortfolioQueryError';
  }

  get userMessage(): string {
    switch (this.code) {
      case 'invalid_cursor':
        return 'The cursor is not one this API gave out; start again from the first page.';
      case 'cursor_mismatch':
        return 'The cursor belongs to a list sorted another way; start again from the first page of this sort.';
      case 'invalid_limit':
        return 'The page size must be a whole number from 1 to 200.';
    }
  }
}
