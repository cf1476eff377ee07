import { defineConfig } from 'vitest/config';

/** Browser tests: one real server (global-setup.ts) and Chromium, one file at a time. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: 'test/e2e/global-setup.ts',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
