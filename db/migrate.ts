import type { CatalogDb } from './index';
import { workspaces } from './catalog/schema';
import { migrations as catalogMigrations } from './catalog/migrations.gen';
import { migrations as tenantMigrations } from './tenant/migrations.gen';
import { applyMigrations } from './migrator';
import type { TenantDatabases } from './provider';

export interface MigrationReport {
  catalog: number;
  tenants: { slug: string; applied: number }[];
  failed: { slug: string; error: string }[];
}

/**
 * Migrates the catalog, then every workspace database one after another. A workspace whose
 * migration fails is reported by slug and does not stop the others. Safe to run again.
 */
export async function migrateAll(
  catalog: CatalogDb,
  tenants: TenantDatabases,
  onProgress: (done: number, total: number, slug: string) => void = () => {},
): Promise<MigrationReport> {
  const report: MigrationReport = { catalog: await applyMigrations(catalog.$client, catalogMigrations), tenants: [], failed: [] };
  const all = await catalog.select({ slug: workspaces.slug, ref: workspaces.databaseRef }).from(workspaces).orderBy(workspaces.slug);
  for (const [i, ws] of all.entries()) {
    try {
      report.tenants.push({ slug: ws.slug, applied: await applyMigrations(tenants.open(ws.ref).$client, tenantMigrations) });
    } catch (e) {
      report.failed.push({ slug: ws.slug, error: e instanceof Error ? e.message : String(e) });
    }
    onProgress(i + 1, all.length, ws.slug);
  }
  return report;
}
