import type { InStatement } from '@libsql/client';
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { TenantDb } from '../../../db';

/**
 * Runs statements as one atomic batch: all or nothing, and one round trip over libSQL's HTTP
 * protocol. An empty list runs nothing.
 */
export async function runBatch(db: TenantDb, statements: BatchItem<'sqlite'>[]): Promise<unknown[]> {
  if (!statements.length) return [];
  return db.batch(statements as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]);
}

/**
 * Multi-row INSERTs of `rows` into `table`, `perStatement` rows each, built directly rather than
 * through drizzle's query builder (which spends seconds on ten thousand rows). Values go through
 * each column's own encoding (dates, JSON). With `upsert`, a row whose id exists overwrites every
 * column but the id and `keep`. For `db.$client.batch(statements, 'write')`.
 */
export function insertStatements<T extends SQLiteTable>(table: T, rows: T['$inferInsert'][], opts: { perStatement: number; upsert?: { keep: string[] } }): InStatement[] {
  if (!rows.length) return [];
  const all = getTableColumns(table);
  const keys = Object.keys(rows[0]).filter((k) => k in all);
  const names = keys.map((k) => `"${all[k].name}"`);
  const tuple = `(${keys.map(() => '?').join(',')})`;
  const conflict = opts.upsert
    ? ` on conflict ("id") do update set ${keys
        .filter((k) => k !== 'id' && !opts.upsert!.keep.includes(k))
        .map((k) => `"${all[k].name}" = excluded."${all[k].name}"`)
        .join(', ')}`
    : '';
  const out: InStatement[] = [];
  for (let i = 0; i < rows.length; i += opts.perStatement) {
    const chunk = rows.slice(i, i + opts.perStatement);
    const args: (string | number | null)[] = [];
    for (const row of chunk) {
      for (const k of keys) {
        const v = (row as Record<string, unknown>)[k];
        args.push(v === null || v === undefined ? null : (all[k].mapToDriverValue(v) as string | number));
      }
    }
    out.push({ sql: `insert into "${getTableName(table)}" (${names.join(', ')}) values ${chunk.map(() => tuple).join(',')}${conflict}`, args });
  }
  return out;
}
