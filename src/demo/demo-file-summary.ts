import type { EntityKind } from '../domain/index.js';
import type { CalendarDirtyKind, DirtyKind, MailDirtyKind, MailLegacyKind, MailUnmatchedKind } from './dirty-kinds.js';

interface SummaryBase {
  readonly path: string;
  /** What the records become on import; the mail and calendar files hold activities too. */
  readonly kind: EntityKind;
  /** Records written, dirty ones included: data rows (header excluded), messages, or VEVENTs (overridden instances included). */
  readonly rows: number;
  readonly dirtyRows: number;
}

export interface RowFileSummary extends SummaryBase {
  readonly format: 'csv' | 'ndjson';
  readonly dirtyByKind: Readonly<Record<DirtyKind, number>>;
}

export interface MailFileSummary extends SummaryBase {
  readonly format: 'mbox';
  readonly dirtyByKind: Readonly<Record<MailDirtyKind, number>>;
  /** Valid messages in older forms, not counted as dirty. */
  readonly legacyByKind: Readonly<Record<MailLegacyKind, number>>;
  /** Valid messages from a customer address that matches no account, not counted as dirty: the review list's. */
  readonly unmatchedByKind: Readonly<Record<MailUnmatchedKind, number>>;
}

export interface CalendarFileSummary extends SummaryBase {
  readonly format: 'ics';
  readonly dirtyByKind: Readonly<Record<CalendarDirtyKind, number>>;
  /** Recurring series (each one VEVENT with an RRULE, plus its overridden instance). */
  readonly series: number;
}

export type DemoFileSummary = RowFileSummary | MailFileSummary | CalendarFileSummary;

/** What generateDemo holds for each file it writes. */
export interface DemoOutputFile {
  ready(): Promise<void>;
  close(): Promise<void>;
  summary(): DemoFileSummary;
}
