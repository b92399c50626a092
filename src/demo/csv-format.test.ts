import { describe, expect, it } from 'vitest';
import { csvField, csvLine } from './csv-format.js';

describe('csvField', () => {
  it('quotes text with commas, quotes or line breaks and doubles inner quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('12,5k')).toBe('"12,5k"');
    expect(csvField('she said "fine"\nthanks')).toBe('"she said ""fine""\nthanks"');
  });

  it('joins lists with semicolons and leaves missing values empty', () => {
    expect(csvLine(['a', ['x.com', 'y.com'], undefined, 3])).toBe('a,x.com;y.com,,3');
  });
});
