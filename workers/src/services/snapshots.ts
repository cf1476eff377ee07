import { eq } from 'drizzle-orm';
import type { InStatement } from '@libsql/client';
import { indicatorSnapshots, workspaces } from '../../../db/catalog/schema';
import { localDate } from '../../../shared/correspondence';
import type { AppDeps } from '../deps';
import { insertStatements } from './batch';
import { nowOf } from './clock';
import { computeMonthly } from './indicators';

/**
 * Monthly indicator snapshots in the catalog (db/catalog/schema.ts `indicatorSnapshots`): what
 * rollups read, so that a union's figures are one catalog query and never a fan-out over its
 * affiliates' databases. Kept fresh by a debounced refresh after every change in a workspace
 * (app.ts) and by a periodic sweep (node.ts interval, worker.ts Cron Trigger).
 */

export interface RefreshResult {
  months: number;
  computedAt: Date;
}

const currentMonth = (deps: AppDeps) => localDate(nowOf(deps)).slice(0, 7);

/**
 * Recomputes a workspace's snapshots from its own database and writes them in one catalog
 * batch, atomically: readers see the old rows or the new ones, never half. Without `lastMonths`
 * every month with data is rewritten (and months no longer having data removed); with it, only
 * the last N months up to the current one.
 */
export async function refreshSnapshots(deps: AppDeps, workspaceId: string, lastMonths?: number): Promise<RefreshResult | null> {
  const [ws] = await deps.catalog.select({ ref: workspaces.databaseRef }).from(workspaces).where(eq(workspaces.id, workspaceId));
  if (!ws) return null;
  const now = currentMonth(deps);
  const since = lastMonths ? monthsBack(now, lastMonths - 1) : undefined;
  const monthly = await computeMonthly(deps.tenants.open(ws.ref), now, since);
  const computedAt = nowOf(deps);
  const rows = [...monthly].map(([month, figures]) => ({ workspaceId, month, ...figures, computedAt }));
  const clear: InStatement = since
    ? { sql: 'DELETE FROM indicator_snapshots WHERE workspace_id = ? AND month >= ?', args: [workspaceId, since] }
    : { sql: 'DELETE FROM indicator_snapshots WHERE workspace_id = ?', args: [workspaceId] };
  // 34 values a row: 25 rows keep a statement well under SQLite's variable limit.
  await deps.catalog.$client.batch([clear, ...insertStatements(indicatorSnapshots, rows, { perStatement: 25 })], 'write');
  return { months: rows.length, computedAt };
}

function monthsBack(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 - n, 1));
  return d.toISOString().slice(0, 7);
}

export interface SweepReport {
  refreshed: number;
  failed: { slug: string; error: string }[];
  ms: number;
}

/**
 * Refreshes every workspace's snapshots, one workspace at a time (never many tenant
 * connections at once). A workspace that fails is reported and the sweep goes on.
 */
export async function sweepSnapshots(deps: AppDeps): Promise<SweepReport> {
  const t0 = Date.now();
  const all = await deps.catalog.select({ id: workspaces.id, slug: workspaces.slug }).from(workspaces).orderBy(workspaces.slug);
  const report: SweepReport = { refreshed: 0, failed: [], ms: 0 };
  for (const ws of all) {
    try {
      await refreshSnapshots(deps, ws.id);
      report.refreshed++;
    } catch (err) {
      report.failed.push({ slug: ws.slug, error: err instanceof Error ? err.message : String(err) });
    }
  }
  report.ms = Date.now() - t0;
  return report;
}

/** The months a workspace has snapshots for, oldest first. */
export async function snapshotMonths(deps: AppDeps, workspaceId: string): Promise<string[]> {
  const rows = await deps.catalog.select({ month: indicatorSnapshots.month }).from(indicatorSnapshots).where(eq(indicatorSnapshots.workspaceId, workspaceId)).orderBy(indicatorSnapshots.month);
  return rows.map((r) => r.month);
}
