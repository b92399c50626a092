import { describe, expect, it } from 'vitest';
import { flattenChange } from './flatten-change.ts';

describe('flattenChange', () => {
  it('lists an override changed and expired field by field, with what changed flagged', () => {
    expect(flattenChange({ mode: 'delta', value: -10, expiresAt: null }, { mode: 'delta', value: -10, expiresAt: '2026-12-01T12:00:00.000Z' })).toEqual([
      { field: 'mode', before: 'delta', after: 'delta', changed: false },
      { field: 'value', before: '-10', after: '-10', changed: false },
      { field: 'expiresAt', before: 'null', after: '2026-12-01T12:00:00.000Z', changed: true },
    ]);
  });

  it('reads a creation (no before) and nested values by path', () => {
    expect(flattenChange(undefined, { rating: 'red', tags: ['a'], meta: { by: 'x' } })).toEqual([
      { field: 'rating', before: undefined, after: 'red', changed: true },
      { field: 'tags[0]', before: undefined, after: 'a', changed: true },
      { field: 'meta.by', before: undefined, after: 'x', changed: true },
    ]);
  });
});
