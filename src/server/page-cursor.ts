import { ApiProblem } from './problem.js';

/** Where a keyset page ends: the sort values of its last item, e.g. `[time, id]`. */
export type CursorKey = ReadonlyArray<string | number>;

/**
 * The `nextCursor` of a page: the last item's sort key, opaque to clients. A keyset rather
 * than an offset, so rows written while a client pages (audit entries, imports) neither
 * repeat nor go missing.
 */
export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** A cursor back to its key, checked against the types the list sorts by; anything else is a 400 `invalid-cursor`. */
export function decodeCursor(cursor: string, types: ReadonlyArray<'string' | 'number'>): CursorKey {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  if (!Array.isArray(key) || key.length !== types.length || key.some((v, i) => typeof v !== types[i])) {
    throw new ApiProblem('invalid-cursor', 'The cursor is not one this list returned; start again without it.', [{ field: 'cursor', in: 'query', code: 'invalid_cursor', message: 'not a cursor of this list' }]);
  }
  return key as CursorKey;
}

/** The page of `limit` items out of `rows` (read as limit + 1) and the cursor of the next, if there is one. */
export function pageFrom<T>(rows: readonly T[], limit: number, keyOf: (row: T) => CursorKey): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null };
}
