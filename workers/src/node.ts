import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { createClient } from '@libsql/client';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { catalogDb } from '../../db';
import { migrateAll } from '../../db/migrate';
import { FileTenantDatabases } from '../../db/provider-file';
import { createApp } from './app';
import { defaultConfig, type AppDeps } from './deps';
import { DiskFileStore } from './files-disk';
import { FileMailer } from './mailer-file';
import { debouncedSchedule } from './services/snapshot-hook';
import { sweepSnapshots } from './services/snapshots';

process.env.BETTER_AUTH_TELEMETRY ??= '0';

/** Reads the variables of API.md "Running". */
export function nodeSettings(env: NodeJS.ProcessEnv = process.env) {
  const port = Number(env.PORT ?? 8787);
  const dataDir = resolve(env.DATA_DIR ?? './data');
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    dataDir,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    demo: env.DEMO !== '0',
  };
}

/** The secret that signs cookies: AUTH_SECRET, or one made once and kept in DATA_DIR. */
function authSecret(dataDir: string): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = join(dataDir, 'auth-secret');
  if (!existsSync(file)) {
    const bytes = crypto.getRandomValues(new Uint8Array(32));
    writeFileSync(file, Buffer.from(bytes).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

/** Opens DATA_DIR's databases and migrates them; reports tenants that failed by slug. */
export async function nodeDeps(settings = nodeSettings()): Promise<AppDeps> {
  mkdirSync(settings.dataDir, { recursive: true });
  const catalog = catalogDb(createClient({ url: `file:${join(settings.dataDir, 'catalog.db')}` }));
  const tenants = new FileTenantDatabases(settings.dataDir);
  const report = await migrateAll(catalog, tenants);
  for (const f of report.failed) console.error(`[migrate] workspace ${f.slug} failed: ${f.error}`);
  return {
    catalog,
    tenants,
    mailer: new FileMailer(join(settings.dataDir, 'outbox')),
    files: new DiskFileStore(join(settings.dataDir, 'files')),
    config: { ...defaultConfig, publicUrl: settings.publicUrl, authSecret: authSecret(settings.dataDir) },
    // A change refreshes its workspace's snapshots 2 s after the last change of a burst.
    schedule: debouncedSchedule(),
  };
}

/** How often every workspace's snapshots are recomputed, whatever the changes. */
export const sweepEveryMs = 15 * 60_000;

/**
 * The periodic sweep of snapshots: once soon after start (so figures exist for data loaded
 * while the server was down), then every `sweepEveryMs`. Never two sweeps at once.
 */
export function startSweeps(deps: AppDeps, everyMs = sweepEveryMs) {
  let running = false;
  const sweep = async () => {
    if (running) return;
    running = true;
    try {
      const report = await sweepSnapshots(deps);
      for (const f of report.failed) console.error(`[snapshots] workspace ${f.slug} failed: ${f.error}`);
    } catch (err) {
      console.error('[snapshots] sweep failed:', err);
    } finally {
      running = false;
    }
  };
  const first = setTimeout(sweep, 1_000);
  const timer = setInterval(sweep, everyMs);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}

/** Serves the API and the built web app (web/dist) on one origin, with deep links. */
export function startServer(deps: AppDeps, settings = nodeSettings()) {
  const app = createApp(deps);
  // Relative to the working directory, which npm start sets to the checkout.
  const root = 'web/dist';
  const files = serveStatic({ root });
  const spa = serveStatic({ root, path: 'index.html' });
  app.get('*', (c, next) => (c.req.path.startsWith('/api/') ? next() : files(c, next)));
  app.get('*', (c, next) => (c.req.path.startsWith('/api/') ? next() : spa(c, next)));
  startSweeps(deps);
  return serve({ fetch: app.fetch, port: settings.port, hostname: settings.host });
}
