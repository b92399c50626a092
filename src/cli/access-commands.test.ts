import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../test/test-setup.js';

const temp = makeTempDir('bw-cli-access-');
const db = join(temp.dir, 'cli.db');
afterAll(() => temp.remove());

function bellwether(args: string[], input = '') {
  const env = { ...process.env, BELLWETHER_USER: 'root@example.com' };
  return spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'main.ts'), '--database-url', db, ...args], { encoding: 'utf8', cwd: join(import.meta.dirname, '../..'), env, input });
}

function json<T>(run: ReturnType<typeof bellwether>): T {
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as T;
}

interface AuditLine {
  action: string;
  actor: string;
  entityId: string;
}

beforeAll(() => {
  const file = join(temp.dir, 'accounts.csv');
  writeFileSync(file, 'external_id,name,domains,owner_email\nA1,Acme,acme.com,ann@example.com\nA2,Beta,beta.com,zed@example.com\n');
  expect(bellwether(['import', file]).status).toBe(0);
});

// Each run starts a process (about 2 s of CPU with tsx), so each case makes few of them; the use cases' own tests cover the rest.
describe('bellwether user, api-key and account share', () => {
  it('creates a user with the password from stdin and lists them as JSON, never with a hash', () => {
    const created = bellwether(['user', 'create', 'Ann@Example.com', '--role', 'rep', '--name', 'Ann Lee', '--password-stdin'], 'correct horse battery\n');
    expect(created.stderr).toBe('');
    expect(created.stdout).toBe('created ann@example.com rep "Ann Lee"\n');

    const users = json<Array<Record<string, unknown>>>(bellwether(['--json', 'user', 'list']));
    expect(users).toEqual([{ id: expect.any(Number), email: 'ann@example.com', name: 'Ann Lee', role: 'rep', hasPassword: true, createdAt: expect.any(String), updatedAt: expect.any(String) }]);
  });

  it('exits 2 on a short password and 1 on a taken email, naming the code', () => {
    const short = bellwether(['user', 'create', 'bob@example.com', '--role', 'rep', '--password-stdin'], 'too short\n');
    const taken = bellwether(['user', 'create', 'ANN@example.com', '--role', 'admin']);

    expect([short.status, taken.status]).toEqual([2, 1]);
    expect(short.stderr).toBe('bellwether: bob@example.com: The password must be at least 12 characters. [weak_password]\n');
    expect(taken.stderr).toBe('bellwether: ANN@example.com: A user with that email already exists. [email_taken]\n');
  });

  it('creates a keys-only user without a password and changes its role', () => {
    expect(bellwether(['user', 'create', 'ci@example.com', '--role', 'viewer']).stdout).toBe('created ci@example.com viewer (API keys only)\n');
    expect(bellwether(['user', 'set-role', 'ci@example.com', 'manager']).stdout).toBe('ci@example.com is now manager (was viewer)\n');
  });

  it('sets a password from stdin and disables a user', () => {
    expect(bellwether(['user', 'set-password', 'ci@example.com', '--password-stdin'], 'a brand new password').stdout).toBe('password set for ci@example.com; their open sessions were ended\n');
    expect(bellwether(['user', 'disable', 'ci@example.com']).stdout).toBe('disabled ci@example.com: their sessions ended; their API keys stop working (within 30 s on a running server)\n');
  });

  it('prints a new API key once, lists it by prefix without the secret, and revokes it', () => {
    const created = bellwether(['api-key', 'create', '--user', 'ann@example.com', '--name', 'nightly import', '--expires', '2099-01-31']);
    expect(created.status).toBe(0);
    const key = /\n {2}(bw_[a-z2-7]{10}_[A-Za-z0-9_-]{43})\n/.exec(created.stdout)?.[1] ?? '';
    const prefix = key.split('_')[1] ?? '';
    expect(created.stdout).toBe(
      [
        `API key "nightly import" for ann@example.com (prefix ${prefix}, expires 2099-01-31):`,
        `  ${key}`,
        'Store it now: it is not shown again (only a hash of it is kept).',
        `Send it as "Authorization: Bearer <key>"; revoke it with: bellwether api-key revoke ${prefix}`,
        '',
      ].join('\n'),
    );

    const list = bellwether(['api-key', 'list', '--user', 'ann@example.com']);
    expect(list.stdout).toMatch(new RegExp(`^${prefix} ann@example.com "nightly import" active, created .* by root@example.com, expires 2099-01-31\\n$`));
    expect(list.stdout).not.toContain(key.slice(14));
    expect(bellwether(['api-key', 'revoke', prefix]).stdout).toBe(`revoked API key ${prefix} ("nightly import", ann@example.com); a running server stops accepting it within 30 s\n`);
  });

  it('shares an account with a user and unshares it', () => {
    expect(bellwether(['account', 'share', 'A2', 'ann@example.com']).stdout).toBe('shared A2 with ann@example.com\n');
    expect(bellwether(['account', 'shares', '--user', 'ann@example.com']).stdout).toMatch(/^A2 ann@example\.com \(shared .* by root@example\.com\)\n$/);
    expect(bellwether(['account', 'unshare', 'A2', 'ann@example.com']).stdout).toBe('A2 is no longer shared with ann@example.com\n');
  });

  it('audited every change above, by BELLWETHER_USER', () => {
    const entries = json<AuditLine[]>(bellwether(['--json', 'audit']));
    expect(entries.every((e) => e.actor === 'root@example.com')).toBe(true);
    expect(entries.map((e) => `${e.action} ${e.entityId.replace(/^[a-z2-7]{10}$/, 'PREFIX')}`)).toEqual([
      'share.remove A2:ann@example.com',
      'share.grant A2:ann@example.com',
      'api_key.revoke PREFIX',
      'api_key.create PREFIX',
      'user.disable ci@example.com',
      'user.password_set ci@example.com',
      'user.role_change ci@example.com',
      'user.create ci@example.com',
      'user.create ann@example.com',
    ]);
  });
});
