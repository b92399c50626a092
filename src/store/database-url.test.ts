import { describe, expect, it } from 'vitest';
import { DEFAULT_DATABASE_PATH, parseDatabaseUrl, type DatabaseTarget } from './database-url.js';

describe('parseDatabaseUrl', () => {
  it.each<[string | undefined, DatabaseTarget]>([
    [undefined, { dialect: 'sqlite', path: DEFAULT_DATABASE_PATH }],
    ['', { dialect: 'sqlite', path: DEFAULT_DATABASE_PATH }],
    ['   ', { dialect: 'sqlite', path: DEFAULT_DATABASE_PATH }],
    ['./data/x.db', { dialect: 'sqlite', path: './data/x.db' }],
    ['/var/lib/bw.db', { dialect: 'sqlite', path: '/var/lib/bw.db' }],
    ['sqlite:./data/x.db', { dialect: 'sqlite', path: './data/x.db' }],
    ['sqlite:/tmp/x.db', { dialect: 'sqlite', path: '/tmp/x.db' }],
    ['sqlite:///tmp/x.db', { dialect: 'sqlite', path: '/tmp/x.db' }],
    ['SQLite:/tmp/x.db', { dialect: 'sqlite', path: '/tmp/x.db' }],
    ['file:/tmp/y.db', { dialect: 'sqlite', path: '/tmp/y.db' }],
    ['file:///tmp/y.db', { dialect: 'sqlite', path: '/tmp/y.db' }],
    ['sqlite::memory:', { dialect: 'sqlite', path: ':memory:' }],
    [':memory:', { dialect: 'sqlite', path: ':memory:' }],
  ])('%j is the SQLite file %j', (url, target) => {
    expect(parseDatabaseUrl(url)).toEqual(target);
  });

  it.each<[string, DatabaseTarget]>([
    ['postgres://bw:secret@db.internal:5432/bellwether', { dialect: 'postgres', url: 'postgres://bw:secret@db.internal:5432/bellwether' }],
    ['postgresql://db/bellwether', { dialect: 'postgres', url: 'postgresql://db/bellwether' }],
    ['POSTGRES://db/bellwether', { dialect: 'postgres', url: 'postgres://db/bellwether' }],
    ['  postgres://db/bellwether  ', { dialect: 'postgres', url: 'postgres://db/bellwether' }],
    // The schema is ours, not the driver's: it leaves the URL, other parameters stay.
    ['postgres://db/test?schema=bw_t_1', { dialect: 'postgres', url: 'postgres://db/test', schema: 'bw_t_1' }],
    ['postgres://db/test?sslmode=disable&schema=bw_t_1&application_name=bw', { dialect: 'postgres', url: 'postgres://db/test?sslmode=disable&application_name=bw', schema: 'bw_t_1' }],
    ['postgres://db/test?schema=', { dialect: 'postgres', url: 'postgres://db/test' }],
  ])('%j is PostgreSQL %j', (url, target) => {
    expect(parseDatabaseUrl(url)).toEqual(target);
  });

  it('keeps percent-encoded credentials as they were written', () => {
    expect(parseDatabaseUrl('postgres://bw:p%40ss%2Fword@db/bellwether?schema=s')).toEqual({ dialect: 'postgres', url: 'postgres://bw:p%40ss%2Fword@db/bellwether', schema: 's' });
  });

  it('rejects a sqlite: URL that names no file', () => {
    expect(() => parseDatabaseUrl('sqlite:')).toThrowErrorMatchingInlineSnapshot(`[Error: DATABASE_URL "sqlite:" names no SQLite file]`);
    expect(() => parseDatabaseUrl('file://')).toThrow(/names no SQLite file/);
  });
});
