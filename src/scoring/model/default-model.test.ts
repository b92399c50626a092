import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scorecardOf } from '../engine/account-score.js';
import { scoreAccount } from '../engine/score-account.js';
import type { Activity } from '../../domain/index.js';
import type { Known } from '../account-signals.js';
import { account, activity, invoice, payment, pulse, signals, survey, ticket, usage } from '../test-support/signals-fixture.js';
import { loadModel } from './load-model.js';

const text = readFileSync(new URL('../../../models/default.yaml', import.meta.url), 'utf8');
const ASOF = '2025-06-30T00:00:00.000Z';

const HOUR = 3_600_000;
const rep = { email: 'sam@us.com', name: 'Sam', side: 'internal' as const };
const contact = { email: 'dana@acme.com', name: 'Dana', side: 'customer' as const };

/**
 * Half a year of mail and meetings as the demo writes them: the rep writes every other week and
 * the customer answers a share 0.15 + 0.75 h of those after 2 + 70 (1 - h) hours; the customer
 * asks something monthly and the rep answers within two hours; monthly meetings they accept when healthy.
 */
function engagementLike(h: number): Known<Activity>[] {
  const out: Known<Activity>[] = [];
  const iso = (ms: number) => new Date(ms).toISOString();
  const mail = (id: string, ms: number, fromUs: boolean, threadId: string) =>
    activity(id, iso(ms), { direction: fromUs ? 'outbound' : 'inbound', threadId, participants: [{ ...(fromUs ? rep : contact), role: 'from' }, { ...(fromUs ? contact : rep), role: 'to' }] });
  for (let i = 0; i < 13; i++) {
    const sent = Date.parse('2025-01-07T10:00:00.000Z') + i * 14 * 24 * HOUR;
    out.push(mail(`U-${i}`, sent, true, `T-${i}`));
    if (i % 10 < Math.round(10 * (0.15 + 0.75 * h))) out.push(mail(`C-${i}`, sent + (2 + 70 * (1 - h)) * HOUR, false, `T-${i}`));
  }
  for (let m = 1; m <= 6; m++) {
    const asked = Date.parse(`2025-0${m}-12T14:00:00.000Z`);
    out.push(mail(`Q-${m}`, asked, false, `Q-${m}`), mail(`A-${m}`, asked + 2 * HOUR, true, `Q-${m}`));
    out.push(
      activity(`M-${m}`, `2025-0${m}-20T15:00:00.000Z`, {
        type: 'meeting',
        direction: 'outbound',
        participants: [{ ...rep, role: 'organizer', responseStatus: 'accepted' }, { ...contact, role: 'attendee', responseStatus: h > 0.5 ? 'accepted' : 'declined' }],
      }),
    );
  }
  return out.sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
}

/** 26 weekly usage rows, monthly invoices, some tickets, NPS answers, mail and meetings, shaped like the demo's. */
function demoLike(h: number) {
  const weeks = Array.from({ length: 26 }, (_, w) => new Date(Date.parse('2025-01-06') + w * 7 * 86_400_000).toISOString().slice(0, 10));
  const months = ['2025-01-15', '2025-02-15', '2025-03-15', '2025-04-15', '2025-05-15', '2025-06-15'];
  const late = Math.round(40 * (1 - h));
  return signals({
    account: account({ seats: 40, arr: 32_000, segment: 'Mid-Market', renewalDate: '2025-11-01' }),
    usageDays: weeks.map((d, w) => usage(d, Math.round(40 * (0.08 + 0.85 * h) * (h < 0.5 ? 1 - w / 60 : 1)), ['dashboards', 'reports', 'alerts', 'api', 'sso', 'exports', 'workflows', 'forecasting', 'playbooks', 'surveys'].slice(0, Math.round(1 + 9 * h)))),
    invoices: months.map((d, i) => invoice(`INV-${i}`, d, new Date(Date.parse(d) + late * 86_400_000 + 36_000_000).toISOString())),
    payments: months.map((d, i) => payment(`PAY-${i}`, `${d}T10:00:00.000Z`, h < 0.4 && i % 2 === 0 ? 'failed' : 'succeeded')),
    tickets: Array.from({ length: Math.round(8 * (1 - h)) + 1 }, (_, i) => ticket(`T-${i}`, `2025-0${(i % 6) + 1}-10T10:00:00.000Z`, { priority: h < 0.5 ? 'high' : 'normal', closedAt: `2025-0${(i % 6) + 1}-1${h < 0.5 ? 8 : 1}T10:00:00.000Z`, csat: Math.round(1 + 4 * h) })),
    surveyResponses: [survey('S1', 'nps', Math.round(2 + 9 * h), '2025-03-03T10:00:00.000Z'), survey('S2', 'nps', Math.round(1 + 9 * h), '2025-03-04T10:00:00.000Z')],
    pulses: [pulse(h > 0.7 ? 'green' : h > 0.4 ? 'yellow' : 'red', '2025-06-01T00:00:00.000Z')],
    activities: engagementLike(h),
  });
}

describe('the shipped default model', () => {
  const r = loadModel(text);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const model = r.model;

  it('loads, with the three scorecards, four bands and its segments', () => {
    expect(model.scorecards.map((s) => s.name)).toEqual(['health', 'churn-risk', 'expansion']);
    expect(model.bands.map((b) => `${b.name} ${b.min}–${b.max}`)).toEqual(['Healthy 75–100', 'Neutral 50–75', 'At risk 25–50', 'Critical 0–25']);
    expect(model.segments.map((s) => s.name)).toEqual(['enterprise', 'onboarding']);
    expect(model.name).toBe('default');
  });

  it('ranks a healthy account above a struggling one, and the reverse on churn risk', () => {
    const good = scoreAccount(demoLike(0.85), model, ASOF);
    const bad = scoreAccount(demoLike(0.2), model, ASOF);
    const score = (a: typeof good, card: string) => scorecardOf(a, card)?.score ?? NaN;
    expect(score(good, 'health')).toBeGreaterThanOrEqual(75);
    expect(score(bad, 'health')).toBeLessThan(50);
    expect(score(good, 'churn-risk')).toBeLessThan(25);
    expect(score(bad, 'churn-risk')).toBeGreaterThan(50);
    expect(score(good, 'expansion')).toBeGreaterThan(score(bad, 'expansion'));
    expect(scorecardOf(bad, 'churn-risk')?.band).toMatch(/risk/);
  });

  it('scores the engagement of a customer who answers quickly above one who rarely answers, on health and churn risk', () => {
    const component = (h: number, card: string) => scorecardOf(scoreAccount(demoLike(h), model, ASOF), card)?.components.find((c) => c.component === 'engagement');
    const good = component(0.85, 'health');
    const bad = component(0.2, 'health');
    expect(good?.metrics.map((m) => m.metric)).toEqual(['days-since-two-way-contact', 'customer-response-rate', 'customer-response-time', 'unanswered-thread-share', 'our-response-time', 'meetings-held', 'meeting-attendance', 'customer-contacts-engaged']);
    expect(good?.score).toBeGreaterThanOrEqual(75);
    expect(bad?.score).toBeLessThan(50);
    // Churn risk flips the scale: good engagement is low risk.
    expect(component(0.85, 'churn-risk')?.score).toBeLessThan(25);
    expect(component(0.2, 'churn-risk')?.score).toBeGreaterThan(50);
  });

  it('puts the demo’s Enterprise accounts in the enterprise segment', () => {
    const ent = scoreAccount(signals({ account: account({ segment: 'Enterprise' }), usageDays: [usage('2025-06-23', 3)] }), model, ASOF);
    expect(ent.segment).toBe('enterprise');
  });
});
