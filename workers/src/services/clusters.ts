import type { InStatement } from '@libsql/client';
import { and, eq, sql } from 'drizzle-orm';
import type { CatalogDb } from '../../../db';
import { clusters } from '../../../db/catalog/schema';
import type { Cluster, ClusterWorkspace, ClusterYear } from '../../../shared/clusters';
import { ApiError } from '../errors';
import { newId } from './ids';
import { approvedSubtree } from './rollup';

/**
 * Emulation clusters (Cụm thi đua) live in the catalog: a union's clusters of a year and the
 * workspaces of its approved subtree placed in them, at most one cluster per workspace, union
 * and year (the rollup by cluster counts each workspace once). Only workspaces still approved
 * are shown or copied: one that left its union drops out, as it does from the rollup.
 */

/** "Cụm số 2" before "Cụm số 10", Vietnamese letters in their own order. */
const byName = new Intl.Collator('vi', { numeric: true }).compare;

/** The union's clusters of `year` with their members, and the affiliates not placed yet. */
export async function clusterYear(catalog: CatalogDb, unionId: string, year: number): Promise<ClusterYear> {
  const [subtree, rows] = await Promise.all([
    approvedSubtree(catalog, unionId),
    catalog.select({ id: clusters.id, year: clusters.year, name: clusters.name }).from(clusters).where(and(eq(clusters.unionId, unionId), eq(clusters.year, year))),
  ]);
  const placed = subtree.length
    ? await catalog.all<ClusterWorkspace & { clusterId: string | null }>(sql`
        SELECT w.id AS "id", w.slug AS "slug", w.name AS "name", w.kind AS "kind",
          (SELECT cm.cluster_id FROM cluster_members cm JOIN clusters c ON c.id = cm.cluster_id
            WHERE cm.workspace_id = w.id AND c.union_id = ${unionId} AND c.year = ${year} LIMIT 1) AS "clusterId"
        FROM workspaces w WHERE w.id IN (SELECT value FROM json_each(${JSON.stringify(subtree.map((s) => s.id))}))`)
    : [];
  placed.sort((a, b) => byName(a.name, b.name));
  const view = ({ clusterId: _, ...w }: (typeof placed)[number]): ClusterWorkspace => w;
  return {
    year,
    items: rows.sort((a, b) => byName(a.name, b.name)).map((c) => ({ ...c, members: placed.filter((w) => w.clusterId === c.id).map(view) })),
    unplaced: placed.filter((w) => w.clusterId === null).map(view),
  };
}

/** The union's cluster `id`; another union's is unknown (404), like one that does not exist. */
export async function findCluster(catalog: CatalogDb, unionId: string, id: string) {
  const [row] = await catalog.select().from(clusters).where(and(eq(clusters.id, id), eq(clusters.unionId, unionId)));
  if (!row) throw ApiError.notFound('cluster');
  return row;
}

const nameTaken = (name: string, year: number) => new ApiError(409, 'cluster_name_taken', `There is already a cluster named "${name}" in ${year}.`);

/** Creates a cluster; 409 when the union has one of that name in that year. */
export async function createCluster(catalog: CatalogDb, unionId: string, year: number, name: string): Promise<Cluster> {
  const id = newId();
  // OR IGNORE: the unique index decides, so two people adding the same name at once get one 409, not a 500.
  const res = await catalog.$client.execute({ sql: 'INSERT OR IGNORE INTO clusters (id, union_id, year, name) VALUES (?, ?, ?, ?)', args: [id, unionId, year, name] });
  if (!res.rowsAffected) throw nameTaken(name, year);
  return { id, year, name, members: [] };
}

export async function renameCluster(catalog: CatalogDb, cluster: { id: string; year: number }, name: string): Promise<void> {
  const res = await catalog.$client.execute({ sql: 'UPDATE OR IGNORE clusters SET name = ? WHERE id = ?', args: [name, cluster.id] });
  if (!res.rowsAffected) throw nameTaken(name, cluster.year);
}

export async function deleteCluster(catalog: CatalogDb, id: string): Promise<void> {
  await catalog.$client.batch(
    [
      { sql: 'DELETE FROM cluster_members WHERE cluster_id = ?', args: [id] },
      { sql: 'DELETE FROM clusters WHERE id = ?', args: [id] },
    ],
    'write',
  );
}

/**
 * The statements that make `workspaceIds` the members of cluster `clusterId`, taking them out
 * of the union's other clusters of the same year. The insert reads the cluster row, so a
 * cluster deleted meanwhile gets no members.
 */
function placeStatements(clusterId: string, unionId: string, year: number, workspaceIds: string[]): InStatement[] {
  const ids = JSON.stringify(workspaceIds);
  return [
    {
      sql: `DELETE FROM cluster_members WHERE workspace_id IN (SELECT value FROM json_each(?))
        AND cluster_id IN (SELECT id FROM clusters WHERE union_id = ? AND year = ?)`,
      args: [ids, unionId, year],
    },
    {
      sql: 'INSERT OR IGNORE INTO cluster_members (cluster_id, workspace_id) SELECT c.id, j.value FROM clusters c, json_each(?) j WHERE c.id = ?',
      args: [ids, clusterId],
    },
  ];
}

/**
 * Replaces the members of `cluster` with `workspaceIds`, in one batch. Every id must be of the
 * union's approved subtree, else 422 naming each one that is not.
 */
export async function setClusterMembers(catalog: CatalogDb, unionId: string, cluster: { id: string; year: number }, workspaceIds: string[]): Promise<void> {
  const allowed = new Set((await approvedSubtree(catalog, unionId)).map((w) => w.id));
  const unknown = workspaceIds.flatMap((id, i) => (allowed.has(id) ? [] : [{ path: `workspaceIds.${i}`, code: 'cluster_workspace_unknown', message: `No approved affiliate of this union has the id "${id}".` }]));
  if (unknown.length) throw new ApiError(422, 'validation_failed', 'Some fields are not valid.', unknown);
  await catalog.$client.batch([{ sql: 'DELETE FROM cluster_members WHERE cluster_id = ?', args: [cluster.id] }, ...placeStatements(cluster.id, unionId, cluster.year, [...new Set(workspaceIds)])], 'write');
}

/**
 * Starts `toYear` with the clusters of `fromYear` and their members still approved, in one
 * batch: 409 when `toYear` has clusters already, 422 when `fromYear` has none to copy.
 */
export async function copyClusters(catalog: CatalogDb, unionId: string, fromYear: number, toYear: number): Promise<void> {
  const [from, existing] = await Promise.all([
    clusterYear(catalog, unionId, fromYear),
    catalog.select({ id: clusters.id }).from(clusters).where(and(eq(clusters.unionId, unionId), eq(clusters.year, toYear))).limit(1),
  ]);
  if (existing.length) throw new ApiError(409, 'clusters_exist', `${toYear} has clusters already; copying would mix two years' clusters.`);
  if (!from.items.length) throw new ApiError(422, 'validation_failed', 'Some fields are not valid.', [{ path: 'fromYear', code: 'cluster_copy_empty', message: `There are no clusters in ${fromYear} to copy.` }]);
  const statements = from.items.flatMap((c): InStatement[] => {
    const id = newId();
    return [
      { sql: 'INSERT OR IGNORE INTO clusters (id, union_id, year, name) VALUES (?, ?, ?, ?)', args: [id, unionId, toYear, c.name] },
      ...placeStatements(id, unionId, toYear, c.members.map((m) => m.id)),
    ];
  });
  await catalog.$client.batch(statements, 'write');
}
