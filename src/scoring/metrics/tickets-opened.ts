import type { MetricDefinition } from '../metric-definition.js';
import { NO_READING } from '../metric-definition.js';
import { evidenceFor } from './evidence-for.js';
import { perSeats } from './ticket-rate.js';
import { ticketsOpenedInWindow } from './tickets-opened-in-window.js';
import { windowChange } from './window-change.js';

export const ticketsOpened: MetricDefinition = {
  name: 'tickets-opened',
  description: 'Support tickets opened in the window, per 10 licensed seats (default), per seat, or as a plain count, so big and small accounts compare. No tickets ever is missing data.',
  signal: 'tickets',
  unit: 'tickets per 10 seats',
  windows: ['span'],
  defaultWindow: '90d',
  aggregations: ['per_10_seats', 'per_seat', 'count'],
  valueType: 'number',
  minSamples: 0,
  compute(signals, window, asOfMs, params) {
    const opened = ticketsOpenedInWindow(signals, window, asOfMs);
    if (!opened) return NO_READING;
    const value = perSeats(opened.length, signals.account.seats, params.aggregation);
    return value === null ? NO_READING : { value, samples: opened.length, evidence: opened.map(evidenceFor.ticket) };
  },
  nextChange(signals, window, asOfMs) {
    return windowChange(signals, 'tickets', signals.tickets(), window, asOfMs);
  },
};
