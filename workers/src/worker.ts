import type { R2Bucket } from '@cloudflare/workers-types';
import type { Client } from '@libsql/client';
import { AsyncLocalStorage } from 'node:async_hooks';
import { createClient } from '@libsql/client/web';
import { catalogDb } from '../../db';
import type { TenantDatabases } from '../../db/provider';
import { tursoTenants, type TursoSettings } from '../../db/provider-turso';
import { createApp, type App } from './app';
import { defaultConfig, type AppDeps, type Mailer } from './deps';
import { HttpMailer } from './mailer-http';
import { R2FileStore } from './files-r2';
import { limitedFetch } from './services/connection-limit';
import { runDebounced } from './services/debounce';
import { refreshDebounceMs } from './services/snapshot-hook';
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
  /** Optional: an HTTP e-mail API (mailer-http.ts) and the sender; without it mail goes to the log. */
  MAIL_API_URL?: string;
  MAIL_FROM?: string;
  // Secrets
  AUTH_SECRET: string;
  CATALOG_TOKEN?: string;
  /** A group token: authorises the workspace databases of TURSO_GROUP. */
  TENANT_TOKEN?: string;
  TURSO_API_TOKEN: string;
  MAIL_API_KEY?: string;
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

/** Without a mail API configured, messages go to the Worker's log. */
const logMailer: Mailer = {
  async send(message) {
    console.log(`[mail] to ${message.to}: ${message.subject}\n${message.text}`);
  },
};

/** The mail API of MAIL_API_URL (mailer-http.ts), sending as MAIL_FROM; else the log. */
function mailerFor(env: Pick<WorkerEnv, 'MAIL_API_URL' | 'MAIL_API_KEY' | 'MAIL_FROM' | 'PUBLIC_URL'>): Mailer {
  if (!env.MAIL_API_URL) return logMailer;
  const from = env.MAIL_FROM ?? `Amity <no-reply@${new URL(env.PUBLIC_URL).hostname}>`;
  return new HttpMailer({ url: env.MAIL_API_URL, apiKey: env.MAIL_API_KEY ?? '', from });
}

/** The connections of one request (or cron event): a Worker must not share them across requests. */
interface RequestScope {
  catalog: Client;
  tenants: TenantDatabases;
  /** Snapshot refreshes to run after the answer (waitUntil, debounced), one per workspace. */
  tasks: Map<string, () => Promise<void>>;
}

const requestScope = new AsyncLocalStorage<RequestScope>();

function current(): RequestScope {
  const scope = requestScope.getStore();
  if (!scope) throw new Error('database access outside a request');
  return scope;
}

/** Fresh clients sharing one fetch that keeps them under the Workers limit of 6 open connections. */
function openScope(env: WorkerEnv): RequestScope {
  const fetch = limitedFetch(6);
  const connect = (config: { url: string; authToken?: string }) => createClient({ ...config, fetch });
  return { catalog: connect({ url: env.CATALOG_URL, authToken: env.CATALOG_TOKEN }), tenants: tursoTenants(tursoSettings(env), connect), tasks: new Map() };
}

/**
 * The app's dependencies for the isolate's lifetime, whose databases are the current request's:
 * the app (its routes, better-auth) is built once per isolate instead of once per request, which
 * cost ~12 ms of CPU each time, while every request still uses only its own connections.
 */
function isolateDeps(env: WorkerEnv): AppDeps {
  const catalog = new Proxy({} as Client, {
    get(_target, prop) {
      const client = current().catalog;
      const value = Reflect.get(client, prop);
      return typeof value === 'function' ? value.bind(client) : value;
    },
  });
  return {
    catalog: catalogDb(catalog),
    tenants: { open: (ref) => current().tenants.open(ref), create: (id) => current().tenants.create(id), drop: (ref) => current().tenants.drop(ref) },
    mailer: mailerFor(env),
    files: new R2FileStore(env.FILES),
    config: { ...defaultConfig, publicUrl: env.PUBLIC_URL.replace(/\/$/, ''), authSecret: env.AUTH_SECRET },
    schedule: (key, task) => void current().tasks.set(key, task),
  };
}

/** One app per isolate and bindings object. */
const apps = new WeakMap<WorkerEnv, { app: App; deps: AppDeps }>();
function appFor(env: WorkerEnv) {
  let entry = apps.get(env);
  if (!entry) {
    const deps = isolateDeps(env);
    entry = { app: createApp(deps), deps };
    apps.set(env, entry);
  }
  return entry;
}

/** What the Worker runtime passes with each request or cron event. */
interface ExecutionContext {
  waitUntil(promise: Promise<unknown>): void;
}

export default {
  async fetch(request: Request, env: WorkerEnv, ctx?: ExecutionContext): Promise<Response> {
    if (!new URL(request.url).pathname.startsWith('/api/')) return env.ASSETS.fetch(request);
    const scope = openScope(env);
    const { app } = appFor(env);
    try {
      return await requestScope.run(scope, () => app.fetch(request));
    } finally {
      const { tasks } = scope;
      if (tasks.size && ctx) {
        // After the answer: each workspace's refresh, unless another request already waits to do it.
        const run = () =>
          runDebounced(appFor(env).deps.catalog, tasks, {
            ms: refreshDebounceMs,
            now: () => new Date(),
            sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
            onError: (key, err) => console.error(`[schedule] ${key} failed:`, err),
          });
        ctx.waitUntil(requestScope.run(scope, run).finally(() => scope.catalog.close()));
      } else {
        scope.catalog.close();
      }
    }
  },

  /** Cron Trigger (wrangler.toml [triggers]): recompute every workspace's snapshots, one at a time. */
  async scheduled(_event: unknown, env: WorkerEnv, ctx: ExecutionContext): Promise<void> {
    const scope = openScope(env);
    const sweep = requestScope
      .run(scope, () => sweepSnapshots(appFor(env).deps))
      .then((report) => {
        for (const f of report.failed) console.error(`[snapshots] workspace ${f.slug} failed: ${f.error}`);
        console.log(`[snapshots] ${report.refreshed} workspaces refreshed in ${report.ms} ms`);
      })
      .finally(() => scope.catalog.close());
    ctx.waitUntil(sweep);
    await sweep;
  },
};

export { refreshSnapshots };
