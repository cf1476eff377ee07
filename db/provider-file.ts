import { createClient } from '@libsql/client';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tenantDb, type TenantDb } from './index';
import { initTenant, type TenantDatabases } from './provider';

/** Each workspace in its own embedded libSQL file under `dir` (Node only). */
export class FileTenantDatabases implements TenantDatabases {
  private readonly open_ = new Map<string, TenantDb>();

  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  async create(workspaceId: string): Promise<string> {
    const ref = `ws-${workspaceId}.db`;
    await initTenant(this.open(ref).$client);
    return ref;
  }

  open(ref: string): TenantDb {
    if (!/^ws-[a-z0-9]+\.db$/.test(ref)) throw new Error(`not a tenant file: ${ref}`);
    let db = this.open_.get(ref);
    if (!db) {
      db = tenantDb(createClient({ url: `file:${join(this.dir, ref)}` }));
      this.open_.set(ref, db);
    }
    return db;
  }

  async drop(ref: string): Promise<void> {
    this.open_.get(ref)?.$client.close();
    this.open_.delete(ref);
    for (const suffix of ['', '-wal', '-shm']) rmSync(join(this.dir, ref + suffix), { force: true });
  }
}
