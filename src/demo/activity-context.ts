import { isoTimestamp } from './calendar.js';
import { type DemoAccount, ownerAt } from './demo-account.js';
import type { Random } from './random.js';
import type { Row, RowSink } from './row-sink.js';
import type { StaffMember } from './staff.js';

export interface Participant {
  readonly email: string;
  readonly name: string;
  readonly role: 'from' | 'to' | 'cc' | 'organizer' | 'attendee';
  readonly responseStatus?: 'accepted' | 'declined' | 'tentative' | 'needs_action';
}

export interface ActivityFields {
  readonly type: 'email' | 'meeting' | 'call';
  readonly direction: 'inbound' | 'outbound';
  readonly occurredAt: number;
  readonly endedAt?: number;
  readonly status?: 'completed' | 'scheduled' | 'cancelled' | 'no_show';
  readonly threadId?: string;
  readonly inReplyTo?: string;
  readonly subject: string;
  readonly bodyText: string;
  readonly participants: readonly Participant[];
  readonly knownAt: number;
}

/** Shared state for one account's activities: ids, its owner at a moment, and the row sink. */
export class ActivityContext {
  private seq = 0;
  private threads = 0;
  /** Exports from mail tools often lack the CRM account id; participants' domains match those. */
  private readonly withAccountId: boolean;

  constructor(
    readonly account: DemoAccount,
    readonly rng: Random,
    private readonly sink: RowSink,
    private readonly staffByEmail: ReadonlyMap<string, StaffMember>,
  ) {
    this.withAccountId = rng.chance(0.7);
  }

  /** Whether something at `ms` happened while the account was a customer, on or before asOf. */
  isOpen(ms: number): boolean {
    return ms <= this.account.timeline.asOfMs && ms < this.account.activeUntilMs && ms >= this.account.activeFromMs;
  }

  rep(ms: number): StaffMember {
    const email = ownerAt(this.account, ms);
    const rep = this.staffByEmail.get(email);
    if (!rep) throw new Error(`owner ${email} is not a staff member`);
    return rep;
  }

  manager(rep: StaffMember): StaffMember | undefined {
    return rep.managerEmail === undefined ? undefined : this.staffByEmail.get(rep.managerEmail);
  }

  newThreadId(): string {
    this.threads++;
    return `THR-${this.account.profile.number}-${String(this.threads).padStart(4, '0')}`;
  }

  /** Writes one activity and returns its external id. */
  emit(a: ActivityFields): string {
    this.seq++;
    const id = `ACT-${this.account.profile.number}-${String(this.seq).padStart(5, '0')}`;
    const row: Row = {
      external_id: id,
      account_external_id: this.withAccountId ? this.account.profile.externalId : undefined,
      type: a.type,
      direction: a.direction,
      occurred_at: isoTimestamp(a.occurredAt),
      ended_at: a.endedAt === undefined ? undefined : isoTimestamp(a.endedAt),
      status: a.status ?? 'completed',
      thread_id: a.threadId,
      in_reply_to: a.inReplyTo,
      subject: a.subject,
      body_text: a.bodyText,
      participants: a.participants,
      known_at: isoTimestamp(a.knownAt),
    };
    this.sink.emit('activities', row);
    return id;
  }
}
