/**
 * Node side of the Worker suite: a libSQL server speaking Hrana over HTTP on real databases,
 * a fake Turso platform API on top of it, and a fake e-mail API. The catalog is migrated the way a deploy does
 * (npm run migrate); workspace databases are created by the Worker through the fake API.
 */
import { createClient } from '@libsql/client/web';
import type { TestProject } from 'vitest/node';
import { migrations } from '../../db/catalog/migrations.gen';
import { applyMigrations } from '../../db/migrator';
import { startHranaServer } from '../fixtures/hrana-server';
import { startMailApi } from '../fixtures/mail-api';
import { startTursoApi } from '../fixtures/turso-api';

export const turso = { org: 'amity-test', group: 'default', token: 'turso-api-token' };
export const mailApiKey = 'mail-api-key';

declare module 'vitest' {
  export interface ProvidedContext {
    catalogUrl: string;
    tursoApiUrl: string;
    tenantUrlTemplate: string;
    hranaUrl: string;
    mailApiUrl: string;
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
  const mail = await startMailApi(mailApiKey);
  project.provide('mailApiUrl', mail.url);
  return async () => {
    await mail.close();
    await api.close();
    await hrana.close();
  };
}
