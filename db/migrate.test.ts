import { createClient } from '@libsql/client';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { readMigrations, renderModule } from '../scripts/bundle-migrations';
import { catalogDb } from '.';
import { migrations as catalogMigrations } from './catalog/migrations.gen';
import { workspaces } from './catalog/schema';
import { migrations as tenantMigrations } from './tenant/migrations.gen';
import { migrateAll } from './migrate';
import { applyMigrations } from './migrator';
import { FileTenantDatabases } from './provider-file';

const tempDir = () => mkdtempSync(join(tmpdir(), 'amity-db-'));

async function fileSetup() {
  const dir = tempDir();
  const catalog = catalogDb(createClient({ url: `file:${join(dir, 'catalog.db')}` }));
  const tenants = new FileTenantDatabases(dir);
  await applyMigrations(catalog.$client, catalogMigrations);
  const add = async (slug: string) => {
    const ref = await tenants.create(slug.replace(/-/g, ''));
    await catalog.insert(workspaces).values({ id: slug, slug, name: slug, kind: 'association', code: 'X', databaseRef: ref });
    return ref;
  };
  return { dir, catalog, tenants, add };
}

describe('migrations', () => {
  it('bundled modules are in step with the drizzle-kit folders', () => {
    for (const name of ['catalog', 'tenant']) {
      const folder = join(import.meta.dirname, name, 'migrations');
      expect(readFileSync(join(import.meta.dirname, name, 'migrations.gen.ts'), 'utf8')).toBe(renderModule(readMigrations(folder)));
    }
  });

  it('apply to the catalog and every tenant; running again changes nothing', async () => {
    const { catalog, tenants, add } = await fileSetup();
    await add('hoi-a');
    await add('hoi-b');
    const again = await migrateAll(catalog, tenants);
    expect(again).toEqual({ catalog: 0, tenants: [{ slug: 'hoi-a', applied: 0 }, { slug: 'hoi-b', applied: 0 }], failed: [] });
    const tables = await tenants.open('ws-hoia.db').$client.execute("select name from sqlite_master where type='table' and name='audit_log'");
    expect(tables.rows).toHaveLength(1);
  });

  it('report a failed tenant by slug and go on with the others', async () => {
    const { dir, catalog, tenants, add } = await fileSetup();
    await add('hoi-a');
    await add('hoi-b');
    await add('hoi-c');
    // A fresh tenant b whose schema clashes with the first migration.
    const bClient = tenants.open('ws-hoib.db').$client;
    await bClient.execute('drop table __drizzle_migrations');
    const progress: string[] = [];
    const report = await migrateAll(catalog, tenants, (done, total, slug) => progress.push(`${done}/${total} ${slug}`));
    expect(report.failed.map((f) => f.slug)).toEqual(['hoi-b']);
    expect(report.failed[0].error).toMatch(/already exists/);
    expect(report.tenants.map((t) => t.slug)).toEqual(['hoi-a', 'hoi-c']);
    expect(progress).toEqual(['1/3 hoi-a', '2/3 hoi-b', '3/3 hoi-c']);
    expect(readdirSync(dir).filter((f) => f.endsWith('.db')).sort()).toEqual(['catalog.db', 'ws-hoia.db', 'ws-hoib.db', 'ws-hoic.db']);
  });

  it('are all-or-nothing: a failing statement leaves no half-applied migration', async () => {
    const client = createClient({ url: ':memory:' });
    const broken = [{ ...tenantMigrations[0], sql: [...tenantMigrations[0].sql, 'CREATE TABLE oops (;'] }];
    await expect(applyMigrations(client, broken)).rejects.toThrow();
    const tables = await client.execute("select name from sqlite_master where type='table' and name='audit_log'");
    expect(tables.rows).toHaveLength(0);
    expect(await applyMigrations(client, tenantMigrations)).toBe(tenantMigrations.length);
  });
});

describe('FileTenantDatabases', () => {
  it('keeps each workspace in its own file, and drop removes it', async () => {
    const { dir, tenants, catalog, add } = await fileSetup();
    const a = await add('hoi-a');
    const b = await add('hoi-b');
    expect(a).not.toBe(b);
    await tenants.open(a).$client.execute("insert into audit_log (actor, action, entity) values ('x', 'only.in.a', 'test')");
    const inB = await tenants.open(b).$client.execute("select count(*) as n from audit_log where action = 'only.in.a'");
    expect(Number(inB.rows[0].n)).toBe(0);
    await tenants.drop(b);
    await catalog.delete(workspaces).where(eq(workspaces.id, 'hoi-b'));
    expect(readdirSync(dir).filter((f) => f.startsWith('ws-'))).toEqual(['ws-hoia.db']);
  });

  it('refuses references that are not its own file names', () => {
    const tenants = new FileTenantDatabases(tempDir());
    expect(() => tenants.open('../catalog.db')).toThrow();
  });
});
