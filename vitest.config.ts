import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // PostgreSQL suites share one server; files run in parallel but each uses its own schema.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
