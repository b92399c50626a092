import { businessHoursIn, type Conversation, conversationOf } from '../communication/index.js';
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

/** A list of the index whose upcoming events `upcoming` reports: closed tickets count under `tickets`. */
export type SignalSource = 'invoices' | 'payments' | 'tickets' | 'usageDays' | 'activities' | 'feedback' | 'pulses' | 'contacts' | `surveys:${SurveyKind}` | `series:${string}`;

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
  private readonly events = new Map<string, number>();

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

  /**
   * The earliest instant after asOf at which a record of `source` already in the signals
   * starts to count or changes state: becomes known, dated (issued, opened, attempted,
   * responded, occurred, observed, created), paid, closed or expires. Infinity when none.
   * Windows moving past records are the metrics' business (`nextWindowEdge`).
   */
  upcoming(source: SignalSource): number {
    this.build(source);
    return this.events.get(source) ?? Infinity;
  }

  private build(source: SignalSource): void {
    if (source.startsWith('surveys:')) this.surveys(source.slice(8) as SurveyKind);
    else if (source.startsWith('series:')) this.series(source.slice(7));
    else if (source === 'invoices') this.invoices();
    else if (source === 'payments') this.payments();
    else if (source === 'tickets') this.tickets();
    else if (source === 'usageDays') this.usageDays();
    else if (source === 'activities') this.activities();
    else if (source === 'feedback') this.feedback();
    else if (source === 'pulses') this.pulses();
    else this.contacts();
  }

  /** Records an event of `key` at `ms` if it is after asOf (NaN never is). */
  private note(key: string, ms: number): void {
    if (ms > this.asOfMs && ms < (this.events.get(key) ?? Infinity)) this.events.set(key, ms);
  }

  private known<T extends { readonly knownAt: string }>(key: string, records: readonly T[]): T[] {
    const { asOfIso, asOfMs } = this;
    const out: T[] = [];
    for (const r of records) {
      if (knownBy(r.knownAt, asOfIso, asOfMs)) out.push(r);
      else this.note(key, timeMs(r.knownAt));
    }
    return out;
  }

  private timed<T extends { readonly knownAt: string }>(key: string, records: readonly T[], time: (r: T) => string): TimedList<Timed<T>> {
    return this.memo(key, () => {
      const rows = this.known(key, records).map((record) => ({ record, ms: timeMs(time(record)) }));
      const list = timedList(rows, (r) => r.ms, this.asOfMs);
      this.note(key, list.after);
      return list;
    });
  }

  /** Invoices issued by asOf, sorted by due date. */
  invoices(): TimedList<IndexedInvoice> {
    return this.memo('invoices', () => {
      const asOf = this.asOfMs;
      const rows: IndexedInvoice[] = [];
      for (const record of this.known('invoices', this.signals.invoices)) {
        const issued = timeMs(record.issuedDate);
        if (!(issued <= asOf)) {
          this.note('invoices', issued);
          continue;
        }
        const paid = record.paidAt === undefined ? NaN : timeMs(record.paidAt);
        this.note('invoices', paid);
        rows.push({ record, dueMs: timeMs(record.dueDate), paidMs: paid <= asOf ? paid : NaN });
      }
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
      const rows = this.known('tickets', this.signals.tickets).map((record) => {
        const closed = record.closedAt === undefined ? NaN : timeMs(record.closedAt);
        this.note('tickets', closed);
        return { record, openedMs: timeMs(record.openedAt), closedMs: closed <= asOf ? closed : NaN };
      });
      const list = timedList(rows, (r) => r.openedMs, asOf);
      this.note('tickets', list.after);
      return list;
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
      const items = this.allSurveys().items.filter((r) => r.record.kind === kind);
      return timedList(items, (r) => r.ms, this.asOfMs);
    });
  }

  /** Survey responses of every kind; their upcoming events are kept per kind. */
  private allSurveys(): TimedList<Timed<Known<SurveyResponse>>> {
    return this.memo('surveys', () => {
      const { asOfIso, asOfMs } = this;
      const rows: Timed<Known<SurveyResponse>>[] = [];
      for (const record of this.signals.surveyResponses) {
        const key = `surveys:${record.kind}`;
        if (!knownBy(record.knownAt, asOfIso, asOfMs)) {
          this.note(key, timeMs(record.knownAt));
          continue;
        }
        const ms = timeMs(record.respondedAt);
        this.note(key, ms);
        rows.push({ record, ms });
      }
      return timedList(rows, (r) => r.ms, asOfMs);
    });
  }

  activities(): TimedList<Timed<Known<Activity>>> {
    return this.timed('activities', this.signals.activities, (r) => r.occurredAt);
  }

  /**
   * The account's email threads and who answered whom, as of asOf, in the business hours of its
   * `time_zone` attribute (UTC when absent or not an IANA name). Built once per index, so all
   * engagement metrics of a scoring call share one threading.
   */
  conversation(): Conversation<Known<Activity>> {
    return this.memo('conversation', () => {
      const rows = this.activities().items;
      const times = new Map<Known<Activity>, number>(rows.map((r) => [r.record, r.ms]));
      const zone = this.account.attributes['time_zone'];
      return conversationOf(
        rows.map((r) => r.record),
        this.asOfMs,
        { businessHours: businessHoursIn(typeof zone === 'string' ? zone.trim() : undefined), customerDomains: this.account.domains, timeOf: (r) => times.get(r) ?? timeMs(r.occurredAt) },
      );
    });
  }

  feedback(): TimedList<Timed<Known<Feedback>>> {
    return this.timed('feedback', this.signals.feedback, (r) => r.receivedAt);
  }

  /** One custom series by name, sorted by observation time. */
  series(name: string): TimedList<Timed<Known<MetricValue>>> {
    const key = `series:${name}`;
    return this.memo(key, () => {
      const rows = this.known(
        key,
        this.signals.metricValues.filter((r) => r.metric === name),
      ).map((record) => ({ record, ms: timeMs(record.observedAt) }));
      const list = timedList(rows, (r) => r.ms, this.asOfMs);
      this.note(key, list.after);
      return list;
    });
  }

  /** Pulses created by asOf, sorted by creation time. */
  pulses(): TimedList<Timed<Pulse>> {
    return this.memo('pulses', () => {
      const rows = this.signals.pulses.map((record) => {
        if (record.expiresAt !== undefined) this.note('pulses', timeMs(record.expiresAt));
        return { record, ms: timeMs(record.createdAt) };
      });
      const list = timedList(rows, (r) => r.ms, this.asOfMs);
      this.note('pulses', list.after);
      return list;
    });
  }

  contacts(): readonly Known<Contact>[] {
    return this.memo('contacts', () => this.known('contacts', this.signals.contacts));
  }
}
