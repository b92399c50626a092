import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/** A user's named portfolio view; `query` is the JSON text the API validated when it was saved. */
export interface StoredSavedView {
  readonly id: number;
  readonly userId: number;
  readonly name: string;
  readonly query: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

type Row = { id: number; user_id: number; name: string; query: string; created_at: string; updated_at: string };

const toView = (r: Row): StoredSavedView => ({ id: Number(r.id), userId: Number(r.user_id), name: r.name, query: r.query, createdAt: r.created_at, updatedAt: r.updated_at });

/** Saved portfolio views, always read and written for one user: no method reaches another user's views. */
export const SavedViewRepository = {
  async list(db: Db, userId: number): Promise<StoredSavedView[]> {
    const rows = await db.selectFrom('saved_views').selectAll().where('user_id', '=', userId).orderBy('name').orderBy('id').execute();
    return rows.map(toView);
  },

  /** Saves the view under its name: a new row, or the user's view of that name replaced (`created: false`). */
  async save(db: Db, view: { userId: number; name: string; query: string; at: string }): Promise<{ view: StoredSavedView; created: boolean }> {
    const existing = await db.selectFrom('saved_views').select('id').where('user_id', '=', view.userId).where('name', '=', view.name).executeTakeFirst();
    if (existing) {
      const row = await db.updateTable('saved_views').set({ query: view.query, updated_at: view.at }).where('id', '=', existing.id).returningAll().executeTakeFirstOrThrow();
      return { view: toView(row), created: false };
    }
    const row = await db.insertInto('saved_views').values({ user_id: view.userId, name: view.name, query: view.query, created_at: view.at, updated_at: view.at }).returningAll().executeTakeFirstOrThrow();
    return { view: toView(row), created: true };
  },

  /** Deletes the user's view; false when they have none with that id (someone else's included). */
  async delete(db: Db, userId: number, id: number): Promise<boolean> {
    const result = await db.deleteFrom('saved_views').where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  },
};
