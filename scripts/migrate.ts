/** `npm run migrate`: migrates the catalog and every workspace database in DATA_DIR. */
import { createClient } from '@libsql/client';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { catalogDb } from '../db';
import { migrateAll } from '../db/migrate';
import { FileTenantDatabases } from '../db/provider-file';
import { nodeSettings } from '../workers/src/node';

const { dataDir } = nodeSettings();
mkdirSync(dataDir, { recursive: true });
const catalog = catalogDb(createClient({ url: `file:${join(dataDir, 'catalog.db')}` }));
const report = await migrateAll(catalog, new FileTenantDatabases(dataDir), (done, total, slug) =>
  process.stdout.write(`\r[${done}/${total}] ${slug}`.padEnd(60)),
);
if (report.tenants.length || report.failed.length) process.stdout.write('\n');
const applied = report.tenants.reduce((n, t) => n + t.applied, 0);
console.log(`catalog: ${report.catalog} migration(s) applied; workspaces: ${report.tenants.length} migrated, ${applied} migration(s) applied`);
for (const f of report.failed) console.error(`FAILED ${f.slug}: ${f.error}`);
process.exitCode = report.failed.length ? 1 : 0;
