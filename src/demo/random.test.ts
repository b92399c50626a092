import { describe, expect, it } from 'vitest';
import { Random } from './random.js';

describe('Random', () => {
  it('repeats the same stream for the same seed and labels', () => {
    const a = Random.from(7, 'x', 1);
    const b = Random.from(7, 'x', 1);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
  });

  it('gives different streams for different labels', () => {
    expect(Random.from(7, 'x').next()).not.toBe(Random.from(7, 'y').next());
  });

  it('keeps int within its bounds', () => {
    const rng = Random.from(1);
    const rolls = Array.from({ length: 1000 }, () => rng.int(1, 6));
    expect(Math.min(...rolls)).toBe(1);
    expect(Math.max(...rolls)).toBe(6);
  });
});
