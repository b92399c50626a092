import { AccountRepository, type Store } from '../store/index.js';
import { HumanInputError } from './human-input-error.js';

/** The current account with this external id, or an `unknown_account` error. */
export async function resolveAccount(db: Store['db'], externalId: string): Promise<{ id: number; externalId: string }> {
  const id = await AccountRepository.idOf(db, externalId);
  if (id === undefined) throw new HumanInputError('unknown_account', `no account with external id "${externalId}"`);
  return { id, externalId };
}
