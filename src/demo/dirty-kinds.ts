/** The kinds of deliberately bad row the demo plants, so the import report has something to show. */
export const DIRTY_KINDS = ['impossible_date', 'negative_amount', 'unparseable_number', 'unknown_account', 'duplicate', 'invalid_email', 'bad_enum'] as const;
export type DirtyKind = (typeof DIRTY_KINDS)[number];

/**
 * Dirty kinds whose rows still pass the row schema: they are caught later, when the row is
 * matched to an account or compared with a row of the same key and `known_at`.
 */
export const SCHEMA_VALID_DIRTY_KINDS: readonly DirtyKind[] = ['unknown_account', 'duplicate'];

export function emptyDirtyCounts(): Record<DirtyKind, number> {
  return { impossible_date: 0, negative_amount: 0, unparseable_number: 0, unknown_account: 0, duplicate: 0, invalid_email: 0, bad_enum: 0 };
}
