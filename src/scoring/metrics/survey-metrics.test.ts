import { describe, expect, it } from 'vitest';
import { readMetric, signals, survey } from '../test-support/signals-fixture.js';

const answers = [
  survey('S1', 'nps', 3, '2024-10-01T10:00:00.000Z'),
  survey('S2', 'nps', 8, '2024-11-01T10:00:00.000Z'),
  survey('S3', 'nps', 10, '2025-03-01T10:00:00.000Z'),
  survey('S4', 'nps', 9, '2025-04-01T10:00:00.000Z'),
  survey('S5', 'nps', 6, '2025-05-01T10:00:00.000Z'),
  survey('C1', 'csat', 4, '2025-05-02T10:00:00.000Z'),
  survey('C2', 'csat', 2, '2025-06-02T10:00:00.000Z'),
  survey('E1', 'ces', 6, '2025-06-03T10:00:00.000Z'),
];

describe('survey metrics', () => {
  it('nps is % promoters − % detractors, or the mean or latest answer', () => {
    const s = signals({ surveyResponses: answers });
    expect(readMetric('nps', s, { window: '365d' })).toMatchObject({ value: 0, samples: 5, observedAt: '2025-05-01T10:00:00.000Z' });
    expect(readMetric('nps', s, { window: '180d' }).value).toBeCloseTo(100 / 3, 12);
    expect(readMetric('nps', s, { window: '365d', aggregation: 'avg' }).value).toBe(7.2);
    expect(readMetric('nps', s, { window: '365d', aggregation: 'latest' }).value).toBe(6);
  });

  it('nps-trend is the points moved from the baseline span to the recent one', () => {
    // recent (2025-01-01, 2025-06-30]: 10, 9, 6 → +33.3; baseline: 3, 8 → −50.
    expect(readMetric('nps-trend', signals({ surveyResponses: answers }), { window: '180d vs previous 180d' }).value).toBeCloseTo(100 / 3 + 50, 12);
    expect(readMetric('nps-trend', signals({ surveyResponses: answers.slice(2) }), { window: '180d vs previous 180d' }).value).toBeNull();
  });

  it('nps-category is the category of the latest answer', () => {
    expect(readMetric('nps-category', signals({ surveyResponses: answers })).value).toBe('detractor');
    expect(readMetric('nps-category', signals({ surveyResponses: answers.slice(0, 4) })).value).toBe('promoter');
  });

  it('csat and ces average their own survey kind only', () => {
    const s = signals({ surveyResponses: answers });
    expect(readMetric('csat', s)).toMatchObject({ value: 3, evidence: [{ id: 'C1' }, { id: 'C2' }] });
    expect(readMetric('ces', s).value).toBe(6);
    expect(readMetric('ces', signals()).value).toBeNull();
  });
});
