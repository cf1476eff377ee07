import { createClient } from '@libsql/client/web';
import { createClient as createTursoApi } from '@tursodatabase/api';
import { catalogDb } from '../../db';
import { TursoTenantDatabases } from '../../db/provider-turso';
import { createApp } from './app';
import { defaultConfig, type AppDeps, type Mailer } from './deps';

/** The Worker's bindings and secrets (README "Deploy to Cloudflare"). */
export interface WorkerEnv {
  ASSETS: { fetch(request: Request): Promise<Response> };
  PUBLIC_URL: string;
  CATALOG_URL: string;
  TURSO_ORG: string;
  TURSO_GROUP: string;
  /** Optional: another Turso platform API endpoint (tests use a local fake). */
  TURSO_API_URL?: string;
  // Secrets
  AUTH_SECRET: string;
  CATALOG_TOKEN?: string;
  /** A group token: authorises the workspace databases of TURSO_GROUP. */
  TENANT_TOKEN?: string;
  TURSO_API_TOKEN: string;
}

/** Until a mail service is bound, messages go to the Worker's log. */
const logMailer: Mailer = {
  async send(message) {
    console.log(`[mail] to ${message.to}: ${message.subject}\n${message.text}`);
  },
};

/** Fresh clients for each request: a Worker must not share connections across requests. */
function workerDeps(env: WorkerEnv): AppDeps {
  const api = createTursoApi({ org: env.TURSO_ORG, token: env.TURSO_API_TOKEN, baseUrl: env.TURSO_API_URL });
  return {
    catalog: catalogDb(createClient({ url: env.CATALOG_URL, authToken: env.CATALOG_TOKEN })),
    tenants: new TursoTenantDatabases(api, env.TURSO_GROUP, (url) => createClient({ url, authToken: env.TENANT_TOKEN })),
    mailer: logMailer,
    config: { ...defaultConfig, publicUrl: env.PUBLIC_URL.replace(/\/$/, ''), authSecret: env.AUTH_SECRET },
  };
}

export default {
  async fetch(request: Request, env: WorkerEnv): Promise<Response> {
    if (!new URL(request.url).pathname.startsWith('/api/')) return env.ASSETS.fetch(request);
    const deps = workerDeps(env);
    try {
      return await createApp(deps).fetch(request);
    } finally {
      deps.catalog.$client.close();
    }
  },
};
