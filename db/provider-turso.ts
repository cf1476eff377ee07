import type { Client } from '@libsql/client';
import { createClient as createTursoApi } from '@tursodatabase/api';
import { tenantDb, type TenantDb } from './index';
import { initTenant, type TenantDatabases } from './provider';

type TursoClient = ReturnType<typeof createTursoApi>;

/**
 * Each workspace in its own Turso database, created through the Turso platform API in one
 * group. The reference recorded in the catalog is the database's libSQL URL. `connect` opens a
 * client for a URL (the web client on Workers); handles are kept for the life of this object,
 * which on Workers is one request.
 */
export class TursoTenantDatabases implements TenantDatabases {
  private readonly handles = new Map<string, TenantDb>();

  constructor(
    private readonly api: TursoClient,
    private readonly group: string,
    private readonly connect: (url: string) => Client,
  ) {}

  static databaseName(workspaceId: string): string {
    return `ws-${workspaceId}`;
  }

  async create(workspaceId: string): Promise<string> {
    const name = TursoTenantDatabases.databaseName(workspaceId);
    const created = await this.api.databases.create(name, { group: this.group });
    const ref = `libsql://${created.hostname}`;
    try {
      await initTenant(this.open(ref).$client);
    } catch (e) {
      await this.drop(ref);
      throw e;
    }
    return ref;
  }

  open(ref: string): TenantDb {
    let db = this.handles.get(ref);
    if (!db) {
      db = tenantDb(this.connect(ref));
      this.handles.set(ref, db);
    }
    return db;
  }

  async drop(ref: string): Promise<void> {
    this.handles.get(ref)?.$client.close();
    this.handles.delete(ref);
    // Turso hostnames are <database>-<organisation>.<region>.turso.io
    const name = /^(ws-[a-z0-9]+)[-.]/.exec(new URL(ref).hostname)?.[1];
    if (!name) throw new Error(`not a workspace database: ${ref}`);
    await this.api.databases.delete(name);
  }
}

/** How to reach Turso: the platform API for provisioning and the workspace databases. */
export interface TursoSettings {
  org: string;
  group: string;
  apiToken: string;
  /** Another platform API endpoint (tests use a local fake). */
  apiUrl?: string;
  /** A group token that authorises the workspace databases. */
  databaseToken?: string;
  /** Where a database is served, `{hostname}` standing for its Turso hostname (tests). */
  urlTemplate?: string;
}

/**
 * The Turso-backed TenantDatabases for either runtime: `createClient` is @libsql/client/web in
 * the Worker and @libsql/client on Node (npm run migrate).
 */
export function tursoTenants(settings: TursoSettings, createClient: (config: { url: string; authToken?: string }) => Client) {
  const api = createTursoApi({ org: settings.org, token: settings.apiToken, baseUrl: settings.apiUrl });
  const url = (ref: string) => settings.urlTemplate?.replace('{hostname}', new URL(ref).hostname) ?? ref;
  return new TursoTenantDatabases(api, settings.group, (ref) => createClient({ url: url(ref), authToken: settings.databaseToken }));
}
