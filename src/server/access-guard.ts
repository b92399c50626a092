import type { Context } from 'hono';
import { can, canSeeAccount, canWriteHumanInput, type Action, type Principal } from '../app/index.js';
import { AccountRepository, type Store } from '../store/index.js';
import type { ApiEnv } from './api-env.js';
import { ApiProblem } from './problem.js';

/** The signed-in principal of a request (set by `authenticate`). */
export function principalOf(c: Context<ApiEnv>): Principal {
  return c.get('principal');
}

/** 403 unless the principal's role allows the action at all. */
export function requireAction(c: Context<ApiEnv>, action: Action): Principal {
  const principal = principalOf(c);
  if (!can(principal, action)) throw new ApiProblem('forbidden', `Your role (${principal.role}) may not ${action.replace(/_/g, ' ')}.`);
  return principal;
}

export interface VisibleAccount {
  readonly id: number;
  readonly externalId: string;
}

/**
 * The account a path names, if the principal may see it. An account they may not see is
 * answered exactly like one that does not exist (404), so a rep cannot learn which ids
 * other reps' accounts have.
 */
export async function visibleAccount(store: Store, principal: Principal, externalId: string): Promise<VisibleAccount> {
  const id = await AccountRepository.idOf(store.db, externalId);
  if (id === undefined || !(await canSeeAccount(store, principal, externalId))) throw new ApiProblem('account-not-found', `No account "${externalId}".`);
  return { id, externalId };
}

/** The account, if the principal may set overrides and pulses on it: 404 when they may not see it, 403 when they may see but not change it. */
export async function writableAccount(store: Store, principal: Principal, externalId: string): Promise<VisibleAccount> {
  const account = await visibleAccount(store, principal, externalId);
  if (!(await canWriteHumanInput(store, principal, account.externalId))) throw new ApiProblem('forbidden', `Your role (${principal.role}) may not change overrides or pulses of ${externalId}.`);
  return account;
}
