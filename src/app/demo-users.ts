import { AccountShareRepository, UserRepository, type Role, type Store } from '../store/index.js';
import { SYSTEM_ACTOR } from './bootstrap.js';
import { hashPassword } from './password-hash.js';
import { insertUser } from './users.js';

/** The password of every demo user. For local demos only: anyone who reads this can log in. */
export const DEMO_PASSWORD = 'bellwether-demo';
export const DEMO_ADMIN_EMAIL = 'admin@demo.bellwether.local';
export const DEMO_MANAGER_EMAIL = 'manager@demo.bellwether.local';
export const DEMO_VIEWER_EMAIL = 'viewer@demo.bellwether.local';

export interface DemoUser {
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  /** False when the user existed already (its role and password are then left as they were). */
  readonly created: boolean;
}

const FIXED: readonly Omit<DemoUser, 'created'>[] = [
  { email: DEMO_ADMIN_EMAIL, name: 'Demo Admin', role: 'admin' },
  { email: DEMO_MANAGER_EMAIL, name: 'Demo Manager', role: 'manager' },
  { email: DEMO_VIEWER_EMAIL, name: 'Demo Viewer', role: 'viewer' },
];

/**
 * For `npm start` on the demo database only: creates, if missing, a demo admin, manager and
 * viewer and a rep for every account owner in the data (their own email, so they see
 * their accounts), all with `password`. Idempotent: existing users are left alone. Returns
 * every demo user, for start to print.
 *
 * @example
 * const users = await ensureDemoUsers(store, now)
 * // [{ email: 'admin@demo.bellwether.local', role: 'admin', created: true }, …, { email: 'maya.chen@bellwether-demo.com', role: 'rep', … }]
 */
export async function ensureDemoUsers(store: Store, now: string, password: string = DEMO_PASSWORD): Promise<DemoUser[]> {
  const owners = await AccountShareRepository.accountOwners(store.db);
  const wanted = [...FIXED, ...owners.map((o) => ({ email: o.email, name: o.name ?? o.email.split('@')[0] ?? o.email, role: 'rep' as const }))];
  const existing = new Map((await UserRepository.list(store.db)).map((u) => [u.email, u]));
  // One hash for all: they share the password anyway, and ten scrypt runs would slow every first start by a second.
  const hash = wanted.some((u) => !existing.has(u.email)) ? await hashPassword(password) : undefined;
  return store.db.transaction().execute(async (trx) => {
    const out: DemoUser[] = [];
    for (const user of wanted) {
      const found = existing.get(user.email);
      if (found || hash === undefined) {
        out.push({ email: user.email, name: found?.name ?? user.name, role: found?.role ?? user.role, created: false });
        continue;
      }
      await insertUser(trx, user, hash, { actor: SYSTEM_ACTOR, now });
      out.push({ ...user, created: true });
    }
    return out;
  });
}
