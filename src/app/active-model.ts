import { readFile } from 'node:fs/promises';
import { loadModel, ModelError, type CompiledModel } from '../scoring/index.js';
import { AuditRepository, ModelRepository, type Store } from '../store/index.js';

/** The model shipped with Bellwether, used until another is activated. */
export const DEFAULT_MODEL_FILE = new URL('../../models/default.yaml', import.meta.url);

export interface ActiveModel {
  readonly model: CompiledModel;
  readonly source: string;
}

/** Compiles YAML or throws the ModelError naming every problem (for files the user points at). */
export function compileOrThrow(source: string): CompiledModel {
  const loaded = loadModel(source);
  if (!loaded.ok) throw new ModelError(loaded.errors);
  return loaded.model;
}

// Compiled stored models by version: a version is the hash of the definition, so it never
// goes stale, and the API asks for the active model on every request (which then reads only
// the active version, not the definition: a few KB of YAML a request, 5 % of a portfolio
// page's database time).
const COMPILED = new Map<string, ActiveModel>();
const COMPILED_MAX = 16;

function compileStored(stored: { version: string; source: string }): ActiveModel {
  const hit = COMPILED.get(stored.version);
  if (hit) return hit;
  const compiled = { model: compileOrThrow(stored.source), source: stored.source };
  if (COMPILED.size >= COMPILED_MAX) COMPILED.delete(COMPILED.keys().next().value as string);
  COMPILED.set(stored.version, compiled);
  return compiled;
}

/**
 * The model scoring uses now: the activated one, else the shipped default, which is then
 * stored and activated (with an audit entry) so every later snapshot names a stored version.
 */
export async function activeModel(store: Store, at: { now: string; actor: string }): Promise<ActiveModel> {
  const version = await ModelRepository.activeVersion(store.db);
  const hit = version === undefined ? undefined : COMPILED.get(version);
  if (hit) return hit;
  const stored = await ModelRepository.active(store.db);
  if (stored) return compileStored(stored);
  const source = await readFile(DEFAULT_MODEL_FILE, 'utf8');
  const model = compileOrThrow(source);
  await activateModel(store, source, at);
  return { model, source };
}

/** A stored model version, compiled (to explain an old snapshot under the model that made it). */
export async function modelVersion(store: Store, version: string): Promise<ActiveModel | undefined> {
  const stored = await ModelRepository.get(store.db, version);
  return stored && compileStored(stored);
}

/**
 * Validates `source`, stores it and makes it the active model, writing an audit entry with
 * the previous and the new version in the same transaction. A model that does not validate
 * throws a ModelError and the previous model stays active.
 */
export async function activateModel(store: Store, source: string, at: { now: string; actor: string }): Promise<{ model: CompiledModel; previous?: string }> {
  const model = compileOrThrow(source);
  const previous = await ModelRepository.active(store.db);
  if (previous?.version === model.version) return { model, previous: previous.version };
  await store.db.transaction().execute(async (trx) => {
    await ModelRepository.save(trx, { version: model.version, name: model.name, source, createdAt: at.now, createdBy: at.actor });
    await ModelRepository.activate(trx, model.version, at.now);
    await AuditRepository.record(trx, {
      at: at.now,
      actor: at.actor,
      action: 'model.activate',
      entity: 'model',
      entityId: model.version,
      before: previous ? { version: previous.version, name: previous.name } : null,
      after: { version: model.version, name: model.name },
    });
  });
  return { model, ...(previous ? { previous: previous.version } : {}) };
}
