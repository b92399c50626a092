import type { ActivityContext } from './activity-context.js';
import { DAY_MS, HOUR_MS, WEEK_MS } from './calendar.js';
import { contactsAt, healthAt } from './demo-account.js';
import type { DemoMeeting, Invitee, PartStat } from './demo-meeting.js';
import { icsUtc } from './ics-format.js';
import { MEETING_AGENDAS } from './text-banks.js';
import { utcFromLocal } from './time-zones.js';

/** Share of Enterprise accounts whose check-ins are one standing monthly meeting instead of ad-hoc ones. */
export const SERIES_SHARE = 0.4;
/** A series needs this many held occurrences to carry a cancelled one and a moved one. */
const MIN_PAST = 6;
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

/** The `n`th `weekday` (0 = Sunday) of a month, at midnight, as a wall-clock time. */
function nthWeekday(year: number, month: number, n: number, weekday: number): number {
  const first = Date.UTC(year, month, 1);
  return first + (((weekday - new Date(first).getUTCDay() + 7) % 7) + (n - 1) * 7) * DAY_MS;
}

/**
 * A monthly check-in on the rep's calendar ("second Tuesday, 10:00" in the rep's zone, so it
 * moves in UTC with summer time), with one instance cancelled (EXDATE) and one moved
 * (an overriding VEVENT with RECURRENCE-ID). A churned account's series ends at its churn
 * (UNTIL); a live one has no end. Returns false, writing nothing, when the account's
 * history is too short for a series.
 */
export function emitCheckInSeries(ctx: ActivityContext): boolean {
  const { rng, account } = ctx;
  const { asOfMs } = account.timeline;
  const begin = new Date(account.activeFromMs + rng.int(2, 10) * WEEK_MS);
  const n = rng.int(1, 4);
  const weekday = rng.int(1, 5);
  const minutes = rng.int(9, 16) * 60 + rng.pick([0, 30]);
  const rep = ctx.rep(begin.getTime());
  const zone = rep.timeZone;
  const occurrence = (k: number): number => utcFromLocal(zone, nthWeekday(begin.getUTCFullYear(), begin.getUTCMonth() + k, n, weekday) + minutes * 60_000);

  const firstIndex = occurrence(0) >= begin.getTime() ? 0 : 1;
  const createdAt = occurrence(firstIndex) - rng.int(5, 12) * DAY_MS;
  if (!ctx.isOpen(createdAt)) return false;
  const past: number[] = [];
  for (let k = firstIndex; occurrence(k) <= asOfMs && occurrence(k) < account.activeUntilMs; k++) past.push(occurrence(k));
  if (past.length < MIN_PAST) return false;

  const churned = account.activeUntilMs < asOfMs;
  const excluded = rng.int(1, past.length - 2);
  const moved = rng.int(1, past.length - 3);
  const movedIndex = moved >= excluded ? moved + 1 : moved;
  const exdate = past[excluded] ?? 0;
  const original = past[movedIndex] ?? 0;
  const cancelledAt = exdate - rng.int(1, 3) * DAY_MS;

  const people = contactsAt(account, createdAt);
  const invited = [people[0], ...rng.shuffle(people.slice(1)).slice(0, rng.int(0, 1))].filter((p) => p !== undefined);
  const h = healthAt(account, createdAt);
  const attendees: Invitee[] = [
    { name: rep.name, email: rep.email, role: 'CHAIR', partstat: 'ACCEPTED' },
    ...invited.map((p): Invitee => ({ name: p.name, email: p.email, role: 'REQ-PARTICIPANT', partstat: rng.weighted<PartStat>([['ACCEPTED', 0.5 + 0.4 * h], ['TENTATIVE', 0.15], ['NEEDS-ACTION', 0.05]]) })),
  ];
  const rule = `FREQ=MONTHLY;BYDAY=${n}${WEEKDAYS[weekday] ?? 'MO'}${churned ? `;UNTIL=${icsUtc(past[past.length - 1] ?? 0)}` : ''}`;
  const master: DemoMeeting = {
    externalId: ctx.nextId(),
    createdAt,
    // The file is as of its last change: the cancelled instance, or the end set at the churn.
    stampAt: churned ? Math.max(cancelledAt, account.activeUntilMs) : cancelledAt,
    start: past[0] ?? 0,
    end: (past[0] ?? 0) + 30 * 60_000,
    zone,
    status: 'CONFIRMED',
    sequence: churned ? 2 : 1,
    subject: `Monthly check-in: ${account.profile.name}`,
    description: `${rng.pick(MEETING_AGENDAS)}\nStanding meeting, every month.`,
    organizer: { name: rep.name, email: rep.email },
    attendees,
    recurrence: { rule, exdates: [exdate] },
  };
  const shift = rng.chance(0.5) ? 2 * HOUR_MS : (weekday === 5 ? -1 : 1) * DAY_MS;
  ctx.writeMeeting(master);
  ctx.writeMeeting({ ...master, recurrence: undefined, recurrenceId: original, start: original + shift, end: original + shift + 30 * 60_000, stampAt: original - rng.int(1, 4) * DAY_MS, sequence: 1 });
  return true;
}
