import { describe, expect, it } from 'vitest';
import { SignalIndex } from './signal-index.js';
import { activity, ASOF, invoice, pulse, signals, survey, ticket, usage } from './test-support/signals-fixture.js';
import { isoOf, timeMs } from './time-ms.js';

const upcoming = (index: SignalIndex, source: Parameters<SignalIndex['upcoming']>[0]) => {
  const at = index.upcoming(source);
  return at === Infinity ? null : isoOf(at);
};
const EARLY = '2025-06-01T00:00:00.000Z';

describe('SignalIndex.upcoming', () => {
  it('is when a record already loaded becomes known or dated after asOf, per list', () => {
    const index = new SignalIndex(
      signals({
        usageDays: [usage('2025-06-29', 3), { ...usage('2025-07-04', 3), knownAt: EARLY }, { ...usage('2025-06-01', 3), knownAt: '2025-07-02T00:00:00.000Z' }],
        activities: [activity('A1', '2025-07-09T10:00:00.000Z', { knownAt: EARLY })],
        surveyResponses: [{ ...survey('S1', 'ces', 5, '2025-07-01T00:00:00.000Z'), knownAt: EARLY }],
      }),
      timeMs(ASOF),
    );
    expect(upcoming(index, 'usageDays')).toBe('2025-07-02T00:00:00.000Z');
    expect(upcoming(index, 'activities')).toBe('2025-07-09T10:00:00.000Z');
    expect(upcoming(index, 'surveys:ces')).toBe('2025-07-01T00:00:00.000Z');
    expect(upcoming(index, 'surveys:nps')).toBeNull();
    expect(upcoming(index, 'payments')).toBeNull();
  });

  it('counts invoices issued or paid, tickets opened or closed, and pulses created or expiring after asOf', () => {
    const index = new SignalIndex(
      signals({
        invoices: [invoice('I1', '2025-08-01', undefined, { issuedDate: '2025-07-20' }), invoice('I2', '2025-06-01', '2025-07-12T00:00:00.000Z', { knownAt: EARLY })],
        tickets: [ticket('T1', '2025-06-10T00:00:00.000Z', { closedAt: '2025-07-03T00:00:00.000Z', knownAt: EARLY }), ticket('T2', '2025-07-08T00:00:00.000Z', { knownAt: EARLY })],
        pulses: [pulse('red', EARLY, '2025-07-30T00:00:00.000Z'), pulse('green', '2025-08-02T00:00:00.000Z')],
      }),
      timeMs(ASOF),
    );
    expect(upcoming(index, 'invoices')).toBe('2025-07-12T00:00:00.000Z');
    expect(upcoming(index, 'tickets')).toBe('2025-07-03T00:00:00.000Z');
    expect(upcoming(index, 'pulses')).toBe('2025-07-30T00:00:00.000Z');
  });
});
