import { describe, expect, it } from 'vitest';
import { parseDatabaseUrl } from '../src/store/index.js';
import { uniqueSchemaName, withSchema } from './test-setup.js';

describe('test-setup', () => {
  it.each([
    ['postgres://postgres@127.0.0.1:5432/test', 'postgres://postgres@127.0.0.1:5432/test?schema=bw_t_1'],
    ['postgres://postgres@127.0.0.1:5432/test?sslmode=disable', 'postgres://postgres@127.0.0.1:5432/test?sslmode=disable&schema=bw_t_1'],
    ['postgres://postgres@127.0.0.1:5432/test?schema=old', 'postgres://postgres@127.0.0.1:5432/test?schema=bw_t_1'],
  ])('puts the test schema into %s', (url, expected) => {
    expect(withSchema(url, 'bw_t_1')).toBe(expected);
    expect(parseDatabaseUrl(expected)).toMatchObject({ dialect: 'postgres', schema: 'bw_t_1' });
  });

  it('names a schema no other run uses', () => {
    const a = uniqueSchemaName();
    expect(a).toMatch(new RegExp(`^bw_t_${process.pid}_[0-9a-f]{8}$`));
    expect(uniqueSchemaName()).not.toBe(a);
  });
});
