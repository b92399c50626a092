import type { Evidence } from '../../domain/index.js';
import type { IndexedInvoice, IndexedTicket, Timed } from '../signal-index.js';
import type { Known } from '../account-signals.js';
import type { Activity, MetricValue, Payment, Pulse, SurveyResponse, UsageDay } from '../../domain/index.js';
import type { ThreadMessage } from '../../communication/index.js';

/** Evidence names records by their external id; records without one by what identifies them. */
export const evidenceFor = {
  invoice: (r: IndexedInvoice): Evidence => ({ entity: 'invoice', id: r.record.externalId }),
  ticket: (r: IndexedTicket): Evidence => ({ entity: 'ticket', id: r.record.externalId }),
  payment: (r: Timed<Known<Payment>>): Evidence => ({ entity: 'payment', id: r.record.externalId }),
  usageDay: (r: Timed<Known<UsageDay>>): Evidence => ({ entity: 'usage_day', id: r.record.date }),
  survey: (r: Timed<Known<SurveyResponse>>): Evidence => ({ entity: 'survey_response', id: r.record.externalId ?? `${r.record.kind}@${r.record.respondedAt}` }),
  activity: (r: Timed<Known<Activity>>): Evidence => ({ entity: 'activity', id: r.record.externalId }),
  message: (m: ThreadMessage<Known<Activity>>): Evidence => ({ entity: 'activity', id: m.record.externalId }),
  metricValue: (r: Timed<Known<MetricValue>>): Evidence => ({ entity: 'metric_value', id: `${r.record.metric}@${r.record.observedAt}` }),
  pulse: (r: Timed<Pulse>): Evidence => ({ entity: 'pulse', id: `${r.record.authorEmail}@${r.record.createdAt}` }),
};
