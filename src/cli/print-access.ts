import { DEMO_PASSWORD, ensureBootstrapToken, type DemoUser } from '../app/index.js';
import type { Store } from '../store/index.js';

/** When no admin exists yet: the one-time token to create the first one, and how. */
export async function printBootstrapToken(store: Store, now: string, port: number): Promise<void> {
  const token = await ensureBootstrapToken(store, now);
  if (!token) return;
  process.stdout.write(
    [
      'No admin exists yet. Create the first one with this one-time token (it is not shown again; a restart prints a new one):',
      `  ${token}`,
      `  curl -X POST http://localhost:${port}/api/v1/auth/bootstrap -H 'content-type: application/json' \\`,
      `    -d '{"token":"${token}","email":"you@example.com","password":"at least 12 characters"}'`,
      '  or on this machine: npx bellwether user create you@example.com --role admin',
      '',
    ].join('\n'),
  );
}

/** The demo's users and their shared password, and how to make real ones. */
export function printDemoUsers(users: readonly DemoUser[]): void {
  const reps = users.filter((u) => u.role === 'rep');
  const others = users.filter((u) => u.role !== 'rep');
  process.stdout.write(
    [
      `Demo users (password "${DEMO_PASSWORD}"; for a local demo only):`,
      ...others.map((u) => `  ${u.role.padEnd(8)} ${u.email}`),
      `  rep      ${reps
        .slice(0, 3)
        .map((u) => u.email)
        .join(', ')}${reps.length > 3 ? ` and ${reps.length - 3} more (each sees their own accounts)` : ''}`,
      'Real users: npx bellwether user create EMAIL --role admin|manager|rep|viewer; API keys: npx bellwether api-key create --user EMAIL --name NAME',
      '',
    ].join('\n'),
  );
}
