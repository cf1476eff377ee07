import type { Client } from '@libsql/client';
import { totalChangesStamp, watchChanges } from './changes';
import { tenantDb, memoryClient, type TenantDb } from './index';
import { applyMigrations } from './migrator';
import { migrations } from './tenant/migrations.gen';

/**
 * Where workspace databases live. `create` makes and migrates a new database and returns the
 * reference the catalog records for it; `open` gives a handle for that reference; `drop`
 * deletes it. Implementations: memory (tests), file (local, db/provider-file.ts), Turso (cloud).
 */
export interface TenantDatabases {
  create(workspaceId: string): Promise<string>;
  open(ref: string): TenantDb;
  drop(ref: string): Promise<void>;
}

/** Creates the database behind `client` as a fresh, migrated tenant. */
export async function initTenant(client: Client): Promise<void> {
  await applyMigrations(client, migrations);
}

/** Each workspace in its own in-memory database, alive as long as this object. */
export class MemoryTenantDatabases implements TenantDatabases {
  private readonly dbs = new Map<string, TenantDb>();

  async create(workspaceId: string): Promise<string> {
    const ref = `memory:${workspaceId}`;
    const client = memoryClient();
    await initTenant(client);
    watchChanges(client, totalChangesStamp(client));
    this.dbs.set(ref, tenantDb(client));
    return ref;
  }

  open(ref: string): TenantDb {
    const db = this.dbs.get(ref);
    if (!db) throw new Error(`no tenant database ${ref}`);
    return db;
  }

  async drop(ref: string): Promise<void> {
    this.dbs.get(ref)?.$client.close();
    this.dbs.delete(ref);
  }
}
