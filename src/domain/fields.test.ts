import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { amountField, choiceField, countField, dateField, fieldWireType, optional, required, scoreField, timestampField, withDefault } from './fields.js';
import { ENTITY_KIND_SPECS, ENTITY_KINDS } from './entity-kinds.js';

const reasonOf = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? undefined : (r.error.issues[0] as { params?: { reason?: string } }).params?.reason;
};

describe('timestampField', () => {
  it('stores every accepted form as UTC with milliseconds', () => {
    const cases: Array<[string, string]> = [
      ['2024-05-01T09:30:00Z', '2024-05-01T09:30:00.000Z'],
      ['2024-05-01T09:30:00.120Z', '2024-05-01T09:30:00.120Z'],
      ['2024-05-01T09:30:00.1Z', '2024-05-01T09:30:00.100Z'],
      ['2024-05-01 09:30', '2024-05-01T09:30:00.000Z'],
      ['2024-05-01T09:30:00+02:00', '2024-05-01T07:30:00.000Z'],
      ['2024-05-01T09:30:00-0130', '2024-05-01T11:00:00.000Z'],
      ['2024-05-01', '2024-05-01T00:00:00.000Z'],
      ['  2024-02-29T23:59:59Z ', '2024-02-29T23:59:59.000Z'],
    ];
    for (const [input, stored] of cases) expect(timestampField.parse(input), input).toBe(stored);
  });

  it('rejects impossible dates and times in the canonical form as in the others', () => {
    for (const bad of ['2023-02-29T10:00:00Z', '2024-13-01T00:00:00Z', '2024-04-31T00:00:00.000Z', '2024-05-01T24:00:00Z', '2024-05-01T10:60:00Z', '2024-05-01T10:00:61Z', '2024-05-01T10:00:00+25:00', 'yesterday']) {
      expect(reasonOf(timestampField, bad), bad).toBe('invalid_timestamp');
    }
  });

  it('knows leap years: 2000 and 2024 have 29 February, 1900 and 2023 do not', () => {
    expect(dateField.parse('2000-02-29')).toBe('2000-02-29');
    expect(dateField.parse('2024-02-29')).toBe('2024-02-29');
    expect(reasonOf(dateField, '1900-02-29')).toBe('invalid_date');
    expect(reasonOf(dateField, '2023-02-29')).toBe('invalid_date');
  });
});

describe('number fields', () => {
  it('report one reason for a value that is no number at all', () => {
    const r = countField.safeParse('18 approx');
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toEqual(['"18 approx" is not a number']);
  });

  it('read currency symbols and thousands separators, and round amounts to cents', () => {
    expect(amountField.parse('$1,200.505')).toBe(1200.51);
    expect(amountField.parse(' 42 ')).toBe(42);
    expect(reasonOf(amountField, '-3')).toBe('negative_amount');
    expect(reasonOf(countField, '2.5')).toBe('unparseable_number');
  });
});

describe('required, optional and withDefault', () => {
  const schema = z.object({ a: required(countField), b: optional(countField), c: withDefault(countField, () => 7), d: withDefault(z.array(z.string()), (): string[] => []) });

  it('a blank or missing required cell is missing_required', () => {
    expect(reasonOf(schema, { a: ' ' })).toBe('missing_required');
    expect(reasonOf(schema, {})).toBe('missing_required');
  });

  it('blank and missing optional cells are undefined; defaulted ones take a fresh default', () => {
    const one = schema.parse({ a: '1', b: '', c: '' });
    const two = schema.parse({ a: '2' });
    expect(one).toMatchObject({ a: 1, b: undefined, c: 7, d: [] });
    expect(two).toMatchObject({ a: 2, c: 7, d: [] });
    expect(one.d).not.toBe(two.d);
  });

  it('a schema that is not a field is run through zod and its issue kept', () => {
    const r = schema.safeParse({ a: '1', d: 'not a list' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['d']);
  });
});

describe('fieldWireType', () => {
  it('names what every importable field yields, so the API can describe it', () => {
    const untyped: string[] = [];
    for (const kind of ENTITY_KINDS) {
      for (const [name, schema] of Object.entries(ENTITY_KIND_SPECS[kind].schema.shape)) {
        // Nested structures (lists of participants or attachments, attribute maps, text features) are described by their zod shape.
        if (!fieldWireType(schema as z.ZodType) && !['participants', 'attributes', 'attachments', 'features'].includes(name)) untyped.push(`${kind}.${name}`);
      }
    }
    expect(untyped).toEqual([]);
  });

  it('keeps a choice field\'s values and a score field\'s range through optional()', () => {
    expect(fieldWireType(optional(scoreField(1, 5)))).toEqual({ type: 'number', min: 1, max: 5, integer: true });
    expect(fieldWireType(required(choiceField(['a', 'b'])))).toEqual({ type: 'choice', values: ['a', 'b'] });
    expect(fieldWireType(z.string())).toBeUndefined();
  });
});
