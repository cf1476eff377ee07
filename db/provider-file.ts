import { createClient, type Client } from '@libsql/client';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { dataVersionStamp, watchChanges } from './changes';
import { FileChangeStamp } from './changes-file';
import { tenantDb, type TenantDb } from './index';
import { initTenant, type TenantDatabases } from './provider';

interface Watch {
  stamp: FileChangeStamp;
  /** A connection of its own for `PRAGMA data_version`, opened if a file is ever in WAL mode. */
  watcher?: Client;
}

/** Each workspace in its own embedded libSQL file under `dir` (Node only). */
export class FileTenantDatabases implements TenantDatabases {
  private readonly open_ = new Map<string, TenantDb>();
  private readonly watches = new Map<string, Watch>();

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
      const path = join(this.dir, ref);
      db = tenantDb(createClient({ url: `file:${path}` }));
      this.open_.set(ref, db);
      const watch: Watch = {
        stamp: new FileChangeStamp(
          path,
          dataVersionStamp(() => (watch.watcher ??= createClient({ url: `file:${path}`, concurrency: 1 }))),
        ),
      };
      this.watches.set(ref, watch);
      watchChanges(db.$client, watch.stamp.read);
    }
    return db;
  }

  async drop(ref: string): Promise<void> {
    this.open_.get(ref)?.$client.close();
    this.open_.delete(ref);
    const watch = this.watches.get(ref);
    watch?.stamp.close();
    watch?.watcher?.close();
    this.watches.delete(ref);
    for (const suffix of ['', '-wal', '-shm']) rmSync(join(this.dir, ref + suffix), { force: true });
  }
}
