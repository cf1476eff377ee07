import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { z } from 'zod';
import { clusterCopy, clusterCreate, clusterMembersPut, clusterRename, clustersQuery } from '../../../shared/clusters';
import { workspaceKinds } from '../../../shared/workspace';
import type { AppEnv } from '../env';
import { requireUser } from '../middleware/auth';
import { requireRole } from '../middleware/workspace';
import { auditInsert, type AuditEntry } from '../services/audit';
import { currentYear } from '../services/clock';
import { clusterYear, copyClusters, createCluster, deleteCluster, findCluster, renameCluster, setClusterMembers } from '../services/clusters';
import { jsonAnswer, jsonBody, noContent, problems, router, wsParams } from './openapi';

const tags = ['Clusters'];
const clusterWorkspace = z.object({ id: z.string(), slug: z.string(), name: z.string(), kind: z.enum(workspaceKinds) });
const clusterAnswer = z.object({ id: z.string(), year: z.number().int(), name: z.string(), members: z.array(clusterWorkspace) });
const yearAnswer = z.object({ year: z.number().int(), items: z.array(clusterAnswer), unplaced: z.array(clusterWorkspace).describe('Approved affiliates (every level) in no cluster of the year') });
const idParams = wsParams.extend({ id: z.string() });
const admin = requireRole('admin');

/** The union's year `year` as GET shows it. */
const yearOf = (c: Context<AppEnv>, year: number) => clusterYear(c.get('deps').catalog, c.get('workspace').id, year);

/** Cluster `id` of the caller's workspace, as GET shows it (members still approved only). */
async function clusterView(c: Context<AppEnv>, id: string, year: number) {
  const cluster = (await yearOf(c, year)).items.find((item) => item.id === id);
  return cluster ?? { ...(await findCluster(c.get('deps').catalog, c.get('workspace').id, id)), members: [] };
}

/** Clusters live in the catalog, the audit log in the union's own database: recorded after the change. */
const audit = (c: Context<AppEnv>, entry: Omit<AuditEntry, 'entity'>) => auditInsert(c.get('db'), requireUser(c), { ...entry, entity: 'cluster' });

/** /api/w/:ws/clusters — emulation clusters (Cụm thi đua) of a union's approved affiliates, per year. */
export const clusterRoutes = router();

clusterRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/w/{ws}/clusters',
    tags,
    description: 'The clusters of `year` (default: this year) with their member workspaces, and the approved affiliates not placed in any.',
    request: { params: wsParams, query: clustersQuery },
    responses: { 200: jsonAnswer(yearAnswer), 401: problems[401], 404: problems[404], 422: problems[422] },
  }),
  async (c) => c.json(await yearOf(c, c.req.valid('query').year ?? currentYear(c)), 200),
);

clusterRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/w/{ws}/clusters',
    tags,
    description: 'A new, empty cluster; 409 when the year has one of that name.',
    middleware: [admin],
    request: { params: wsParams, ...jsonBody(clusterCreate) },
    responses: { 201: jsonAnswer(clusterAnswer, 'Created'), 401: problems[401], 403: problems[403], 404: problems[404], 409: problems[409], 422: problems[422] },
  }),
  async (c) => {
    const { year, name } = c.req.valid('json');
    const cluster = await createCluster(c.get('deps').catalog, c.get('workspace').id, year, name);
    await audit(c, { action: 'cluster.create', entityId: cluster.id });
    return c.json(cluster, 201);
  },
);

clusterRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/w/{ws}/clusters/copy',
    tags,
    description: 'Starts `toYear` from the clusters of `fromYear`, with their members still approved. 409 when `toYear` has clusters; 422 when `fromYear` has none.',
    middleware: [admin],
    request: { params: wsParams, ...jsonBody(clusterCopy) },
    responses: { 201: jsonAnswer(yearAnswer, 'Created'), 401: problems[401], 403: problems[403], 404: problems[404], 409: problems[409], 422: problems[422] },
  }),
  async (c) => {
    const { fromYear, toYear } = c.req.valid('json');
    await copyClusters(c.get('deps').catalog, c.get('workspace').id, fromYear, toYear);
    await audit(c, { action: 'cluster.copy', entityId: `${fromYear}-${toYear}` });
    return c.json(await yearOf(c, toYear), 201);
  },
);

clusterRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/w/{ws}/clusters/{id}',
    tags,
    description: 'Renames the cluster; 409 when its year has another of that name.',
    middleware: [admin],
    request: { params: idParams, ...jsonBody(clusterRename) },
    responses: { 200: jsonAnswer(clusterAnswer), 401: problems[401], 403: problems[403], 404: problems[404], 409: problems[409], 422: problems[422] },
  }),
  async (c) => {
    const cluster = await findCluster(c.get('deps').catalog, c.get('workspace').id, c.req.valid('param').id);
    await renameCluster(c.get('deps').catalog, cluster, c.req.valid('json').name);
    await audit(c, { action: 'cluster.rename', entityId: cluster.id });
    return c.json(await clusterView(c, cluster.id, cluster.year), 200);
  },
);

clusterRoutes.openapi(
  createRoute({
    method: 'delete',
    path: '/w/{ws}/clusters/{id}',
    tags,
    description: 'Deletes the cluster; its members become unplaced.',
    middleware: [admin],
    request: { params: idParams },
    responses: { 204: noContent, 401: problems[401], 403: problems[403], 404: problems[404] },
  }),
  async (c) => {
    const cluster = await findCluster(c.get('deps').catalog, c.get('workspace').id, c.req.valid('param').id);
    await deleteCluster(c.get('deps').catalog, cluster.id);
    await audit(c, { action: 'cluster.delete', entityId: cluster.id });
    return c.body(null, 204);
  },
);

clusterRoutes.openapi(
  createRoute({
    method: 'put',
    path: '/w/{ws}/clusters/{id}/members',
    tags,
    description:
      'Replaces the members. Every id must be an approved affiliate (any level) of this workspace, else 422 `cluster_workspace_unknown` for each one that is not. A workspace is in at most one cluster a year: placing it here takes it out of the other.',
    middleware: [admin],
    request: { params: idParams, ...jsonBody(clusterMembersPut) },
    responses: { 200: jsonAnswer(clusterAnswer), 401: problems[401], 403: problems[403], 404: problems[404], 422: problems[422] },
  }),
  async (c) => {
    const { catalog } = c.get('deps');
    const unionId = c.get('workspace').id;
    const cluster = await findCluster(catalog, unionId, c.req.valid('param').id);
    await setClusterMembers(catalog, unionId, cluster, c.req.valid('json').workspaceIds);
    await audit(c, { action: 'cluster.members', entityId: cluster.id });
    return c.json(await clusterView(c, cluster.id, cluster.year), 200);
  },
);
