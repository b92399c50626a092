import type { LifecycleStage } from '../domain/index.js';
import { DAY_MS, isoDate, isoTimestamp } from './calendar.js';
import { type DemoAccount, ownerAt, termAt } from './demo-account.js';
import { money, type RowSink } from './row-sink.js';

/** Custom attribute columns written after the canonical account columns. */
export const ACCOUNT_ATTRIBUTE_COLUMNS = ['attr_region', 'attr_plan', 'attr_time_zone'] as const;

const ONBOARDING_DAYS = 90;

/**
 * One row per account version: the first state, then a new row (later `known_at`) each time
 * the stage, owner or contract changes. Each row carries the whole state, as a CRM export would.
 */
export function emitAccountRows(account: DemoAccount, sink: RowSink): void {
  const { profile, timeline, history } = account;
  const changes = new Set<number>([account.activeFromMs]);
  const onboarded = profile.signedMs >= timeline.startMs ? profile.signedMs + ONBOARDING_DAYS * DAY_MS : undefined;
  if (onboarded !== undefined && onboarded < account.activeUntilMs) changes.add(onboarded);
  if (profile.ownerChange && profile.ownerChange.atMs < account.activeUntilMs) changes.add(profile.ownerChange.atMs);
  for (const r of history.renewals) changes.add(r.dateMs);

  let first = true;
  for (const at of [...changes].sort((a, b) => a - b)) {
    if (at > timeline.asOfMs) continue;
    const churned = history.churnMs !== undefined && at >= history.churnMs;
    const stage: LifecycleStage = churned ? 'churned' : onboarded !== undefined && at < onboarded ? 'onboarding' : 'active';
    const term = termAt(account, at);
    sink.emit(
      'accounts',
      {
        external_id: profile.externalId,
        name: profile.name,
        domains: profile.domains,
        industry: profile.industry,
        segment: profile.segment,
        tier: profile.tier,
        lifecycle_stage: stage,
        owner_email: ownerAt(account, at),
        arr: money(churned ? 0 : term.arr),
        currency: profile.currency,
        renewal_date: isoDate(churned ? at : term.renewalDateMs),
        seats: term.seats,
        parent_external_id: profile.parentExternalId,
        known_at: isoTimestamp(at),
        attr_region: profile.region,
        attr_plan: profile.plan,
        attr_time_zone: profile.timeZone.id,
      },
      { keepClean: first },
    );
    first = false;
  }
}
