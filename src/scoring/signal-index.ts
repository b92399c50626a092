import type { Activity, Contact, Feedback, Invoice, MetricValue, Payment, Pulse, SurveyKind, SurveyResponse, Ticket, UsageDay } from '../domain/index.js';
import type { AccountSignals, Known, SignalAccount } from './account-signals.js';
import { timedList, type TimedList } from './timed-list.js';
import { isoOf, knownBy, timeMs } from './time-ms.js';

export interface IndexedInvoice {
  readonly record: Known<Invoice>;
  readonly dueMs: number;
  /** When it was paid, NaN if not paid as of asOf. */
  readonly paidMs: number;
}

export interface IndexedTicket {
  readonly record: Known<Ticket>;
  readonly openedMs: number;
  /** When it closed, NaN if still open as of asOf. */
  readonly closedMs: number;
}

export interface Timed<T> {
  readonly record: T;
  readonly ms: number;
}

/**
 * One account's signals as of one moment, filtered and sorted once per scoring call so every
 * metric reads a window with a binary search instead of re-filtering arrays. Each kind is
 * built on first use: a model without activity metrics never parses activity timestamps.
 */
export class SignalIndex {
  readonly account: SignalAccount;
  readonly asOfMs: number;
  private readonly asOfIso: string;
  private readonly signals: AccountSignals;
  private readonly cache = new Map<string, unknown>();

  constructor(signals: AccountSignals, asOfMs: number) {
    this.signals = signals;
    this.account = signals.account;
    this.asOfMs = asOfMs;
    this.asOfIso = isoOf(asOfMs);
  }

  /** A value computed once per index: metrics share work through it (e.g. tickets by close time). */
  memo<T>(key: string, build: () => T): T {
    if (this.cache.has(key)) return this.cache.get(key) as T;
    const value = build();
    this.cache.set(key, value);
    return value;
  }

  private known<T extends { readonly knownAt: string }>(records: readonly T[]): T[] {
    const { asOfIso, asOfMs } = this;
    return records.filter((r) => knownBy(r.knownAt, asOfIso, asOfMs));
  }

  private timed<T extends { readonly knownAt: string }>(key: string, records: readonly T[], time: (r: T) => string): TimedList<Timed<T>> {
    return this.memo(key, () => {
      const rows = this.known(records).map((record) => ({ record, ms: timeMs(time(record)) }));
      return timedList(rows, (r) => r.ms, this.asOfMs);
    });
  }

  /** Invoices issued by asOf, sorted by due date. */
  invoices(): TimedList<IndexedInvoice> {
    return this.memo('invoices', () => {
      const asOf = this.asOfMs;
      const rows = this.known(this.signals.invoices)
        .filter((r) => timeMs(r.issuedDate) <= asOf)
        .map((record) => {
          const paid = record.paidAt === undefined ? NaN : timeMs(record.paidAt);
          return { record, dueMs: timeMs(record.dueDate), paidMs: paid <= asOf ? paid : NaN };
        });
      return timedList(rows, (r) => r.dueMs, Infinity);
    });
  }

  payments(): TimedList<Timed<Known<Payment>>> {
    return this.timed('payments', this.signals.payments, (r) => r.attemptedAt);
  }

  /** Tickets opened by asOf, sorted by opening time. */
  tickets(): TimedList<IndexedTicket> {
    return this.memo('tickets', () => {
      const asOf = this.asOfMs;
      const rows = this.known(this.signals.tickets).map((record) => {
        const closed = record.closedAt === undefined ? NaN : timeMs(record.closedAt);
        return { record, openedMs: timeMs(record.openedAt), closedMs: closed <= asOf ? closed : NaN };
      });
      return timedList(rows, (r) => r.openedMs, asOf);
    });
  }

  /** Tickets closed by asOf, sorted by closing time. */
  closedTickets(): TimedList<IndexedTicket> {
    return this.memo('closedTickets', () => timedList(this.tickets().items, (r) => r.closedMs, this.asOfMs));
  }

  usageDays(): TimedList<Timed<Known<UsageDay>>> {
    return this.timed('usageDays', this.signals.usageDays, (r) => r.date);
  }

  surveys(kind: SurveyKind): TimedList<Timed<Known<SurveyResponse>>> {
    return this.memo(`surveys:${kind}`, () => {
      const all = this.timed('surveys', this.signals.surveyResponses, (r) => r.respondedAt);
      const items = all.items.filter((r) => r.record.kind === kind);
      return timedList(items, (r) => r.ms, this.asOfMs);
    });
  }

  activities(): TimedList<Timed<Known<Activity>>> {
    return this.timed('activities', this.signals.activities, (r) => r.occurredAt);
  }

  feedback(): TimedList<Timed<Known<Feedback>>> {
    return this.timed('feedback', this.signals.feedback, (r) => r.receivedAt);
  }

  /** One custom series by name, sorted by observation time. */
  series(name: string): TimedList<Timed<Known<MetricValue>>> {
    return this.memo(`series:${name}`, () => {
      const rows = this.known(this.signals.metricValues)
        .filter((r) => r.metric === name)
        .map((record) => ({ record, ms: timeMs(record.observedAt) }));
      return timedList(rows, (r) => r.ms, this.asOfMs);
    });
  }

  /** Pulses created by asOf, sorted by creation time. */
  pulses(): TimedList<Timed<Pulse>> {
    return this.memo('pulses', () => timedList(this.signals.pulses.map((record) => ({ record, ms: timeMs(record.createdAt) })), (r) => r.ms, this.asOfMs));
  }

  contacts(): readonly Known<Contact>[] {
    return this.memo('contacts', () => this.known(this.signals.contacts));
  }
}
