import type { Client } from '@libsql/client';

/** One drizzle-kit migration, bundled as data (see scripts/bundle-migrations.ts). */
export interface Migration {
  tag: string;
  folderMillis: number;
  hash: string;
  sql: string[];
}

const table = '__drizzle_migrations';

/**
 * Applies the migrations newer than the last one recorded, in one atomic batch — the same
 * bookkeeping as drizzle-orm's own libSQL migrator, without its file system access.
 * Returns how many were applied; running it again applies nothing.
 */
export async function applyMigrations(client: Client, migrations: Migration[]): Promise<number> {
  await client.execute(
    `CREATE TABLE IF NOT EXISTS ${table} (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)`,
  );
  const last = await client.execute(`SELECT created_at FROM ${table} ORDER BY created_at DESC LIMIT 1`);
  const lastMillis = last.rows.length ? Number(last.rows[0][0]) : -1;
  const pending = migrations.filter((m) => m.folderMillis > lastMillis);
  if (!pending.length) return 0;
  const statements = pending.flatMap((m) => [
    ...m.sql.filter((s) => s.trim()).map((s) => ({ sql: s, args: [] })),
    { sql: `INSERT INTO ${table} (hash, created_at) VALUES (?, ?)`, args: [m.hash, m.folderMillis] },
  ]);
  await client.migrate(statements);
  return pending.length;
}
