import { createRoute } from '@hono/zod-openapi';
import { and, eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { z } from 'zod';
import { affiliations, workspaces } from '../../../db/catalog/schema';
import { affiliationStatuses, workspaceKinds } from '../../../shared/workspace';
import { ApiError } from '../errors';
import type { AppEnv } from '../env';
import { requireUser } from '../middleware/auth';
import { requireRole } from '../middleware/workspace';
import { auditInsert } from '../services/audit';
import { jsonAnswer, problems, router, wsParams } from './openapi';
import { refreshSubtree } from '../services/subtree-totals';

const child = z.object({
  slug: z.string(),
  name: z.string(),
  kind: z.enum(workspaceKinds),
  status: z.enum(affiliationStatuses),
  requestedAt: z.string(),
});

/** Approve or reject the affiliation request of `child` to this workspace. */
async function decide(c: Context<AppEnv>, childSlug: string, status: 'approved' | 'rejected') {
  const parent = c.get('workspace');
  const { catalog, tenants } = c.get('deps');
  const [row] = await catalog
    .select({ childId: workspaces.id, ref: workspaces.databaseRef })
    .from(affiliations)
    .innerJoin(workspaces, eq(workspaces.id, affiliations.childId))
    .where(and(eq(affiliations.parentId, parent.id), eq(workspaces.slug, childSlug)));
  if (!row) throw ApiError.notFound('affiliation request');
  const me = requireUser(c);
  await catalog.update(affiliations).set({ status, decidedAt: new Date(), decidedBy: me.id }).where(eq(affiliations.childId, row.childId));
  c.get('caches').access.clear();
  await refreshSubtree(catalog, parent.id);
  const entry = { action: `affiliation.${status === 'approved' ? 'approve' : 'reject'}`, entity: 'affiliation', entityId: childSlug };
  await auditInsert(c.get('db'), me, entry);
  await auditInsert(tenants.open(row.ref), me, { ...entry, entityId: parent.slug });
  return c.json({ slug: childSlug, status }, 200);
}

/** /api/w/:ws/affiliations — the workspaces that asked to join this one. */
export const affiliationRoutes = router();

affiliationRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/w/{ws}/affiliations',
    tags: ['Affiliation'],
    middleware: [requireRole('admin')],
    request: { params: wsParams },
    responses: { 200: jsonAnswer(z.object({ items: z.array(child) })), 401: problems[401], 403: problems[403], 404: problems[404] },
  }),
  async (c) => {
    const rows = await c
      .get('deps')
      .catalog.select({ slug: workspaces.slug, name: workspaces.name, kind: workspaces.kind, status: affiliations.status, requestedAt: affiliations.requestedAt })
      .from(affiliations)
      .innerJoin(workspaces, eq(workspaces.id, affiliations.childId))
      .where(eq(affiliations.parentId, c.get('workspace').id))
      .orderBy(affiliations.status, workspaces.name);
    return c.json({ items: rows.map((r) => ({ ...r, requestedAt: r.requestedAt.toISOString() })) }, 200);
  },
);

for (const [verb, status] of [
  ['approve', 'approved'],
  ['reject', 'rejected'],
] as const) {
  affiliationRoutes.openapi(
    createRoute({
      method: 'post',
      path: `/w/{ws}/affiliations/{child}/${verb}`,
      tags: ['Affiliation'],
      middleware: [requireRole('admin')],
      request: { params: wsParams.extend({ child: z.string() }) },
      responses: {
        200: jsonAnswer(z.object({ slug: z.string(), status: z.enum(affiliationStatuses) })),
        401: problems[401],
        403: problems[403],
        404: problems[404],
      },
    }),
    (c) => decide(c, c.req.valid('param').child, status),
  );
}
