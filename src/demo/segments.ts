export type Segment = 'SMB' | 'Mid-Market' | 'Enterprise';
export type BillingCycle = 'monthly' | 'quarterly' | 'annual';

export interface SegmentSpec {
  readonly share: number;
  /** ARR range at signing, drawn log-uniformly. */
  readonly arr: readonly [number, number];
  readonly pricePerSeat: number;
  readonly contacts: readonly [number, number];
  readonly billing: BillingCycle;
  readonly paymentTermsDays: number;
  /** Scales email, meeting and ticket volume. */
  readonly activity: number;
  readonly tiers: readonly string[];
  readonly plans: readonly string[];
}

export const SEGMENTS: Readonly<Record<Segment, SegmentSpec>> = {
  SMB: { share: 0.55, arr: [5_000, 30_000], pricePerSeat: 600, contacts: [2, 5], billing: 'monthly', paymentTermsDays: 14, activity: 0.7, tiers: ['standard'], plans: ['starter', 'growth'] },
  'Mid-Market': { share: 0.32, arr: [30_000, 150_000], pricePerSeat: 800, contacts: [3, 8], billing: 'quarterly', paymentTermsDays: 30, activity: 1, tiers: ['standard', 'premium'], plans: ['growth', 'scale'] },
  Enterprise: { share: 0.13, arr: [150_000, 1_200_000], pricePerSeat: 1_000, contacts: [5, 12], billing: 'annual', paymentTermsDays: 45, activity: 1.4, tiers: ['premium', 'strategic'], plans: ['scale', 'enterprise'] },
};

export const SEGMENT_NAMES = Object.keys(SEGMENTS) as Segment[];

export const BILLING_MONTHS: Readonly<Record<BillingCycle, number>> = { monthly: 1, quarterly: 3, annual: 12 };
