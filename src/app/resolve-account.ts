import type { Store } from '../store/index.js';
import { HumanInputError } from './human-input-error.js';

/** The current account with this external id, or an `unknown_account` error. */
export async function resolveAccount(db: Store['db'], externalId: string): Promise<{ id: number; externalId: string }> {
  const row = await db.selectFrom('accounts').select(['id', 'external_id']).where('record_key', '=', externalId).executeTakeFirst();
  if (!row) throw new HumanInputError('unknown_account', `no account with external id "${externalId}"`);
  return { id: Number(row.id), externalId: row.external_id };
}
