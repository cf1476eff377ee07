import { eq } from 'drizzle-orm';
import type { InStatement } from '@libsql/client';
import { indicatorSnapshots, workspaces } from '../../../db/catalog/schema';
import { localDate } from '../../../shared/correspondence';
import { flowIndicators, toDate, type ToDateName } from '../../../shared/indicators';
import type { AppDeps } from '../deps';
import { insertStatements } from './batch';
import { nowOf } from './clock';
import { computeMonthly } from './indicators';
import { rebuildAllSubtrees, subtreeStatements } from './subtree-totals';

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
 * Recomputes a workspace's snapshots from its own database — every month with data, each with
 * the running totals of the flow indicators — and writes them in one catalog batch together
 * with the subtree rows of the workspace and its ancestors (services/subtree-totals.ts),
 * atomically: readers see the old rows or the new ones, never half.
 */
export async function refreshSnapshots(deps: AppDeps, workspaceId: string): Promise<RefreshResult | null> {
  const written = await snapshotStatements(deps, workspaceId);
  if (!written) return null;
  await deps.catalog.$client.batch([...written.statements, ...(await subtreeStatements(deps.catalog, workspaceId))], 'write');
  return written.result;
}

async function snapshotStatements(deps: AppDeps, workspaceId: string): Promise<{ statements: InStatement[]; result: RefreshResult } | null> {
  const [ws] = await deps.catalog.select({ ref: workspaces.databaseRef }).from(workspaces).where(eq(workspaces.id, workspaceId));
  if (!ws) return null;
  const monthly = await computeMonthly(deps.tenants.open(ws.ref), currentMonth(deps));
  const computedAt = nowOf(deps);
  const running = Object.fromEntries(flowIndicators.map((n) => [toDate(n), 0])) as Record<ToDateName, number>;
  const rows = [...monthly].map(([month, figures]) => {
    for (const n of flowIndicators) running[toDate(n)] += figures[n];
    return { workspaceId, month, ...figures, ...running, computedAt };
  });
  const clear: InStatement = { sql: 'DELETE FROM indicator_snapshots WHERE workspace_id = ?', args: [workspaceId] };
  // 56 values a row: 25 rows keep a statement well under SQLite's variable limit.
  const statements = [clear, ...insertStatements(indicatorSnapshots, rows, { perStatement: 25 })];
  return { statements, result: { months: rows.length, computedAt } };
}

export interface SweepReport {
  refreshed: number;
  failed: { slug: string; error: string }[];
  ms: number;
}

/**
 * Refreshes every workspace's snapshots, one workspace at a time (never many tenant
 * connections at once), then rebuilds all subtree rows in one statement. A workspace that
 * fails is reported and the sweep goes on.
 */
export async function sweepSnapshots(deps: AppDeps): Promise<SweepReport> {
  const t0 = Date.now();
  const all = await deps.catalog.select({ id: workspaces.id, slug: workspaces.slug }).from(workspaces).orderBy(workspaces.slug);
  const report: SweepReport = { refreshed: 0, failed: [], ms: 0 };
  for (const ws of all) {
    try {
      const written = await snapshotStatements(deps, ws.id);
      if (written) await deps.catalog.$client.batch(written.statements, 'write');
      report.refreshed++;
    } catch (err) {
      report.failed.push({ slug: ws.slug, error: err instanceof Error ? err.message : String(err) });
    }
  }
  await rebuildAllSubtrees(deps.catalog);
  report.ms = Date.now() - t0;
  return report;
}

/** The months a workspace has snapshots for, oldest first. */
export async function snapshotMonths(deps: AppDeps, workspaceId: string): Promise<string[]> {
  const rows = await deps.catalog.select({ month: indicatorSnapshots.month }).from(indicatorSnapshots).where(eq(indicatorSnapshots.workspaceId, workspaceId)).orderBy(indicatorSnapshots.month);
  return rows.map((r) => r.month);
}
