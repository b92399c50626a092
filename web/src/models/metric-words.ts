/** How a metric's values read in a sentence: days, a share (shown as %), a relative change, or a plain number with its unit. */
export type ValueKind = { readonly kind: 'days' } | { readonly kind: 'share' } | { readonly kind: 'change' } | { readonly kind: 'plain'; readonly unit?: string; readonly one?: string };

export interface AggregationWords {
  /** What is taken of the records ("average", "worst"); empty when the metric has only one reading. */
  readonly phrase: string;
  readonly value: ValueKind;
  /** Replaces the metric's label for this aggregation (has-champion with executive_sponsor). */
  readonly label?: string;
}

export interface MetricWords {
  readonly label: string;
  /** The catalogue's default window, used when a model names none; absent for state as of today. */
  readonly window?: string;
  /** In the catalogue's order: the first is the default aggregation. */
  readonly aggregations: Readonly<Record<string, AggregationWords>>;
}

const days: ValueKind = { kind: 'days' };
const share: ValueKind = { kind: 'share' };
const change: ValueKind = { kind: 'change' };
const plain = (unit?: string, one?: string): ValueKind => ({ kind: 'plain', ...(unit ? { unit } : {}), ...(one ? { one } : {}) });
const one = (value: ValueKind): Record<string, AggregationWords> => ({ only: { phrase: '', value } });
const amounts = { amount: { phrase: 'amount in the account currency', value: plain() }, share_of_arr: { phrase: 'as a share of ARR', value: share } };
const countOrShare = (noun: string, one: string) => ({ count: { phrase: '', value: plain(noun, one) }, share: { phrase: 'share of all tickets opened', value: share } });
const responseTimes = {
  median: { phrase: 'median', value: plain('business hours', 'business hour') },
  p90: { phrase: '90th percentile', value: plain('business hours', 'business hour') },
  avg: { phrase: 'average', value: plain('business hours', 'business hour') },
  median_wall_hours: { phrase: 'median', value: plain('hours', 'hour') },
  p90_wall_hours: { phrase: '90th percentile', value: plain('hours', 'hour') },
};
const rating = (scale: string) => ({ avg: { phrase: 'average', value: plain(scale) }, latest: { phrase: 'latest', value: plain(scale) } });

/**
 * Plain words for every metric of the scoring catalogue (src/scoring/metrics), so the
 * dashboard describes a model without bundling the engine. A test keeps it in step with the
 * catalogue: a new metric or aggregation without words fails it.
 */
export const METRIC_WORDS: Readonly<Record<string, MetricWords>> = {
  'days-late': { label: 'Days late', window: '180d', aggregations: { avg: { phrase: 'average', value: days }, max: { phrase: 'worst', value: days } } },
  'late-invoice-share': { label: 'Invoices paid late', window: '180d', aggregations: { share: { phrase: 'share of invoices due', value: share } } },
  'failed-payments': { label: 'Failed payments', window: '90d', aggregations: { count: { phrase: '', value: plain() } } },
  'overdue-balance': { label: 'Overdue balance', aggregations: amounts },
  'open-balance': { label: 'Open balance', aggregations: amounts },
  'tickets-opened': {
    label: 'Tickets opened',
    window: '90d',
    aggregations: { per_10_seats: { phrase: '', value: plain('tickets per 10 seats', 'ticket per 10 seats') }, per_seat: { phrase: '', value: plain('tickets per seat', 'ticket per seat') }, count: { phrase: '', value: plain('tickets', 'ticket') } },
  },
  'high-priority-tickets': { label: 'High-priority tickets', window: '90d', aggregations: countOrShare('tickets', 'ticket') },
  'escalated-tickets': { label: 'Escalated tickets', window: '90d', aggregations: countOrShare('tickets', 'ticket') },
  'reopen-rate': { label: 'Reopened tickets', window: '180d', aggregations: { share: { phrase: 'share of tickets closed', value: share } } },
  'time-to-resolution': {
    label: 'Time to resolution',
    window: '90d',
    aggregations: { avg: { phrase: 'average', value: days }, median: { phrase: 'median', value: days }, max: { phrase: 'longest', value: days } },
  },
  'ticket-csat': { label: 'Ticket satisfaction rating', window: '180d', aggregations: rating('(1 to 5)') },
  'active-user-ratio': {
    label: 'Active users per seat',
    window: '30d',
    aggregations: { avg: { phrase: 'average', value: share }, max: { phrase: 'peak', value: share }, latest: { phrase: 'latest', value: share } },
  },
  'usage-trend': { label: 'Usage trend', window: '30d vs previous 90d', aggregations: { active_users: { phrase: 'change in active users', value: change }, events: { phrase: 'change in events', value: change } } },
  'feature-breadth': { label: 'Features used', window: '30d', aggregations: { distinct: { phrase: '', value: plain('features', 'feature') } } },
  'days-since-active': { label: 'Days since last active', aggregations: { days: { phrase: '', value: days } } },
  nps: {
    label: 'NPS',
    window: '365d',
    aggregations: { score: { phrase: 'Net Promoter Score', value: plain() }, avg: { phrase: 'average answer (0 to 10)', value: plain() }, latest: { phrase: 'latest answer (0 to 10)', value: plain() } },
  },
  'nps-trend': { label: 'NPS trend', window: '180d vs previous 180d', aggregations: { score: { phrase: 'points the NPS moved', value: plain() }, avg: { phrase: 'points the average answer moved', value: plain() } } },
  'nps-category': { label: 'NPS category', window: '365d', aggregations: { latest: { phrase: 'latest answer', value: plain() } } },
  csat: { label: 'CSAT survey', window: '180d', aggregations: rating('(1 to 5)') },
  ces: { label: 'Customer effort score', window: '180d', aggregations: rating('(1 to 7)') },
  pulse: { label: "The rep's pulse", window: '180d', aggregations: { latest: { phrase: 'newest', value: plain() } } },
  'days-to-renewal': { label: 'Days to renewal', aggregations: { days: { phrase: '', value: days } } },
  'meetings-held': { label: 'Meetings held', window: '90d', aggregations: { count: { phrase: '', value: plain('meetings', 'meeting') } } },
  'days-since-contact': { label: 'Days since contact', aggregations: { days: { phrase: '', value: days } } },
  'emails-received': { label: 'Emails from the customer', window: '90d', aggregations: { per_30_days: { phrase: '', value: plain('emails per 30 days', 'email per 30 days') }, count: { phrase: '', value: plain('emails', 'email') } } },
  'emails-sent': { label: 'Emails to the customer', window: '90d', aggregations: { per_30_days: { phrase: '', value: plain('emails per 30 days', 'email per 30 days') }, count: { phrase: '', value: plain('emails', 'email') } } },
  'customer-response-rate': { label: 'Customer response rate', window: '90d', aggregations: { share: { phrase: 'share of our emails answered', value: share } } },
  'customer-response-time': { label: 'Customer response time', window: '90d', aggregations: responseTimes },
  'our-response-time': { label: 'Our response time', window: '90d', aggregations: responseTimes },
  'customer-contacts-engaged': { label: 'Customer people engaged', window: '90d', aggregations: { distinct: { phrase: '', value: plain('people', 'person') } } },
  'internal-people-engaged': { label: 'Our people engaged', window: '90d', aggregations: { distinct: { phrase: '', value: plain('people', 'person') } } },
  'meeting-attendance': { label: 'Meeting attendance', window: '90d', aggregations: { share: { phrase: 'share of customer invitees who accepted', value: share } } },
  'days-since-two-way-contact': { label: 'Days since two-way contact', aggregations: { days: { phrase: '', value: days } } },
  'unanswered-thread-share': { label: 'Unanswered threads', window: '90d', aggregations: { share: { phrase: 'share of threads started', value: share } } },
  'has-champion': {
    label: 'A champion is known',
    aggregations: { champion: { phrase: '', value: plain() }, executive_sponsor: { phrase: '', value: plain(), label: 'An executive sponsor is known' } },
  },
  'lifecycle-stage': { label: 'Lifecycle stage', aggregations: { stage: { phrase: '', value: plain() } } },
  custom: {
    label: 'Custom series',
    window: '90d',
    aggregations: {
      latest: { phrase: 'latest value', value: plain() },
      avg: { phrase: 'average', value: plain() },
      sum: { phrase: 'sum', value: plain() },
      min: { phrase: 'lowest value', value: plain() },
      max: { phrase: 'highest value', value: plain() },
    },
  },
};

/** Words for a metric the table does not know (a newer server): its name, values as plain numbers. */
export function metricWordsOf(metric: string): MetricWords {
  return METRIC_WORDS[metric] ?? { label: metric, aggregations: one(plain()) };
}
