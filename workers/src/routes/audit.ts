import { createRoute } from '@hono/zod-openapi';
import { desc, lt } from 'drizzle-orm';
import { z } from 'zod';
import { auditLog } from '../../../db/tenant/schema';
import { requireRole } from '../middleware/workspace';
import { jsonAnswer, listOf, problems, router, wsParams } from './openapi';
import { pageQuery } from './pagination';

const entry = z.object({ at: z.string(), actor: z.string(), action: z.string(), entity: z.string(), entityId: z.string().nullable() });

/** /api/w/:ws/audit — who changed what, when; newest first. */
export const auditRoutes = router();

auditRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/w/{ws}/audit',
    tags: ['Operations'],
    middleware: [requireRole('admin')],
    request: { params: wsParams, query: pageQuery.extend({ cursor: z.string().regex(/^\d{1,15}$/).optional() }) },
    responses: { 200: jsonAnswer(listOf(entry)), 400: problems[400], 401: problems[401], 403: problems[403], 404: problems[404], 422: problems[422] },
  }),
  async (c) => {
    const { limit, cursor } = c.req.valid('query');
    const rows = await c
      .get('db')
      .select()
      .from(auditLog)
      .where(cursor ? lt(auditLog.id, Number(cursor)) : undefined)
      .orderBy(desc(auditLog.id))
      .limit(limit + 1);
    const page = rows.slice(0, limit);
    return c.json(
      {
        items: page.map((r) => ({ at: r.at.toISOString(), actor: r.actor, action: r.action, entity: r.entity, entityId: r.entityId })),
        nextCursor: rows.length > limit ? String(page[page.length - 1].id) : null,
      },
      200,
    );
  },
);
