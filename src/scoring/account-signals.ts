import type { Account, Activity, Contact, Feedback, Invoice, MetricValue, Override, Payment, Pulse, SurveyResponse, Ticket, UsageDay } from '../domain/index.js';
import type { AccountScore } from './engine/account-score.js';

/** A stored fact: its domain fields plus when Bellwether learned it. */
export type Known<T> = Omit<T, 'knownAt'> & { readonly knownAt: string };

/** The scored account: its domain fields plus our integer id. */
export type SignalAccount = Omit<Account, 'knownAt'> & { readonly id: number; readonly knownAt?: string };

/**
 * Everything known about one account as of a moment: what the store loads for
 * `scoreAccount`. Records should be the versions known at asOf; the engine still ignores
 * any record known, or dated, after asOf, so a careless loader cannot leak the future.
 */
export interface AccountSignals {
  readonly account: SignalAccount;
  readonly contacts: readonly Known<Contact>[];
  readonly invoices: readonly Known<Invoice>[];
  readonly payments: readonly Known<Payment>[];
  readonly tickets: readonly Known<Ticket>[];
  readonly usageDays: readonly Known<UsageDay>[];
  readonly surveyResponses: readonly Known<SurveyResponse>[];
  readonly feedback: readonly Known<Feedback>[];
  readonly activities: readonly Known<Activity>[];
  /** Custom numeric series (any MetricValue the user imports), all names together. */
  readonly metricValues: readonly Known<MetricValue>[];
  readonly pulses: readonly Pulse[];
  readonly overrides: readonly Override[];
  /** The scores of child accounts (same model, same asOf), to roll up into this one. */
  readonly children?: readonly AccountScore[];
}

/** Signals with nothing in them: a starting point for tests and for accounts with no records. */
export function emptySignals(account: SignalAccount): AccountSignals {
  return { account, contacts: [], invoices: [], payments: [], tickets: [], usageDays: [], surveyResponses: [], feedback: [], activities: [], metricValues: [], pulses: [], overrides: [] };
}
