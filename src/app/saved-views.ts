import { SavedViewRepository, type Store, type StoredSavedView } from '../store/index.js';

/** Views one user may keep; saving one more is refused rather than growing without end. */
export const MAX_SAVED_VIEWS = 100;

/** A saved view as the API shows it: its query parsed back from JSON. */
export interface SavedView<Q> {
  readonly id: number;
  readonly name: string;
  readonly query: Q;
  readonly createdAt: string;
  readonly updatedAt: string;
}

const toSavedView = <Q>(v: StoredSavedView): SavedView<Q> => ({ id: v.id, name: v.name, query: JSON.parse(v.query) as Q, createdAt: v.createdAt, updatedAt: v.updatedAt });

/** The user's saved portfolio views, by name. */
export async function listSavedViews<Q>(store: Store, userId: number): Promise<SavedView<Q>[]> {
  return (await SavedViewRepository.list(store.db, userId)).map((v) => toSavedView<Q>(v));
}

/**
 * Saves the portfolio query (already validated by the caller) under a name for the user;
 * the user's view of the same name is replaced. `full`: the user already keeps
 * {@link MAX_SAVED_VIEWS} other views.
 * @example await saveView(store, { userId: 3, name: 'Renewing, at risk', query: { band: ['At risk'], renewalWithinDays: 90 }, now }) // { view: { id: 1, … }, created: true }
 */
export async function saveView<Q>(store: Store, input: { userId: number; name: string; query: Q; now: string }): Promise<{ view: SavedView<Q>; created: boolean } | 'full'> {
  return store.db.transaction().execute(async (trx) => {
    const views = await SavedViewRepository.list(trx, input.userId);
    if (views.length >= MAX_SAVED_VIEWS && !views.some((v) => v.name === input.name)) return 'full';
    const saved = await SavedViewRepository.save(trx, { userId: input.userId, name: input.name, query: JSON.stringify(input.query), at: input.now });
    return { view: toSavedView<Q>(saved.view), created: saved.created };
  });
}

/** Deletes one of the user's views; false when the user has no view with that id. */
export async function deleteSavedView(store: Store, userId: number, id: number): Promise<boolean> {
  return SavedViewRepository.delete(store.db, userId, id);
}
