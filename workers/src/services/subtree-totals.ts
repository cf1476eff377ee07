import type { InStatement } from '@libsql/client';
import { sql } from 'drizzle-orm';
import type { CatalogDb } from '../../../db';
import { indicatorNames } from '../../../shared/indicators';

/**
 * `subtree_snapshots` (db/catalog/schema.ts): each workspace's monthly indicators summed over
 * its approved subtree, so that a union's trend by month reads one row per month instead of
 * every affiliate's. A workspace's rows are its own snapshots plus its approved children's
 * subtree rows; when a workspace's snapshots or an affiliation change, the rows of the
 * workspace and of its approved ancestors are rewritten, bottom-up, in one batch.
 */

const columns = indicatorNames.join(', ');
const sums = indicatorNames.map((n) => `SUM(${n})`).join(', ');

/** Rewrites the subtree rows of one workspace from its own snapshots and its children's rows. */
function rewrite(workspaceId: string): InStatement[] {
  return [
    { sql: 'DELETE FROM subtree_snapshots WHERE workspace_id = ?', args: [workspaceId] },
    {
      sql: `INSERT INTO subtree_snapshots (workspace_id, month, workspaces, ${columns}, computed_at)
        SELECT ?, month, SUM(workspaces), ${sums}, MIN(computed_at) FROM (
          SELECT month, 1 AS workspaces, ${columns}, computed_at FROM indicator_snapshots WHERE workspace_id = ?
          UNION ALL
          SELECT s.month, s.workspaces, ${indicatorNames.map((n) => `s.${n}`).join(', ')}, s.computed_at
          FROM subtree_snapshots s JOIN affiliations a ON a.child_id = s.workspace_id
          WHERE a.parent_id = ? AND a.status = 'approved'
        ) GROUP BY month`,
      args: [workspaceId, workspaceId, workspaceId],
    },
  ];
}

/** `workspaceId` and its approved ancestors, nearest first. */
async function chain(catalog: CatalogDb, workspaceId: string): Promise<string[]> {
  const rows = await catalog.all<{ id: string }>(sql`
    WITH RECURSIVE up(id, depth) AS (
      SELECT ${workspaceId}, 0
      UNION ALL
      SELECT a.parent_id, up.depth + 1 FROM affiliations a JOIN up ON a.child_id = up.id WHERE a.status = 'approved'
    )
    SELECT id AS "id" FROM up ORDER BY depth`);
  return rows.map((r) => r.id);
}

/**
 * The statements that bring the subtree rows of `workspaceId` and its ancestors up to date, to
 * run in the same batch as (after) the change that made them stale.
 */
export async function subtreeStatements(catalog: CatalogDb, workspaceId: string): Promise<InStatement[]> {
  return (await chain(catalog, workspaceId)).flatMap(rewrite);
}

/** Rewrites the subtree rows of `workspaceId` and its ancestors now (after an affiliation change). */
export async function refreshSubtree(catalog: CatalogDb, workspaceId: string): Promise<void> {
  await catalog.$client.batch(await subtreeStatements(catalog, workspaceId), 'write');
}

/**
 * The parent whose subtree includes `childId` today (approved affiliation), if any: read it
 * before an affiliation or workspace change, refresh it after.
 */
export async function approvedParent(catalog: CatalogDb, childId: string): Promise<string | null> {
  const [row] = await catalog.all<{ parent: string }>(sql`SELECT parent_id AS "parent" FROM affiliations WHERE child_id = ${childId} AND status = 'approved'`);
  return row?.parent ?? null;
}

/**
 * Rebuilds every workspace's subtree rows from all snapshots in one statement (after a sweep):
 * a closure of approved affiliations pairs each workspace with all its descendants.
 */
export async function rebuildAllSubtrees(catalog: CatalogDb): Promise<void> {
  await catalog.$client.batch(
    [
      'DELETE FROM subtree_snapshots',
      `INSERT INTO subtree_snapshots (workspace_id, month, workspaces, ${columns}, computed_at)
        WITH RECURSIVE closure(root, id) AS (
          SELECT id, id FROM workspaces
          UNION ALL
          SELECT closure.root, a.child_id FROM affiliations a JOIN closure ON a.parent_id = closure.id WHERE a.status = 'approved'
        )
        SELECT closure.root, s.month, COUNT(*), ${indicatorNames.map((n) => `SUM(s.${n})`).join(', ')}, MIN(s.computed_at)
        FROM closure JOIN indicator_snapshots s ON s.workspace_id = closure.id
        GROUP BY closure.root, s.month`,
    ],
    'write',
  );
}
