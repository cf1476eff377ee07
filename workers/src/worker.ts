import type { R2Bucket } from '@cloudflare/workers-types';
import { createClient } from '@libsql/client/web';
import { catalogDb } from '../../db';
import { tursoTenants, type TursoSettings } from '../../db/provider-turso';
import { createApp } from './app';
import { defaultConfig, type AppDeps, type Mailer } from './deps';
import { R2FileStore } from './files-r2';
import { limitedFetch } from './services/connection-limit';
import { refreshSnapshots, sweepSnapshots } from './services/snapshots';

/** The Worker's bindings and secrets (README "Deploy to Cloudflare"). */
export interface WorkerEnv {
  ASSETS: { fetch(request: Request): Promise<Response> };
  /** R2 bucket for attachments. */
  FILES: R2Bucket;
  PUBLIC_URL: string;
  CATALOG_URL: string;
  TURSO_ORG: string;
  TURSO_GROUP: string;
  /** Optional: another Turso platform API endpoint (tests use a local fake). */
  TURSO_API_URL?: string;
  /**
   * Optional: where a workspace database is served, `{hostname}` standing for its Turso
   * hostname. The catalog records libsql://<hostname>; tests serve it from a local server.
   */
  TENANT_URL_TEMPLATE?: string;
  // Secrets
  AUTH_SECRET: string;
  CATALOG_TOKEN?: string;
  /** A group token: authorises the workspace databases of TURSO_GROUP. */
  TENANT_TOKEN?: string;
  TURSO_API_TOKEN: string;
}

export function tursoSettings(env: Omit<WorkerEnv, 'ASSETS' | 'FILES'>): TursoSettings {
  return {
    org: env.TURSO_ORG,
    group: env.TURSO_GROUP,
    apiToken: env.TURSO_API_TOKEN,
    apiUrl: env.TURSO_API_URL,
    databaseToken: env.TENANT_TOKEN,
    urlTemplate: env.TENANT_URL_TEMPLATE,
  };
}

/** Until a mail service is bound, messages go to the Worker's log. */
const logMailer: Mailer = {
  async send(message) {
    console.log(`[mail] to ${message.to}: ${message.subject}\n${message.text}`);
  },
};

/**
 * Fresh clients for each request (a Worker must not share connections across requests),
 * sharing one fetch that keeps them under the Workers limit of 6 open connections.
 */
export function workerDeps(env: WorkerEnv): AppDeps {
  const fetch = limitedFetch(6);
  const connect = (config: { url: string; authToken?: string }) => createClient({ ...config, fetch });
  return {
    catalog: catalogDb(connect({ url: env.CATALOG_URL, authToken: env.CATALOG_TOKEN })),
    tenants: tursoTenants(tursoSettings(env), connect),
    mailer: logMailer,
    files: new R2FileStore(env.FILES),
    config: { ...defaultConfig, publicUrl: env.PUBLIC_URL.replace(/\/$/, ''), authSecret: env.AUTH_SECRET },
  };
}

/** What the Worker runtime passes with each request or cron event. */
interface ExecutionContext {
  waitUntil(promise: Promise<unknown>): void;
}

export default {
  async fetch(request: Request, env: WorkerEnv, ctx?: ExecutionContext): Promise<Response> {
    if (!new URL(request.url).pathname.startsWith('/api/')) return env.ASSETS.fetch(request);
    const deps = workerDeps(env);
    // Snapshot refreshes after a change run after the answer (waitUntil); one per workspace and
    // request. The catalog client is closed once they are done.
    const tasks = new Map<string, () => Promise<void>>();
    if (ctx) deps.schedule = (key, task) => void tasks.set(key, task);
    try {
      return await createApp(deps).fetch(request);
    } finally {
      if (tasks.size && ctx) {
        const run = async () => {
          for (const [key, task] of tasks) await task().catch((err) => console.error(`[schedule] ${key} failed:`, err));
        };
        ctx.waitUntil(run().finally(() => deps.catalog.$client.close()));
      } else {
        deps.catalog.$client.close();
      }
    }
  },

  /** Cron Trigger (wrangler.toml [triggers]): recompute every workspace's snapshots, one at a time. */
  async scheduled(_event: unknown, env: WorkerEnv, ctx: ExecutionContext): Promise<void> {
    const deps = workerDeps(env);
    const sweep = sweepSnapshots(deps)
      .then((report) => {
        for (const f of report.failed) console.error(`[snapshots] workspace ${f.slug} failed: ${f.error}`);
        console.log(`[snapshots] ${report.refreshed} workspaces refreshed in ${report.ms} ms`);
      })
      .finally(() => deps.catalog.$client.close());
    ctx.waitUntil(sweep);
    await sweep;
  },
};

export { refreshSnapshots };
