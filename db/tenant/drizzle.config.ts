import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'turso',
  schema: './db/tenant/schema.ts',
  out: './db/tenant/migrations',
  dbCredentials: { url: ':memory:' },
});
