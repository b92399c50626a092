/** Enough to end an override or pulse before its expiry: which, when, who and why. */
export interface Revocation {
  readonly id: number;
  readonly at: string;
  readonly by: string;
  readonly reason: string;
}
