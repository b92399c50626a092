import { describe, expect, it } from 'vitest';
import { toneOf } from './tone.js';

describe('toneOf', () => {
  it('is the AFINN score per word: positive for praise, negative for complaints', () => {
    expect(toneOf('Thanks, this works great')).toBe(1.25);
    expect(toneOf('We are seeing the same sync errors as last month. This is becoming a real problem.')).toBeLessThan(0);
  });

  it('is 0 for text without words or without scored words', () => {
    expect(toneOf('')).toBe(0);
    expect(toneOf('  \n ')).toBe(0);
    expect(toneOf('Invoice attached.')).toBe(0);
  });
});
