import { addMonths, DAY_MS, HOUR_MS, isoDate, isoTimestamp } from './calendar.js';
import { type DemoAccount, healthAt, termAt } from './demo-account.js';
import { clamp, type Random } from './random.js';
import { money, type RowSink } from './row-sink.js';
import { BILLING_MONTHS, SEGMENTS } from './segments.js';

/** Past this many days overdue an invoice is written off. */
const WRITE_OFF_DAYS = 120;
const FAILURE_REASONS = ['card_declined', 'insufficient_funds', 'expired_card', 'bank_rejected'] as const;

/**
 * Invoices per billing period and the payment attempts against them. Health at issue time
 * sets the odds of paying on time, how late a late payment is, and failed attempts.
 * An invoice gets a row when issued (status open) and another when paid or written off.
 */
export function emitBillingRows(account: DemoAccount, rng: Random, sink: RowSink): void {
  const { profile, timeline } = account;
  const spec = SEGMENTS[profile.segment];
  const step = BILLING_MONTHS[spec.billing];
  let seq = 0;
  for (let k = 0; ; k++) {
    const issueDay = addMonths(profile.signedMs, k * step);
    if (issueDay >= account.activeUntilMs || issueDay > timeline.asOfMs) break;
    if (issueDay < timeline.startMs) continue;
    const issuedAt = issueDay + 6 * HOUR_MS;
    if (issuedAt > timeline.asOfMs) break;
    seq++;
    const id = `INV-${profile.number}-${String(seq).padStart(3, '0')}`;
    const dueDay = issueDay + spec.paymentTermsDays * DAY_MS;
    const amount = (termAt(account, issueDay).arr * step) / 12;
    const h = healthAt(account, issueDay);
    const invoice = {
      external_id: id,
      account_external_id: profile.externalId,
      number: `${isoDate(issueDay).slice(0, 4)}-${profile.number}-${seq}`,
      issued_date: isoDate(issueDay),
      due_date: isoDate(dueDay),
      amount: money(amount),
    };
    sink.emit('invoices', { ...invoice, amount_paid: undefined, currency: profile.currency, status: 'open', paid_at: undefined, known_at: isoTimestamp(issuedAt) });

    const onTime = rng.chance(clamp(0.3 + 0.7 * h, 0, 0.97));
    const daysLate = onTime ? 0 : 1 + rng.exponential(3 + 45 * (1 - h));
    const settleDay = onTime ? issueDay + rng.int(1, spec.paymentTermsDays) * DAY_MS : dueDay + Math.floor(daysLate) * DAY_MS;
    const settledAt = settleDay + rng.int(9, 17) * HOUR_MS + rng.int(0, 59) * 60_000;
    const failures = rng.chance(clamp(0.02 + 0.3 * (1 - h) ** 1.5, 0, 0.5)) ? rng.int(1, 3) : 0;
    const writtenOff = daysLate > WRITE_OFF_DAYS;

    let attempt = 0;
    const pay = (at: number, status: 'succeeded' | 'failed'): void => {
      attempt++;
      if (at > timeline.asOfMs) return;
      sink.emit('payments', {
        external_id: `PAY-${profile.number}-${String(seq).padStart(3, '0')}-${attempt}`,
        account_external_id: profile.externalId,
        invoice_external_id: id,
        attempted_at: isoTimestamp(at),
        amount: invoice.amount,
        currency: profile.currency,
        status,
        failure_reason: status === 'failed' ? rng.pick(FAILURE_REASONS) : undefined,
        known_at: isoTimestamp(at),
      });
    };
    for (let f = failures; f > 0; f--) pay(Math.max(issuedAt + HOUR_MS, settledAt - f * 3 * DAY_MS), 'failed');

    if (writtenOff) {
      const at = dueDay + WRITE_OFF_DAYS * DAY_MS + 8 * HOUR_MS;
      if (at <= timeline.asOfMs) sink.emit('invoices', { ...invoice, amount_paid: money(0), currency: profile.currency, status: 'uncollectible', paid_at: undefined, known_at: isoTimestamp(at) });
      continue;
    }
    pay(settledAt, 'succeeded');
    if (settledAt <= timeline.asOfMs) {
      sink.emit('invoices', { ...invoice, amount_paid: invoice.amount, currency: profile.currency, status: 'paid', paid_at: isoTimestamp(settledAt), known_at: isoTimestamp(settledAt) });
    }
  }
}
