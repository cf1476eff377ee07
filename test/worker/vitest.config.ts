/**
 * The Worker suite: the API suites of the Node runtime (workers/src/routes/*.test.ts,
 * test/isolation.test.ts) run again, unchanged, against workers/src/worker.ts inside workerd,
 * with libSQL over HTTP and the fake Turso API from global-setup.ts. test/fixtures/app.ts is
 * swapped for app-worker.ts, which talks to the Worker through SELF.
 */
import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { mailApiKey, turso } from './global-setup';

const nodeApp = fileURLToPath(new URL('../fixtures/app.ts', import.meta.url));
const workerApp = fileURLToPath(new URL('../fixtures/app-worker.ts', import.meta.url));

const workerTarget: Plugin = {
  name: 'amity-worker-target',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return resolved?.id === nodeApp ? workerApp : null;
  },
};

export default defineConfig({
  plugins: [
    workerTarget,
    cloudflareTest(({ inject }) => ({
      main: './workers/src/worker.ts',
      wrangler: { configPath: './wrangler.toml' },
      miniflare: {
        bindings: {
          PUBLIC_URL: 'http://localhost:8787',
          AUTH_SECRET: 'test-secret-test-secret-test-secret!',
          CATALOG_URL: inject('catalogUrl'),
          TURSO_API_URL: inject('tursoApiUrl'),
          TENANT_URL_TEMPLATE: inject('tenantUrlTemplate'),
          TURSO_ORG: turso.org,
          TURSO_GROUP: turso.group,
          TURSO_API_TOKEN: turso.token,
          MAIL_API_URL: inject('mailApiUrl'),
          MAIL_API_KEY: mailApiKey,
          MAIL_FROM: 'Amity <no-reply@amity.test>',
        },
      },
    })),
  ],
  test: {
    include: ['test/worker/**/*.test.ts', 'test/isolation.test.ts', 'workers/src/routes/*.test.ts'],
    globalSetup: ['test/worker/global-setup.ts'],
    testTimeout: 30_000,
  },
});
