import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { cachingStatements } from './statement-cache.js';

describe('cachingStatements', () => {
  let native: SqliteDatabase.Database | undefined;
  afterEach(() => {
    if (native?.open) native.close();
    native = undefined;
  });

  it('prepares each SQL text once and drops the least recently used past its size', () => {
    native = new SqliteDatabase(':memory:');
    const database = cachingStatements(native, 2);
    const one = database.prepare('select 1');
    expect(database.prepare('select 1')).toBe(one);
    const two = database.prepare('select 2');
    database.prepare('select 1');
    database.prepare('select 3');
    // "select 2" was the least recently used of the three.
    expect(database.prepare('select 1')).toBe(one);
    expect(database.prepare('select 2')).not.toBe(two);
  });

  it('answers with the schema as it is now after a cached statement was prepared, and streams', async () => {
    native = new SqliteDatabase(':memory:');
    const db = new Kysely<{ t: { a: number; b?: string | null } }>({ dialect: new SqliteDialect({ database: cachingStatements(native) }) });
    await sql`create table t (a integer)`.execute(db);
    await db.insertInto('t').values({ a: 1 }).execute();
    expect(await db.selectFrom('t').selectAll().execute()).toEqual([{ a: 1 }]);

    await sql`alter table t add column b text`.execute(db);
    await db.insertInto('t').values({ a: 2, b: 'x' }).execute();

    expect(await db.selectFrom('t').selectAll().orderBy('a').execute()).toEqual([{ a: 1, b: null }, { a: 2, b: 'x' }]);
    const streamed: unknown[] = [];
    for await (const row of db.selectFrom('t').selectAll().orderBy('a').stream()) streamed.push(row);
    expect(streamed).toHaveLength(2);
    expect(await db.selectFrom('t').selectAll().orderBy('a').execute()).toHaveLength(2);
    await db.destroy();
    expect(native.open).toBe(false);
  });
});
