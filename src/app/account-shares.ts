import { AccountRepository, AccountShareRepository, AuditRepository, UserRepository, type Store, type StoredShare, type StoredUser } from '../store/index.js';
import { AccessError } from './access-error.js';
import { accessTime } from './access-time.js';

export interface ShareInput {
  /** The account's external id. */
  readonly account: string;
  readonly userEmail: string;
  /** Who shares or unshares, for the audit trail. */
  readonly by: string;
  readonly now: string;
}

async function accountAndUser(db: Store['db'], input: { account: string; userEmail: string }): Promise<{ accountId: number; user: StoredUser }> {
  const accountId = await AccountRepository.idOf(db, input.account);
  if (accountId === undefined) throw new AccessError('unknown_account', `no account with external id "${input.account}"`);
  const user = await UserRepository.byEmail(db, input.userEmail);
  if (!user) throw new AccessError('unknown_user', `no user ${input.userEmail.trim().toLowerCase()}`);
  return { accountId, user };
}

// Not filed under the account (no accountExternalId): incremental scoring rescores the
// accounts that audit entries name, and who may see an account does not change its score.
const shareId = (account: string, email: string) => `${account}:${email}`;

/**
 * Shares an account with a user (it matters for reps: a shared account counts as their
 * own). Sharing again changes nothing and writes no audit entry (`created: false`).
 *
 * @example
 * await shareAccount(store, { account: 'ACME', userEmail: 'bob@example.com', by: 'lead@example.com', now })
 * // { share: { accountExternalId: 'ACME', userEmail: 'bob@example.com', … }, created: true }
 */
export async function shareAccount(store: Store, input: ShareInput): Promise<{ share: StoredShare; created: boolean }> {
  const now = accessTime(input.now, 'now');
  return store.db.transaction().execute(async (trx) => {
    const { accountId, user } = await accountAndUser(trx, input);
    const created = await AccountShareRepository.share(trx, { accountId, userId: user.id, grantedBy: input.by, at: now });
    const share = await AccountShareRepository.get(trx, accountId, user.id);
    if (!share) throw new Error(`share of ${input.account} with ${user.email} vanished`);
    if (created) await AuditRepository.record(trx, { at: now, actor: input.by, action: 'share.grant', entity: 'account_share', entityId: shareId(input.account, user.email), after: share });
    return { share, created };
  });
}

/** Removes a share; returns it as it was, or undefined (and no audit entry) when there was none. */
export async function unshareAccount(store: Store, input: ShareInput): Promise<StoredShare | undefined> {
  const now = accessTime(input.now, 'now');
  return store.db.transaction().execute(async (trx) => {
    const { accountId, user } = await accountAndUser(trx, input);
    const removed = await AccountShareRepository.unshare(trx, { accountId, userId: user.id });
    if (removed) await AuditRepository.record(trx, { at: now, actor: input.by, action: 'share.remove', entity: 'account_share', entityId: shareId(input.account, user.email), before: removed });
    return removed;
  });
}

/** The shares of one account, or of one user, or all of them. */
export async function listShares(store: Store, filter: { account?: string; userEmail?: string } = {}): Promise<StoredShare[]> {
  if (filter.account !== undefined) {
    const accountId = await AccountRepository.idOf(store.db, filter.account);
    if (accountId === undefined) throw new AccessError('unknown_account', `no account with external id "${filter.account}"`);
    const shares = await AccountShareRepository.forAccount(store.db, accountId);
    return filter.userEmail === undefined ? shares : shares.filter((s) => s.userEmail === filter.userEmail?.trim().toLowerCase());
  }
  if (filter.userEmail !== undefined) {
    const user = await UserRepository.byEmail(store.db, filter.userEmail);
    if (!user) throw new AccessError('unknown_user', `no user ${filter.userEmail.trim().toLowerCase()}`);
    return AccountShareRepository.forUser(store.db, user.id);
  }
  return AccountShareRepository.list(store.db);
}
