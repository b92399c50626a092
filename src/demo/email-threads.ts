import type { ActivityContext, Participant } from './activity-context.js';
import { DAY_MS, HOUR_MS, workMoment } from './calendar.js';
import { contactsAt } from './demo-account.js';
import { composeEmail, firstName, signature } from './email-body.js';
import { INBOUND_LINES, INBOUND_SUBJECTS, NUDGE_LINE, OUTBOUND_LINES, OUTBOUND_SUBJECTS, REP_REPLY_LINES, REPLY_LINES } from './email-text.js';
import { utcFromLocal } from './time-zones.js';
import { toneFor } from './tone.js';

const OUR_COMPANY = 'Bellwether';

function minutes(ms: number): number {
  return Math.round(ms / 60_000) * 60_000;
}

/**
 * The rep writes; a healthy customer replies more often and sooner. Unanswered mail gets a
 * nudge a week later, which is itself a signal.
 */
export function emitOutboundThread(ctx: ActivityContext, monday: number, h: number): void {
  const { rng, account } = ctx;
  const local = workMoment(monday, rng.int(0, 4), rng.int(8, 17), rng.int(0, 59));
  // Each side writes in its own working hours: the rep in the office's zone, the customer in the account's.
  const rep = ctx.rep(local);
  const sentAt = utcFromLocal(rep.timeZone, local);
  if (!ctx.isOpen(sentAt)) return;
  const people = contactsAt(account, sentAt);
  const to = rng.chance(0.5) ? (people[0] ?? rng.pick(people)) : rng.pick(people);
  const cc = people.length > 1 && rng.chance(0.3) ? rng.pick(people.filter((p) => p !== to)) : undefined;
  const threadId = ctx.newThreadId();
  const subject = rng.pick(OUTBOUND_SUBJECTS);
  const body = composeEmail(firstName(to.name), rng.pick(OUTBOUND_LINES), signature(rep.name, rep.title, OUR_COMPANY));
  const participants: Participant[] = [
    { email: rep.email, name: rep.name, role: 'from' },
    { email: to.email, name: to.name, role: 'to' },
    ...(cc ? [{ email: cc.email, name: cc.name, role: 'cc' as const }] : []),
  ];
  const first = ctx.emit({ type: 'email', direction: 'outbound', occurredAt: sentAt, threadId, subject, bodyText: body, participants, knownAt: sentAt });

  if (rng.chance(0.15 + 0.75 * h)) {
    const repliedAt = sentAt + minutes(HOUR_MS / 4 + rng.exponential((2 + 70 * (1 - h)) * HOUR_MS));
    if (!ctx.isOpen(repliedAt)) return;
    const line = rng.pick(REPLY_LINES[toneFor(h, rng)]);
    const reply = ctx.emit({
      type: 'email',
      direction: 'inbound',
      occurredAt: repliedAt,
      threadId,
      inReplyTo: first,
      subject: `Re: ${subject}`,
      bodyText: composeEmail(firstName(rep.name), line, signature(to.name, to.title, account.profile.name), { atMs: sentAt, fromName: rep.name, fromEmail: rep.email, text: body }),
      participants: [
        { email: to.email, name: to.name, role: 'from' },
        { email: rep.email, name: rep.name, role: 'to' },
      ],
      knownAt: repliedAt,
    });
    if (!rng.chance(0.4)) return;
    const followAt = repliedAt + minutes(rng.between(1, 20) * HOUR_MS);
    if (!ctx.isOpen(followAt)) return;
    ctx.emit({
      type: 'email',
      direction: 'outbound',
      occurredAt: followAt,
      threadId,
      inReplyTo: reply,
      subject: `Re: ${subject}`,
      bodyText: composeEmail(firstName(to.name), rng.pick(REP_REPLY_LINES), signature(rep.name, rep.title, OUR_COMPANY), { atMs: repliedAt, fromName: to.name, fromEmail: to.email, text: line }),
      participants: [
        { email: rep.email, name: rep.name, role: 'from' },
        { email: to.email, name: to.name, role: 'to' },
      ],
      knownAt: followAt,
    });
  } else if (rng.chance(0.6)) {
    const nudgeAt = sentAt + rng.int(5, 8) * DAY_MS;
    if (!ctx.isOpen(nudgeAt)) return;
    ctx.emit({
      type: 'email',
      direction: 'outbound',
      occurredAt: nudgeAt,
      threadId,
      inReplyTo: first,
      subject: `Re: ${subject}`,
      bodyText: composeEmail(firstName(to.name), NUDGE_LINE, signature(rep.name, rep.title, OUR_COMPANY), { atMs: sentAt, fromName: rep.name, fromEmail: rep.email, text: body }),
      participants: participants.slice(0, 2),
      knownAt: nudgeAt,
    });
  }
}

/** The customer writes first (a question, a thank-you, a complaint) and the rep answers. */
export function emitInboundThread(ctx: ActivityContext, monday: number, h: number): void {
  const { rng, account } = ctx;
  const sentAt = utcFromLocal(account.profile.timeZone, workMoment(monday, rng.int(0, 4), rng.int(8, 17), rng.int(0, 59)));
  if (!ctx.isOpen(sentAt)) return;
  const rep = ctx.rep(sentAt);
  const from = rng.pick(contactsAt(account, sentAt));
  const tone = toneFor(h, rng);
  const threadId = ctx.newThreadId();
  const subject = rng.pick(INBOUND_SUBJECTS[tone]);
  const line = rng.pick(INBOUND_LINES[tone]);
  const body = composeEmail(firstName(rep.name), line, signature(from.name, from.title, account.profile.name));
  const first = ctx.emit({
    type: 'email',
    direction: 'inbound',
    occurredAt: sentAt,
    threadId,
    subject,
    bodyText: body,
    participants: [
      { email: from.email, name: from.name, role: 'from' },
      { email: rep.email, name: rep.name, role: 'to' },
    ],
    knownAt: sentAt,
  });
  if (!rng.chance(0.9)) return;
  const answeredAt = sentAt + minutes(HOUR_MS / 6 + rng.exponential(4 * HOUR_MS));
  if (!ctx.isOpen(answeredAt)) return;
  ctx.emit({
    type: 'email',
    direction: 'outbound',
    occurredAt: answeredAt,
    threadId,
    inReplyTo: first,
    subject: `Re: ${subject}`,
    bodyText: composeEmail(firstName(from.name), rng.pick(REP_REPLY_LINES), signature(rep.name, rep.title, OUR_COMPANY), { atMs: sentAt, fromName: from.name, fromEmail: from.email, text: body }),
    participants: [
      { email: rep.email, name: rep.name, role: 'from' },
      { email: from.email, name: from.name, role: 'to' },
    ],
    knownAt: answeredAt,
  });
}
