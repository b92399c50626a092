import type { Kysely, Transaction } from 'kysely';
import type { Database, ScoreModelsTable } from './schema.js';

type Db = Kysely<Database> | Transaction<Database>;

export type StoredModel = Omit<ScoreModelsTable, 'active'> & { readonly active: boolean };

const toModel = (r: Omit<ScoreModelsTable, 'active'> & { active: number }): StoredModel => ({ ...r, active: Number(r.active) === 1 });

/** Every model version Bellwether has scored with, and which one is active. */
export const ModelRepository = {
  /** Stores a version once (a version is the hash of its content, so the same YAML is one row). */
  async save(db: Db, model: { version: string; name: string; source: string; createdAt: string; createdBy: string }): Promise<void> {
    await db
      .insertInto('score_models')
      .values({ version: model.version, name: model.name, source: model.source, created_at: model.createdAt, created_by: model.createdBy, activated_at: null, active: 0 })
      .onConflict((oc) => oc.column('version').doNothing())
      .execute();
  },

  /** Makes `version` the one active model; call in a transaction with its audit entry. */
  async activate(db: Db, version: string, at: string): Promise<void> {
    await db.updateTable('score_models').set({ active: 0 }).where('active', '=', 1).execute();
    await db.updateTable('score_models').set({ active: 1, activated_at: at }).where('version', '=', version).execute();
  },

  async active(db: Db): Promise<StoredModel | undefined> {
    const row = await db.selectFrom('score_models').selectAll().where('active', '=', 1).executeTakeFirst();
    return row && toModel(row);
  },

  /** The active model's version alone: what a request asks first, its definition only when not already compiled. */
  async activeVersion(db: Db): Promise<string | undefined> {
    const row = await db.selectFrom('score_models').select('version').where('active', '=', 1).executeTakeFirst();
    return row?.version;
  },

  async get(db: Db, version: string): Promise<StoredModel | undefined> {
    const row = await db.selectFrom('score_models').selectAll().where('version', '=', version).executeTakeFirst();
    return row && toModel(row);
  },

  async list(db: Db): Promise<StoredModel[]> {
    const rows = await db.selectFrom('score_models').selectAll().orderBy('created_at', 'desc').execute();
    return rows.map(toModel);
  },
};
