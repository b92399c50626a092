import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../test/test-setup.js';

const temp = makeTempDir('bw-cli-pulse-');
const db = join(temp.dir, 'cli.db');
afterAll(() => temp.remove());

function bellwether(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'main.ts'), '--database-url', db, ...args], { encoding: 'utf8', cwd: join(import.meta.dirname, '../..') });
}

beforeAll(() => {
  const file = join(temp.dir, 'accounts.csv');
  writeFileSync(file, 'external_id,name,domains\nA1,Acme,acme.com\nA2,Beta,beta.com\n');
  expect(bellwether('import', file).status).toBe(0);
});

describe('bellwether pulse and audit', () => {
  it("supersedes the author's previous pulse on the account, leaves another rep's standing, and audits both", () => {
    const first = bellwether('pulse', 'A1', '--rating', 'red', '--note', 'sponsor leaving', '--author', 'ann@example.com', '--expires', '2099-06-30');
    const other = bellwether('pulse', 'A1', '--rating', 'yellow', '--note', 'quiet quarter', '--author', 'bob@example.com', '--expires', '2099-06-30');
    const second = bellwether('pulse', 'A1', '--rating', 'green', '--note', 'new sponsor met', '--author', 'ann@example.com', '--expires', '2099-06-30');

    expect(first.stdout).toBe('#1 red until 2099-06-30 by ann@example.com: "sponsor leaving"\n');
    expect(other.stdout).toBe('#2 yellow until 2099-06-30 by bob@example.com: "quiet quarter"\n');
    expect(second.stdout).toBe('#3 green until 2099-06-30 by ann@example.com: "new sponsor met"\n  supersedes #1 red: "sponsor leaving"\n');
    const list = bellwether('pulse', 'A1', '--list');
    expect(list.stdout.split('\n').map((l) => l.replace(/ended \S+ \S+ by/, 'ended … by'))).toEqual([
      '#3 green until 2099-06-30 by ann@example.com: "new sponsor met"',
      '#2 yellow until 2099-06-30 by bob@example.com: "quiet quarter"',
      '#1 red until 2099-06-30 by ann@example.com: "sponsor leaving" [ended … by ann@example.com: "superseded by pulse #3"]',
      '',
    ]);
    const audit = bellwether('audit', '--account', 'A1');
    expect(audit.stdout.split('\n').map((l) => l.split(' ').slice(1).join(' '))).toEqual([
      'ann@example.com pulse.create pulse #3 (A1)',
      'ann@example.com pulse.supersede pulse #1 (A1)',
      'bob@example.com pulse.create pulse #2 (A1)',
      'ann@example.com pulse.create pulse #1 (A1)',
      '',
    ]);
  });

  it('exits 2 on a rating that is not red, yellow or green', () => {
    const run = bellwether('pulse', 'A2', '--rating', 'blue', '--note', 'hmm');

    expect(run.status).toBe(2);
    expect(run.stderr).toBe('bellwether: A2: The rating must be red, yellow or green. [invalid_rating]\n');
  });

  it('audit --account shows only that account; --json gives before and after', () => {
    const set = bellwether('--json', 'pulse', 'A2', '--rating', 'red', '--note', 'budget cut');
    expect(set.status).toBe(0);

    const a2 = bellwether('audit', '--account', 'A2');
    const json = JSON.parse(bellwether('--json', 'audit', '--limit', '2').stdout) as Array<{ action: string; accountExternalId: string; before?: unknown; after: { rating: string; expiresAt: string } }>;

    expect(a2.stdout.trim().split('\n')).toHaveLength(1);
    expect(a2.stdout).toMatch(/ pulse\.create pulse #4 \(A2\)\n$/);
    expect(json.map((e) => `${e.action} ${e.accountExternalId}`)).toEqual(['pulse.create A2', 'pulse.create A1']);
    expect(json[0]).not.toHaveProperty('before');
    expect(json[0]?.after.rating).toBe('red');
    // No --expires: 90 days from now.
    const days = (Date.parse(json[0]?.after.expiresAt ?? '') - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(89);
    expect(days).toBeLessThanOrEqual(90);
  });
});
