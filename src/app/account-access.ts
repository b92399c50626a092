import { AccountShareRepository, type Role, type Store } from '../store/index.js';
import type { Principal } from './principal.js';

export const ROLES = ['admin', 'manager', 'rep', 'viewer'] as const satisfies readonly Role[];

/** What a principal may ask to do; checked by the HTTP layer before it calls a use case. */
export const ACTIONS = ['read', 'write_human_input', 'manage_models', 'import_data', 'manage_users', 'manage_api_keys_of_others', 'read_audit', 'share_accounts', 'manage_review_list', 'read_settings', 'manage_settings'] as const;
export type Action = (typeof ACTIONS)[number];

/** How far a permission reaches: every account, only the principal's own (owned or shared), or nothing. */
export type Reach = 'all' | 'own' | 'none';

/**
 * The permission matrix, one row per action (docs/access.md shows the same table).
 * - A rep's `own` accounts are those they own now (owner_email) and those shared with
 *   them; both count for pulses and overrides, since sharing is how a manager hands a rep
 *   an account to look after.
 * - A rep reads the audit trail of their own accounts only; a viewer not at all (it names
 *   people and their changes, beyond "read-only access to accounts").
 * - `manage_api_keys_of_others` is admin only: a manager who could mint a key for an admin
 *   could act as one. Everyone may manage their own keys (a key carries its owner's role).
 * - The review list (mail no account matched, and assigning its addresses) goes with
 *   importing: it holds mail of every account-to-be. Import settings are read by whoever
 *   imports, changed by admins only: internal domains decide whose mail counts as ours, and
 *   `store_bodies` whether message text is kept at all.
 */
export const PERMISSIONS: Readonly<Record<Action, Readonly<Record<Role, Reach>>>> = {
  //                            admin         manager          rep             viewer
  read:                      { admin: 'all', manager: 'all',  rep: 'own',  viewer: 'all' },
  write_human_input:         { admin: 'all', manager: 'all',  rep: 'own',  viewer: 'none' },
  manage_models:             { admin: 'all', manager: 'all',  rep: 'none', viewer: 'none' },
  import_data:               { admin: 'all', manager: 'all',  rep: 'none', viewer: 'none' },
  manage_users:              { admin: 'all', manager: 'none', rep: 'none', viewer: 'none' },
  manage_api_keys_of_others: { admin: 'all', manager: 'none', rep: 'none', viewer: 'none' },
  read_audit:                { admin: 'all', manager: 'all',  rep: 'own',  viewer: 'none' },
  share_accounts:            { admin: 'all', manager: 'all',  rep: 'none', viewer: 'none' },
  manage_review_list:        { admin: 'all', manager: 'all',  rep: 'none', viewer: 'none' },
  read_settings:             { admin: 'all', manager: 'all',  rep: 'none', viewer: 'none' },
  manage_settings:           { admin: 'all', manager: 'none', rep: 'none', viewer: 'none' },
};

export function reachOf(role: Role, action: Action): Reach {
  return PERMISSIONS[action][role];
}

/**
 * Whether the principal may do this at all (for some accounts at least, when its reach is
 * `own`); an account-level check then follows with {@link canOnAccount}.
 *
 * @example
 * can(rep, 'write_human_input') // true: on their own accounts
 * can(rep, 'manage_models')     // false
 */
export function can(principal: Pick<Principal, 'role'>, action: Action): boolean {
  return reachOf(principal.role, action) !== 'none';
}

/** Admins, managers and viewers see every account; a rep only their own. */
export function canSeeAllAccounts(role: Role): boolean {
  return reachOf(role, 'read') === 'all';
}

/**
 * Which accounts the principal may read: all, or those whose current owner_email is the
 * rep's email (imports store it lower-cased, as users' emails are) plus those shared with
 * the rep (`account_shares`). `AccountShareRepository.visibleAccountIds` lists them.
 */
export type AccountScope = { readonly all: true } | { readonly all: false; readonly ownerEmail: string; readonly userId: number };

export function visibleAccountScope(principal: Principal): AccountScope {
  return canSeeAllAccounts(principal.role) ? { all: true } : { all: false, ownerEmail: principal.email, userId: principal.userId };
}

/** Whether the principal may do `action` on this account (by external id). An unknown account is out of a rep's reach. */
export async function canOnAccount(store: Store, principal: Principal, action: Action, accountExternalId: string): Promise<boolean> {
  const reach = reachOf(principal.role, action);
  if (reach !== 'own') return reach === 'all';
  return AccountShareRepository.inScope(store.db, accountExternalId, { ownerEmail: principal.email, userId: principal.userId });
}

export function canSeeAccount(store: Store, principal: Principal, accountExternalId: string): Promise<boolean> {
  return canOnAccount(store, principal, 'read', accountExternalId);
}

/** Pulses and overrides: admins and managers on any account, a rep on their own (owned or shared), a viewer never. */
export function canWriteHumanInput(store: Store, principal: Principal, accountExternalId: string): Promise<boolean> {
  return canOnAccount(store, principal, 'write_human_input', accountExternalId);
}
