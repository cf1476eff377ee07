/**
 * `npm run migrate`: migrates the catalog and every workspace database, with progress.
 * Locally: the files in DATA_DIR. With CATALOG_URL set: the cloud (Turso), using the same
 * variables as the Worker (README "Deploy to Cloudflare"). Safe to run again: what is done is
 * skipped, so a run after a failure resumes.
 */
import { createClient } from '@libsql/client';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { catalogDb } from '../db';
import { migrateAll } from '../db/migrate';
import { FileTenantDatabases } from '../db/provider-file';
import { tursoTenants } from '../db/provider-turso';
import { nodeSettings } from '../workers/src/node';
import { tursoSettings, type WorkerEnv } from '../workers/src/worker';

function databases(env = process.env) {
  if (env.CATALOG_URL) {
    const settings = tursoSettings(env as unknown as WorkerEnv);
    return {
      where: `${env.CATALOG_URL} and the Turso group ${settings.group}`,
      catalog: catalogDb(createClient({ url: env.CATALOG_URL, authToken: env.CATALOG_TOKEN })),
      tenants: tursoTenants(settings, createClient),
    };
  }
  const { dataDir } = nodeSettings(env);
  mkdirSync(dataDir, { recursive: true });
  return {
    where: dataDir,
    catalog: catalogDb(createClient({ url: `file:${join(dataDir, 'catalog.db')}` })),
    tenants: new FileTenantDatabases(dataDir),
  };
}

const { where, catalog, tenants } = databases();
console.log(`Migrating ${where}`);
const report = await migrateAll(catalog, tenants, (done, total, slug) => process.stdout.write(`\r[${done}/${total}] ${slug}`.padEnd(60)));
if (report.tenants.length || report.failed.length) process.stdout.write('\n');
const applied = report.tenants.reduce((n, t) => n + t.applied, 0);
console.log(`catalog: ${report.catalog} migration(s) applied; workspaces: ${report.tenants.length} migrated, ${applied} migration(s) applied`);
for (const f of report.failed) console.error(`FAILED ${f.slug}: ${f.error}`);
process.exitCode = report.failed.length ? 1 : 0;
