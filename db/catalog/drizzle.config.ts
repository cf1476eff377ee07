import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'turso',
  schema: './db/catalog/schema.ts',
  out: './db/catalog/migrations',
  dbCredentials: { url: ':memory:' },
});
