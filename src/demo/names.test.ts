import { describe, expect, it } from 'vitest';
import { DEMO_SIZES } from './demo-options.js';
import { companyName } from './names.js';

describe('companyName', () => {
  it('gives every account of the largest size its own name', () => {
    const names = new Set(Array.from({ length: DEMO_SIZES.L }, (_, i) => companyName(i, 3).name));
    expect(names.size).toBe(DEMO_SIZES.L);
  });
});
