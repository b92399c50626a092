import { describe, expect, it } from 'vitest';
import { findBand } from './find-band.js';

const bands = [
  { name: 'Healthy', min: 75, max: 100 },
  { name: 'Neutral', min: 50, max: 75 },
  { name: 'At risk', min: 25, max: 50 },
  { name: 'Critical', min: 0, max: 25 },
];

describe('findBand', () => {
  it('includes a band’s min and excludes its max, except at 100', () => {
    const names = [0, 24.9, 25, 49.9, 50, 74.9, 75, 99.9, 100].map((s) => findBand(s, bands)?.name);
    expect(names).toEqual(['Critical', 'Critical', 'At risk', 'At risk', 'Neutral', 'Neutral', 'Healthy', 'Healthy', 'Healthy']);
  });

  it('has no band for no score', () => {
    expect(findBand(null, bands)).toBeUndefined();
  });
});
