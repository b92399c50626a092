import type { Activity, Invoice, Payment, Pulse, SurveyResponse, Ticket, UsageDay } from '../../domain/index.js';
import { type AccountSignals, emptySignals, type Known, type SignalAccount } from '../account-signals.js';
import type { CompiledModel } from '../model/compiled-model.js';
import { loadModel } from '../model/load-model.js';
import type { MetricDefinition, MetricParams, MetricReading, ValueDrift } from '../metric-definition.js';
import { parseWindow, type MetricWindow } from '../metric-window.js';
import { METRIC_CATALOGUE } from '../metrics/metric-catalogue.js';
import { SignalIndex } from '../signal-index.js';
import { timeMs } from '../time-ms.js';

/** Hand-built records for tests: only the fields a test cares about need giving. */
export const ASOF = '2025-06-30T12:00:00.000Z';

export function account(fields: Partial<SignalAccount> = {}): SignalAccount {
  return { id: 1, externalId: 'ACC-1', name: 'Acme', domains: ['acme.com'], attributes: {}, seats: 20, arr: 24_000, ...fields };
}

export function signals(fields: Partial<AccountSignals> = {}): AccountSignals {
  return { ...emptySignals(fields.account ?? account()), ...fields };
}

export function invoice(id: string, dueDate: string, paidAt: string | undefined, fields: Partial<Known<Invoice>> = {}): Known<Invoice> {
  return {
    externalId: id,
    accountExternalId: 'ACC-1',
    issuedDate: dueDate,
    dueDate,
    amount: 1000,
    status: paidAt ? 'paid' : 'open',
    ...(paidAt ? { paidAt, amountPaid: 1000 } : {}),
    knownAt: paidAt ?? `${dueDate}T00:00:00.000Z`,
    ...fields,
  };
}

export function payment(id: string, attemptedAt: string, status: Payment['status']): Known<Payment> {
  return { externalId: id, accountExternalId: 'ACC-1', attemptedAt, amount: 1000, status, knownAt: attemptedAt };
}

export function ticket(id: string, openedAt: string, fields: Partial<Known<Ticket>> = {}): Known<Ticket> {
  return { externalId: id, openedAt, priority: 'normal', status: fields.closedAt ? 'closed' : 'open', escalations: 0, reopenings: 0, knownAt: fields.closedAt ?? openedAt, ...fields };
}

export function usage(date: string, activeUsers: number, featuresUsed: string[] = ['dashboards'], events = activeUsers * 10): Known<UsageDay> {
  return { accountExternalId: 'ACC-1', date, activeUsers, events, featuresUsed, knownAt: `${date}T00:00:00.000Z` };
}

export function survey(id: string, kind: SurveyResponse['kind'], score: number, respondedAt: string): Known<SurveyResponse> {
  return { externalId: id, kind, score, respondedAt, knownAt: respondedAt };
}

export function activity(id: string, occurredAt: string, fields: Partial<Known<Activity>> = {}): Known<Activity> {
  return { externalId: id, type: 'email', direction: 'inbound', occurredAt, status: 'completed', participants: [], knownAt: occurredAt, ...fields };
}

export function pulse(rating: Pulse['rating'], createdAt: string, expiresAt?: string): Pulse {
  return { accountExternalId: 'ACC-1', rating, note: 'from the QBR', authorEmail: 'rep@us.com', createdAt, ...(expiresAt ? { expiresAt } : {}) };
}

/** A model from YAML text; throws with the issues when it does not load (a test bug). */
export function modelFrom(text: string): CompiledModel {
  const r = loadModel(text);
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.line}: ${e.path}: ${e.message} [${e.code}]`).join('\n'));
  return r.model;
}

export const BANDS = `
bands:
  - { name: Healthy, min: 75, max: 100 }
  - { name: Neutral, min: 50, max: 75 }
  - { name: At risk, min: 25, max: 50 }
  - { name: Critical, min: 0, max: 25 }
`;

type MetricOptions = { window?: string; aggregation?: string; series?: string; asOf?: string };

function metricCall(name: string, opts: MetricOptions): { def: MetricDefinition; asOfMs: number; window: MetricWindow | undefined; params: MetricParams } {
  const def = METRIC_CATALOGUE.get(name);
  if (!def) throw new Error(`no metric ${name}`);
  const windowText = opts.window ?? def.defaultWindow;
  return {
    def,
    asOfMs: timeMs(opts.asOf ?? ASOF),
    window: windowText === undefined ? undefined : parseWindow(windowText),
    params: { aggregation: opts.aggregation ?? def.aggregations[0], ...(opts.series ? { series: opts.series } : {}) },
  };
}

/** Computes one catalogue metric over signals as of ASOF (or `asOf`). */
export function readMetric(name: string, s: AccountSignals, opts: MetricOptions = {}): MetricReading {
  const { def, asOfMs, window, params } = metricCall(name, opts);
  return def.compute(new SignalIndex(s, asOfMs), window, asOfMs, params);
}

/** When one catalogue metric's reading could next change as of ASOF (or `asOf`): `at` as ISO text, null for never. */
export function nextChangeOf(name: string, s: AccountSignals, opts: MetricOptions = {}): { at: string | null; drift?: ValueDrift } {
  const { def, asOfMs, window, params } = metricCall(name, opts);
  if (!def.nextChange) throw new Error(`${name} has no nextChange`);
  const { at, drift } = def.nextChange(new SignalIndex(s, asOfMs), window, asOfMs, params);
  return { at: at === Infinity ? null : new Date(at).toISOString(), ...(drift ? { drift } : {}) };
}
