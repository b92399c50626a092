export type DemoErrorCode = 'invalid_as_of' | 'invalid_size' | 'invalid_seed';

/** Bad demo options, with a message fit for a CLI user and the developer detail apart. */
export class DemoError extends Error {
  constructor(
    readonly code: DemoErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DemoError';
  }

  get userMessage(): string {
    switch (this.code) {
      case 'invalid_as_of':
        return 'The --as-of time must be an ISO 8601 timestamp, e.g. 2026-11-01T00:00:00Z.';
      case 'invalid_size':
        return 'The demo size must be S, M, L or a whole number of accounts (at least 1).';
      case 'invalid_seed':
        return 'The seed must be a whole number.';
    }
  }
}
