import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultWebDir } from '../../src/server/index.js';

describe('the dashboard build the tests and `npm start` serve', () => {
  it("is React's production build, even when built under the test runner (NODE_ENV=test)", () => {
    const dir = defaultWebDir() ?? '';
    expect(dir).not.toBe('');
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    const entry = /<script[^>]+src="\/?([^"]+\.js)"/.exec(html)?.[1];
    expect(entry).toBeDefined();
    const bundle = readFileSync(join(dir, entry ?? ''), 'utf8');
    expect(bundle.length).toBeGreaterThan(10_000);
    // The development JSX runtime and React's dev-only warnings are absent from a production bundle.
    expect(bundle).not.toContain('jsxDEV');
    expect(bundle).not.toContain('is not a valid value for');
  });
});
