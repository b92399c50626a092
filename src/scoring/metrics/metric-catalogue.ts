import type { MetricDefinition } from '../metric-definition.js';
import { activeUserRatio } from './active-user-ratio.js';
import { ces } from './ces.js';
import { csat } from './csat.js';
import { custom } from './custom.js';
import { customerContactsEngaged } from './customer-contacts-engaged.js';
import { customerResponseRate } from './customer-response-rate.js';
import { customerResponseTime } from './customer-response-time.js';
import { daysLate } from './days-late.js';
import { daysSinceActive } from './days-since-active.js';
import { daysSinceContact } from './days-since-contact.js';
import { daysSinceTwoWayContact } from './days-since-two-way-contact.js';
import { daysToRenewal } from './days-to-renewal.js';
import { emailsReceived } from './emails-received.js';
import { emailsSent } from './emails-sent.js';
import { escalatedTickets } from './escalated-tickets.js';
import { failedPayments } from './failed-payments.js';
import { featureBreadth } from './feature-breadth.js';
import { hasChampion } from './has-champion.js';
import { highPriorityTickets } from './high-priority-tickets.js';
import { internalPeopleEngaged } from './internal-people-engaged.js';
import { lateInvoiceShare } from './late-invoice-share.js';
import { lifecycleStage } from './lifecycle-stage.js';
import { meetingAttendance } from './meeting-attendance.js';
import { meetingsHeld } from './meetings-held.js';
import { nps } from './nps.js';
import { npsCategory } from './nps-category.js';
import { npsTrend } from './nps-trend.js';
import { openBalance } from './open-balance.js';
import { ourResponseTime } from './our-response-time.js';
import { overdueBalance } from './overdue-balance.js';
import { pulse } from './pulse.js';
import { reopenRate } from './reopen-rate.js';
import { ticketCsat } from './ticket-csat.js';
import { ticketsOpened } from './tickets-opened.js';
import { timeToResolution } from './time-to-resolution.js';
import { unansweredThreadShare } from './unanswered-thread-share.js';
import { usageTrend } from './usage-trend.js';

/** Every metric a model can name. A new metric is one file plus one line here. */
export const METRIC_CATALOGUE: ReadonlyMap<string, MetricDefinition> = new Map(
  [
    daysLate, lateInvoiceShare, failedPayments, overdueBalance, openBalance,
    ticketsOpened, highPriorityTickets, escalatedTickets, reopenRate, timeToResolution, ticketCsat,
    activeUserRatio, usageTrend, featureBreadth, daysSinceActive,
    nps, npsTrend, npsCategory, csat, ces,
    pulse, daysToRenewal, meetingsHeld, daysSinceContact, hasChampion, lifecycleStage,
    emailsReceived, emailsSent, customerResponseRate, customerResponseTime, ourResponseTime, customerContactsEngaged, internalPeopleEngaged,
    meetingAttendance, daysSinceTwoWayContact, unansweredThreadShare,
    custom,
  ].map((m) => [m.name, m]),
);
