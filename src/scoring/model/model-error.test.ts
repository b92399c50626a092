import { describe, expect, it } from 'vitest';
import { loadModel } from './load-model.js';
import { MODEL_ERROR_CODES, ModelError, modelErrorTitle } from './model-error.js';

describe('ModelError', () => {
  it('gives every code a distinct title for people', () => {
    const titles = MODEL_ERROR_CODES.map(modelErrorTitle);
    expect(new Set(titles).size).toBe(MODEL_ERROR_CODES.length);
  });

  it('carries every issue, the developer message of the first and a user message', () => {
    const r = loadModel('name: x\nbands: [{ name: All, min: 0, max: 90 }]\nscorecards: {}\n');
    if (r.ok) throw new Error('expected errors');
    const e = new ModelError(r.errors);
    expect(e.issues).toHaveLength(2);
    expect(e.code).toBe('band_gap');
    expect(e.message).toMatchInlineSnapshot(`"model:2: bands[0].max: no band covers 90 to 100 [band_gap] (and 1 more)"`);
    expect(e.userMessage).toBe('The bands leave part of 0..100 uncovered (line 2: bands[0].max)');
  });
});
