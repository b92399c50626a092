import type { Kysely } from 'kysely';

// Frozen in time: this migration names its own columns and never imports app types.

/**
 * The portfolio of one segment sorted by an account column (ARR, name, renewal date), each
 * walked in order on one index. With only `accounts_segment` and the sort column's own
 * index, a page either sorted every account of the segment or walked the sort index past
 * the other segments' accounts; ARR and segment go together (the largest accounts are
 * Enterprise), so SMB by ARR read most of the table either way: 40-50 ms a page at 100,000
 * accounts (`npm run bench -- api --size L`, list-segment), 0.6 ms on (segment, arr, id).
 * The segment index alone stays: it holds a segment's accounts in id order, the order of a
 * page's tail (the accounts without a value to sort by).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('accounts_segment_arr').on('accounts').columns(['segment', 'arr', 'id']).execute();
  await db.schema.createIndex('accounts_segment_name').on('accounts').columns(['segment', 'name', 'id']).execute();
  await db.schema.createIndex('accounts_segment_renewal').on('accounts').columns(['segment', 'renewal_date', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('accounts_segment_renewal').ifExists().execute();
  await db.schema.dropIndex('accounts_segment_name').ifExists().execute();
  await db.schema.dropIndex('accounts_segment_arr').ifExists().execute();
}
