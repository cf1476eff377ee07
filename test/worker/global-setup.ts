/**
 * Node side of the Worker suite: a libSQL server speaking Hrana over HTTP on real databases,
 * and a fake Turso platform API on top of it. The catalog is migrated the way a deploy does
 * (npm run migrate); workspace databases are created by the Worker through the fake API.
 */
import { createClient } from '@libsql/client/web';
import type { TestProject } from 'vitest/node';
import { migrations } from '../../db/catalog/migrations.gen';
import { applyMigrations } from '../../db/migrator';
import { startHranaServer } from '../fixtures/hrana-server';
import { startTursoApi } from '../fixtures/turso-api';

export const turso = { org: 'amity-test', group: 'default', token: 'turso-api-token' };

declare module 'vitest' {
  export interface ProvidedContext {
    catalogUrl: string;
    tursoApiUrl: string;
    tenantUrlTemplate: string;
    hranaUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const hrana = await startHranaServer();
  hrana.create('catalog');
  const catalogUrl = hrana.urlFor('catalog');
  const client = createClient({ url: catalogUrl });
  await applyMigrations(client, migrations);
  client.close();
  const api = await startTursoApi({ hrana, ...turso });
  project.provide('catalogUrl', catalogUrl);
  project.provide('tursoApiUrl', api.url);
  project.provide('tenantUrlTemplate', api.tenantUrlTemplate);
  project.provide('hranaUrl', hrana.url);
  return async () => {
    await api.close();
    await hrana.close();
  };
}
