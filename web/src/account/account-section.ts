import type { ComponentType } from 'react';
import type { Schemas } from '../api/api.ts';
import type { Principal } from '../auth/session.tsx';
import type { RecordRef } from './record-ref.ts';

export type AccountDetail = Schemas['AccountDetail'];
export type ScorecardScore = Schemas['ScorecardScore'];

/** What every section of the account page is given; a section fetches anything else itself. */
export interface AccountSectionProps {
  readonly detail: AccountDetail;
  /** The scorecard the reader picked in the score cards. */
  readonly scorecard: ScorecardScore;
  readonly principal: Principal;
  /** Grows after each override, pulse or expiry once the rescore shows: sections refetch on it. */
  readonly revision: number;
  /** A section that changed the account calls this; the page polls until the rescore shows. */
  onChanged(): Promise<void>;
  /** Opens the evidence panel on one record. */
  openRecord(ref: RecordRef): void;
}

/** One section of the account page, registered in ACCOUNT_SECTIONS. */
export interface AccountSection {
  /** The section's anchor (`#id`) and React key. */
  readonly id: string;
  /** Its heading (h2) and entry in the page's contents. */
  readonly title: string;
  readonly component: ComponentType<AccountSectionProps>;
  /** Spans both columns on wide screens. */
  readonly wide?: boolean;
  /** Shown only to whom this allows (the API would answer 403 to anyone else). */
  readonly allowed?: (p: Principal) => boolean;
}
