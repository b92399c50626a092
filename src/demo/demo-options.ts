import type { OutcomeKind } from '../domain/index.js';
import type { DemoFileSummary } from './demo-file-summary.js';

export type DemoSize = 'S' | 'M' | 'L';

/** Number of accounts per named size. */
export const DEMO_SIZES: Record<DemoSize, number> = { S: 200, M: 10_000, L: 100_000 };

export interface DemoOptions {
  /** A named size or a number of accounts. */
  size: DemoSize | number;
  /** Same size, seed and asOf give byte-identical files. Defaults to 1. */
  seed?: number;
  /** ISO timestamp that ends the 24-month history; passed in, never read from the clock. */
  asOf: string;
  outDir: string;
  /**
   * Receives each account's hidden truth (latent health, renewal draws) as it is generated:
   * for tests and for checking a scoring model against what really drove the data.
   */
  onAccount?: (truth: DemoAccountTruth) => void;
}

export interface DemoResult {
  /** One per row file in entity order, then the mailbox and the calendar. */
  files: DemoFileSummary[];
  accounts: number;
}

export interface DemoRenewalTruth {
  readonly date: string;
  readonly kind: OutcomeKind;
  /** Mean latent health over the 13 weeks before the renewal. */
  readonly recentHealth: number;
}

export interface DemoAccountTruth {
  readonly externalId: string;
  readonly segment: string;
  /** Latent health per week, aligned with `weekStarts`. */
  readonly weeklyHealth: readonly number[];
  /** Mondays (`YYYY-MM-DD`) of the weeks; the same array for every account. */
  readonly weekStarts: readonly string[];
  readonly renewals: readonly DemoRenewalTruth[];
  readonly churnedOn?: string;
  /** Whether a sharp decline was planted before one of its renewals. */
  readonly declining: boolean;
}
