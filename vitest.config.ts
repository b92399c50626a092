import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.ts'],
    // PostgreSQL suites share one server; files run in parallel but each uses its own schema.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // The dashboard is built once for the browser tests (test/web).
    globalSetup: ['test/web/build-dashboard.global.ts'],
  },
});
