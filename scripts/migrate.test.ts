import { createClient } from '@libsql/client';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogDb, type CatalogDb } from '../db';
import { migrations } from '../db/catalog/migrations.gen';
import { eq } from 'drizzle-orm';
import { workspaces } from '../db/catalog/schema';
import { applyMigrations } from '../db/migrator';
import { tursoTenants, type TursoSettings } from '../db/provider-turso';
import { startHranaServer, type HranaServer } from '../test/fixtures/hrana-server';
import { startTursoApi, type TursoApi } from '../test/fixtures/turso-api';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..');

describe('npm run migrate against the cloud (Turso)', () => {
  let hrana: HranaServer;
  let api: TursoApi;
  let catalog: CatalogDb;
  let env: Record<string, string>;
  let settings: TursoSettings;

  beforeAll(async () => {
    hrana = await startHranaServer();
    api = await startTursoApi({ hrana, org: 'amity', group: 'default', token: 'api-token' });
    hrana.create('catalog');
    catalog = catalogDb(createClient({ url: hrana.urlFor('catalog') }));
    await applyMigrations(catalog.$client, migrations);
    settings = { org: 'amity', group: 'default', apiToken: 'api-token', apiUrl: api.url, urlTemplate: api.tenantUrlTemplate };
    const tenants = tursoTenants(settings, createClient);
    for (const slug of ['hoi-a', 'hoi-b', 'hoi-c']) {
      const id = slug.replace('-', '');
      const ref = await tenants.create(id);
      await catalog.insert(workspaces).values({ id, slug, name: slug, kind: 'association', code: 'X', databaseRef: ref });
    }
    env = {
      ...(process.env as Record<string, string>),
      CATALOG_URL: hrana.urlFor('catalog'),
      TURSO_ORG: 'amity',
      TURSO_GROUP: 'default',
      TURSO_API_TOKEN: 'api-token',
      TURSO_API_URL: api.url,
      TENANT_URL_TEMPLATE: api.tenantUrlTemplate,
    };
  });

  afterAll(async () => {
    catalog.$client.close();
    await api.close();
    await hrana.close();
  });

  const migrate = () => run(process.execPath, ['--import', 'tsx', 'scripts/migrate.ts'], { cwd: root, env }).catch((e) => e);

  it('migrates every workspace database with progress; running again changes nothing', async () => {
    const { stdout, code } = await migrate();
    expect(code ?? 0).toBe(0);
    expect(stdout).toContain('[3/3] hoi-c');
    expect(stdout).toContain('workspaces: 3 migrated, 0 migration(s) applied');
  });

  it('reports a failing workspace by slug, goes on with the others, and resumes on the next run', async () => {
    const [b] = await catalog.select().from(workspaces).where(eq(workspaces.slug, 'hoi-b'));
    const broken = tursoTenants(settings, createClient).open(b.databaseRef).$client;
    await broken.execute('DROP TABLE __drizzle_migrations');
    const failed = await migrate();
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/FAILED hoi-b: .*already exists/);
    expect(failed.stdout).toContain('workspaces: 2 migrated');
    // Repaired (here: the bookkeeping restored), the next run completes.
    await applyMigrations(broken, []);
    await broken.execute({ sql: 'INSERT INTO __drizzle_migrations (hash, created_at) SELECT ?, ?', args: ['repaired', Date.now() * 10] });
    const again = await migrate();
    expect(again.code ?? 0).toBe(0);
    expect(again.stdout).toContain('workspaces: 3 migrated');
  });
});
