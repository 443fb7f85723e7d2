import { defineConfig } from 'vitest/config';

// Tests mirror the source tree under test/; e2e suites start real servers, so allow them time.
// The run ends with one line saying what was skipped and why (test/helpers/skip-summary.ts).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    reporters: ['default', './test/helpers/skip-summary.ts'],
  },
});
