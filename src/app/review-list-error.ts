export type ReviewListErrorCode = 'invalid_address' | 'free_mail_domain' | 'internal_address' | 'unknown_account';

/** An assignment from the review list that cannot be made. `userMessage` says what to do. */
export class ReviewListError extends Error {
  constructor(
    readonly code: ReviewListErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ReviewListError';
  }

  get userMessage(): string {
    switch (this.code) {
      case 'invalid_address':
        return 'Give an email address (pat@example.com) or a domain (example.com).';
      case 'free_mail_domain':
        return 'A free-mail domain (gmail.com, outlook.com …) is shared by everyone; assign the person’s address instead.';
      case 'internal_address':
        return 'That address or domain is one of ours; only customer addresses are assigned to accounts.';
      case 'unknown_account':
        return 'There is no account with that id; import it first, or check the external id.';
    }
  }
}
