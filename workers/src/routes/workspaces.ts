import { createRoute } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { z } from 'zod';
import { affiliations, workspaces } from '../../../db/catalog/schema';
import { affiliationStatuses, roles, slug, workspaceCreate, workspaceKinds, workspacePatch } from '../../../shared/workspace';
import type { AppEnv } from '../env';
import { requireUser } from '../middleware/auth';
import { requireRole } from '../middleware/workspace';
import { auditInsert } from '../services/audit';
import { createWorkspace, findParent } from '../services/workspaces';
import { jsonAnswer, jsonBody, noContent, problems, router, wsParams } from './openapi';
import { approvedParent, refreshSubtree } from '../services/subtree-totals';

const workspace = z.object({
  slug: z.string(),
  name: z.string(),
  kind: z.enum(workspaceKinds),
  code: z.string(),
  countries: z.array(z.string()),
  parent: z.object({ slug: z.string(), name: z.string(), status: z.enum(affiliationStatuses) }).nullable(),
  role: z.enum(roles),
});

/** The workspace as API.md shows it, for the caller's role. */
/** The workspace as answered, field by field (a rest/spread copy cost more than the rest of the route). */
function view(c: Context<AppEnv>) {
  const { slug, name, kind, code, countries } = c.get('workspace');
  return { slug, name, kind, code, countries, parent: c.get('parent'), role: c.get('role') };
}

async function pendingParent(c: Context<AppEnv>, slug: string) {
  const [row] = await c.get('deps').catalog.select({ name: workspaces.name }).from(workspaces).where(eq(workspaces.slug, slug));
  return { slug, name: row.name, status: 'pending' as const };
}

export const workspaceRoutes = router();

workspaceRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/workspaces',
    tags: ['Workspaces'],
    request: jsonBody(workspaceCreate),
    responses: { 201: jsonAnswer(workspace, 'Created; the caller is its owner'), 401: problems[401], 409: problems[409], 422: problems[422] },
  }),
  async (c) => {
    const user = requireUser(c);
    const input = c.req.valid('json');
    const id = await createWorkspace(c.get('deps'), user, input);
    const [row] = await c.get('deps').catalog.select().from(workspaces).where(eq(workspaces.id, id));
    c.set('workspace', { id, slug: row.slug, name: row.name, kind: row.kind, code: row.code, countries: row.countries });
    c.set('role', 'owner');
    c.set('parent', input.parent ? await pendingParent(c, input.parent) : null);
    return c.json(view(c), 201);
  },
);

workspaceRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/w/{ws}',
    tags: ['Workspaces'],
    description: '`affiliates`: how many workspaces are affiliated to this one and approved (its rollup covers them).',
    request: { params: wsParams },
    responses: { 200: jsonAnswer(workspace.extend({ affiliates: z.number().int() })), 401: problems[401], 404: problems[404] },
  }),
  async (c) => c.json({ ...view(c), affiliates: c.get('affiliates') }, 200),
);

workspaceRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/w/{ws}',
    tags: ['Workspaces'],
    middleware: [requireRole('admin')],
    request: { params: wsParams, ...jsonBody(workspacePatch) },
    responses: { 200: jsonAnswer(workspace), 401: problems[401], 403: problems[403], 404: problems[404], 422: problems[422] },
  }),
  async (c) => {
    const patch = c.req.valid('json');
    const ws = c.get('workspace');
    await c.get('deps').catalog.update(workspaces).set({ ...patch, updatedAt: new Date() }).where(eq(workspaces.id, ws.id));
    c.set('workspace', { ...ws, ...patch });
    c.get('caches').access.clear();
    await auditInsert(c.get('db'), requireUser(c), { action: 'workspace.update', entity: 'workspace', entityId: ws.id });
    return c.json(view(c), 200);
  },
);

workspaceRoutes.openapi(
  createRoute({
    method: 'delete',
    path: '/w/{ws}',
    tags: ['Workspaces'],
    description: 'Deletes the workspace and its database for good.',
    middleware: [requireRole('owner')],
    request: { params: wsParams },
    responses: { 204: noContent, 401: problems[401], 403: problems[403], 404: problems[404] },
  }),
  async (c) => {
    const { catalog, tenants } = c.get('deps');
    const parentBefore = await approvedParent(catalog, c.get('workspace').id);
    const [row] = await catalog.delete(workspaces).where(eq(workspaces.id, c.get('workspace').id)).returning({ ref: workspaces.databaseRef });
    c.get('caches').access.clear();
    if (parentBefore) await refreshSubtree(catalog, parentBefore);
    await tenants.drop(row.ref);
    return c.body(null, 204);
  },
);

workspaceRoutes.openapi(
  createRoute({
    method: 'put',
    path: '/w/{ws}/parent',
    tags: ['Affiliation'],
    description: 'Requests affiliation to a parent; it is pending until the parent approves. Replaces any earlier request.',
    middleware: [requireRole('admin')],
    request: { params: wsParams, ...jsonBody(z.object({ parent: slug })) },
    responses: { 200: jsonAnswer(workspace), 401: problems[401], 403: problems[403], 404: problems[404], 422: problems[422] },
  }),
  async (c) => {
    const ws = c.get('workspace');
    const { catalog } = c.get('deps');
    const parent = await findParent(catalog, ws.kind, c.req.valid('json').parent, ws.id);
    const values = { parentId: parent.id, status: 'pending' as const, requestedAt: new Date(), decidedAt: null, decidedBy: null };
    const parentBefore = await approvedParent(catalog, ws.id);
    await catalog.insert(affiliations).values({ childId: ws.id, ...values }).onConflictDoUpdate({ target: affiliations.childId, set: values });
    c.get('caches').access.clear();
    if (parentBefore) await refreshSubtree(catalog, parentBefore);
    c.set('parent', await pendingParent(c, parent.slug));
    await auditInsert(c.get('db'), requireUser(c), { action: 'affiliation.request', entity: 'affiliation', entityId: parent.slug });
    return c.json(view(c), 200);
  },
);

workspaceRoutes.openapi(
  createRoute({
    method: 'delete',
    path: '/w/{ws}/parent',
    tags: ['Affiliation'],
    description: 'Leaves the parent (or withdraws a pending request).',
    middleware: [requireRole('admin')],
    request: { params: wsParams },
    responses: { 204: noContent, 401: problems[401], 403: problems[403], 404: problems[404] },
  }),
  async (c) => {
    const ws = c.get('workspace');
    const { catalog } = c.get('deps');
    const parentBefore = await approvedParent(catalog, ws.id);
    await catalog.delete(affiliations).where(eq(affiliations.childId, ws.id));
    c.get('caches').access.clear();
    if (parentBefore) await refreshSubtree(catalog, parentBefore);
    await auditInsert(c.get('db'), requireUser(c), { action: 'affiliation.leave', entity: 'affiliation', entityId: null });
    return c.body(null, 204);
  },
);
