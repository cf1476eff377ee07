import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['workers/**/*.test.ts', 'db/**/*.test.ts', 'shared/**/*.test.ts', 'scripts/**/*.test.ts', 'web/src/**/*.test.ts', 'test/*.test.ts', 'test/fixtures/*.test.ts'],
    env: { BETTER_AUTH_TELEMETRY: '0' },
    testTimeout: 20_000,
  },
});
