import { isoTimestamp } from './calendar.js';
import { type DemoAccount, ownerAt } from './demo-account.js';
import type { DemoEmail, Mailbox } from './demo-email.js';
import type { DemoMeeting, Invitee, PartStat } from './demo-meeting.js';
import type { Random } from './random.js';
import type { Row, RowSink } from './row-sink.js';
import type { StaffMember } from './staff.js';
import type { TimeZone } from './time-zones.js';

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
  /** Meetings: when the invitation went out. */
  readonly invitedAt?: number;
  readonly knownAt: number;
}

/** Where activities go: emails to the mailbox, meetings to the calendar, calls to activity rows. */
export interface ActivityOutputs {
  readonly rows: RowSink;
  readonly mail: { write(email: DemoEmail): void };
  readonly calendar: { write(meeting: DemoMeeting): void };
}

const PARTSTAT: Readonly<Record<NonNullable<Participant['responseStatus']>, PartStat>> = { accepted: 'ACCEPTED', declined: 'DECLINED', tentative: 'TENTATIVE', needs_action: 'NEEDS-ACTION' };

/** Shared state for one account's activities: ids, its owner at a moment, threads, and the outputs. */
export class ActivityContext {
  private seq = 0;
  private threads = 0;
  /** Each message's References (external ids, oldest first); one account's threads only. */
  private readonly references = new Map<string, readonly string[]>();
  /** Exports from mail tools often lack the CRM account id; participants' domains match those. */
  private readonly withAccountId: boolean;

  constructor(
    readonly account: DemoAccount,
    readonly rng: Random,
    private readonly out: ActivityOutputs,
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

  /** Our people write from their office's zone, the customer's from the account's. */
  zoneOf(email: string): TimeZone {
    return this.staffByEmail.get(email)?.timeZone ?? this.account.profile.timeZone;
  }

  newThreadId(): string {
    this.threads++;
    return `THR-${this.account.profile.number}-${String(this.threads).padStart(4, '0')}`;
  }

  nextId(): string {
    this.seq++;
    return `ACT-${this.account.profile.number}-${String(this.seq).padStart(5, '0')}`;
  }

  /** Writes one activity where its type belongs and returns its external id. */
  emit(a: ActivityFields): string {
    const id = this.nextId();
    if (a.type === 'email') this.out.mail.write(this.email(id, a));
    else if (a.type === 'meeting') this.out.calendar.write(this.meeting(id, a));
    else this.out.rows.emit('activities', this.row(id, a));
    return id;
  }

  /** Writes a meeting built elsewhere (a recurring series and its instances). */
  writeMeeting(m: DemoMeeting): void {
    this.out.calendar.write(m);
  }

  private email(id: string, a: ActivityFields): DemoEmail {
    const box = (p: Participant): Mailbox => ({ name: p.name, email: p.email });
    const from = a.participants.find((p) => p.role === 'from');
    if (!from) throw new Error(`email ${id} has no sender`);
    const references = a.inReplyTo === undefined ? [] : [...(this.references.get(a.inReplyTo) ?? []), a.inReplyTo];
    this.references.set(id, references);
    return {
      externalId: id,
      sentAt: a.occurredAt,
      zone: this.zoneOf(from.email),
      from: box(from),
      to: a.participants.filter((p) => p.role === 'to').map(box),
      cc: a.participants.filter((p) => p.role === 'cc').map(box),
      subject: a.subject,
      bodyText: a.bodyText,
      references,
    };
  }

  private meeting(id: string, a: ActivityFields): DemoMeeting {
    const organizer = a.participants.find((p) => p.role === 'organizer');
    if (!organizer) throw new Error(`meeting ${id} has no organizer`);
    const attendees = a.participants.map((p): Invitee => {
      // iCalendar has no "did not show up": the customers of a no-show never answered.
      const noShow = a.status === 'no_show' && !this.staffByEmail.has(p.email);
      const partstat = noShow ? 'NEEDS-ACTION' : PARTSTAT[p.responseStatus ?? 'needs_action'];
      return { name: p.name, email: p.email, role: p.role === 'organizer' ? 'CHAIR' : 'REQ-PARTICIPANT', partstat };
    });
    const cancelled = a.status === 'cancelled';
    return {
      externalId: id,
      createdAt: a.invitedAt ?? a.knownAt,
      stampAt: a.knownAt,
      start: a.occurredAt,
      end: a.endedAt ?? a.occurredAt,
      zone: this.zoneOf(organizer.email),
      status: cancelled ? 'CANCELLED' : 'CONFIRMED',
      sequence: cancelled ? 1 : 0,
      subject: a.subject,
      description: a.bodyText,
      organizer: { name: organizer.name, email: organizer.email },
      attendees,
    };
  }

  private row(id: string, a: ActivityFields): Row {
    return {
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
  }
}
