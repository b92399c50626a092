import type { Role, StoredUser } from '../store/index.js';

/** How a request proved who it is. */
export type PrincipalVia = 'session' | 'api_key' | 'bootstrap';

/** Who is acting: a user and their role, as proved by a session, an API key or the bootstrap token. */
export interface Principal {
  readonly userId: number;
  /** Lower-cased; for a rep, the owner_email of their accounts. */
  readonly email: string;
  readonly name?: string;
  readonly role: Role;
  readonly via: PrincipalVia;
}

export function principalOf(user: StoredUser, via: PrincipalVia): Principal {
  return { userId: user.id, email: user.email, ...(user.name !== undefined ? { name: user.name } : {}), role: user.role, via };
}
