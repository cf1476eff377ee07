import { createClient, type Client } from '@libsql/client';
import { drizzle, type LibSQLDatabase } from 'drizzle-orm/libsql';
import * as catalogSchema from './catalog/schema';
import * as tenantSchema from './tenant/schema';

export type CatalogDb = LibSQLDatabase<typeof catalogSchema> & { $client: Client };
export type TenantDb = LibSQLDatabase<typeof tenantSchema> & { $client: Client };

export function catalogDb(client: Client): CatalogDb {
  return drizzle({ client, schema: catalogSchema });
}

export function tenantDb(client: Client): TenantDb {
  return drizzle({ client, schema: tenantSchema });
}

/** A fresh in-memory catalog client (tests). */
export function memoryClient(): Client {
  return createClient({ url: ':memory:' });
}
