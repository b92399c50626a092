import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'bw-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function bellwether(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'main.ts'), ...args], { encoding: 'utf8', cwd: join(import.meta.dirname, '../..') });
}

describe('bellwether import', () => {
  it('imports 997 of 1,000 rows and names the 3 bad ones with file, line and reason, exiting 1', () => {
    const lines = ['external_id,name,domains,arr,renewal_date,seats'];
    for (let i = 1; i <= 1000; i++) lines.push(`A${i},Account ${i},acct${i}.com,${1000 + i},2027-01-15,${i % 50}`);
    lines[101] = 'A101,Account 101,acct101.com,1101,2027-02-30,1'; // line 102
    lines[501] = 'A501,Account 501,acct501.com,-5,2027-01-15,1'; // line 502
    lines[901] = 'A901,Account 901,acct901.com,lots,2027-01-15,1'; // line 902
    const file = join(dir, 'accounts.csv');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const db = join(dir, 'cli.db');

    const run = bellwether('--database-url', db, 'import', file);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('1000 rows, 997 new, 0 changed, 0 unchanged, 3 rejected');
    expect(run.stdout).toContain('accounts.csv:102: renewal_date: "2027-02-30" is not a real date: February 2027 has 28 days [invalid_date]');
    expect(run.stdout).toContain('accounts.csv:502: arr: amount -5 is negative [negative_amount]');
    expect(run.stdout).toContain('accounts.csv:902: arr: "lots" is not a number [unparseable_number]');

    const json = bellwether('--database-url', db, '--json', 'import', file);
    const report = JSON.parse(json.stdout) as { totals: { inserted: number; unchanged: number; quarantined: number } };
    expect(report.totals).toMatchObject({ inserted: 0, unchanged: 997, quarantined: 3 });
  });

  it('exits 2 on a usage error', () => {
    const run = bellwether('--database-url', join(dir, 'usage.db'), 'import', 'x.csv', '--kind', 'planets');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown kind "planets"');
  });
});
