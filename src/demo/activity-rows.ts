import { ActivityContext, type ActivityOutputs } from './activity-context.js';
import { emitCall } from './calls.js';
import { activeWeeks, type DemoAccount } from './demo-account.js';
import { emitInboundThread, emitOutboundThread } from './email-threads.js';
import { emitCheckInSeries, SERIES_SHARE } from './meeting-series.js';
import { emitMeeting } from './meetings.js';
import type { Random } from './random.js';
import { SEGMENTS } from './segments.js';
import type { StaffMember } from './staff.js';

/** QBR cadence in weeks: quarterly, except half-yearly for SMB. */
const QBR_EVERY: Readonly<Record<string, number>> = { SMB: 26, 'Mid-Market': 13, Enterprise: 13 };

/**
 * Emails, meetings and calls week by week, to the mailbox, the calendar and activity rows.
 * Volumes scale with segment; whether the customer writes, answers and shows up follows
 * latent health. Some Enterprise accounts hold their check-ins as one monthly series.
 */
export function emitActivityRows(account: DemoAccount, rng: Random, outputs: ActivityOutputs, staffByEmail: ReadonlyMap<string, StaffMember>): void {
  const ctx = new ActivityContext(account, rng, outputs, staffByEmail);
  const activity = SEGMENTS[account.profile.segment].activity;
  const cadence = QBR_EVERY[account.profile.segment] ?? 13;
  const qbrOffset = rng.int(0, cadence - 1);
  const standing = account.profile.segment === 'Enterprise' && rng.chance(SERIES_SHARE) && emitCheckInSeries(ctx);
  for (const w of activeWeeks(account)) {
    const monday = account.timeline.weekStarts[w] ?? 0;
    const h = account.health[w] ?? 0.5;
    if (rng.chance(0.06 * activity)) emitOutboundThread(ctx, monday, h);
    if (rng.chance(activity * (0.01 + 0.04 * h))) emitInboundThread(ctx, monday, h);
    if (w % cadence === qbrOffset) emitMeeting(ctx, monday, h, 'qbr');
    else if (rng.chance(0.015 * activity) && !standing) emitMeeting(ctx, monday, h, 'check_in');
    if (rng.chance(activity * (0.01 + 0.03 * (1 - h)))) emitCall(ctx, monday, h);
  }
}
