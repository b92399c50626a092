import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** One-off server state as text by key (the admin bootstrap token's hash, for one). */
export const SettingsRepository = {
  async get(db: Kysely<Database>, key: string): Promise<string | undefined> {
    const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
    return row?.value;
  },

  /** Sets or replaces the value. */
  async set(db: Kysely<Database>, key: string, value: string, at: string): Promise<void> {
    await db
      .insertInto('settings')
      .values({ key, value, updated_at: at })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: at }))
      .execute();
  },

  /** Removes the key; with `value`, only while it still holds that value (so of two racing callers one wins). */
  async delete(db: Kysely<Database>, key: string, value?: string): Promise<boolean> {
    let q = db.deleteFrom('settings').where('key', '=', key);
    if (value !== undefined) q = q.where('value', '=', value);
    const result = await q.executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  },
};
