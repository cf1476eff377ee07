import { createRoute } from '@hono/zod-openapi';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { positions } from '../../../db/tenant/schema';
import { bodies, positionCreate, positionPatch, positionTitles } from '../../../shared/leadership';
import { memberStatuses } from '../../../shared/members';
import { ApiError } from '../errors';
import { requireUser } from '../middleware/auth';
import { requireRole } from '../middleware/workspace';
import { auditInsert } from '../services/audit';
import { runBatch } from '../services/batch';
import { now, today } from '../services/clock';
import { newId } from '../services/ids';
import { checkPosition, findPositions, heldOn } from '../services/leadership';
import { jsonAnswer, jsonBody, listOf, noContent, problems, router, wsParams } from './openapi';
import { pageQuery } from './pagination';

const labels = z.object({ vi: z.string(), en: z.string() });
export const positionAnswer = z.object({
  id: z.string(),
  termId: z.string(),
  memberId: z.string(),
  body: z.enum(bodies),
  title: z.enum(positionTitles),
  titleLabel: labels,
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  notes: z.string().nullable(),
  member: z.object({ id: z.string(), fullName: z.string(), organisation: z.string().nullable(), jobTitle: z.string().nullable(), status: z.enum(memberStatuses) }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const bodyGroup = z.object({ body: z.enum(bodies), label: labels, positions: z.array(positionAnswer) });

const idParams = wsParams.extend({ id: z.string() });
const listQuery = pageQuery.extend({
  cursor: z.string().regex(/^\d{1,9}$/).optional(),
  termId: z.string().max(100).optional(),
  memberId: z.string().max(100).optional(),
  body: z.enum(bodies, { message: 'body_invalid' }).optional(),
  current: z.enum(['0', '1']).optional(),
});

async function findOne(db: Parameters<typeof findPositions>[0], id: string) {
  const [p] = await findPositions(db, eq(positions.id, id));
  if (!p) throw ApiError.notFound('position');
  return p;
}

/** /api/w/:ws/positions — who holds which position, in which body and term, when. */
export const positionRoutes = router();

positionRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/w/{ws}/positions',
    tags: ['Leadership'],
    description: 'Positions, newest term first, then by body and rank (Chủ tịch first). `current=1`: held today.',
    request: { params: wsParams, query: listQuery },
    responses: { 200: jsonAnswer(listOf(positionAnswer)), 401: problems[401], 404: problems[404], 422: problems[422] },
  }),
  async (c) => {
    const { limit, cursor, termId, memberId, body, current } = c.req.valid('query');
    const where = and(
      termId ? eq(positions.termId, termId) : undefined,
      memberId ? eq(positions.memberId, memberId) : undefined,
      body ? eq(positions.body, body) : undefined,
      current === '1' ? heldOn(today(c)) : undefined,
    );
    const all = await findPositions(c.get('db'), where);
    const from = Number(cursor ?? 0);
    const items = all.slice(from, from + limit);
    return c.json({ items, nextCursor: from + limit < all.length ? String(from + limit) : null }, 200);
  },
);

positionRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/w/{ws}/positions',
    tags: ['Leadership'],
    description: 'A member takes a position in a body during a term. `startsOn` defaults to the start of the term; no `endsOn`: until the term ends.',
    middleware: [requireRole('editor')],
    request: { params: wsParams, ...jsonBody(positionCreate) },
    responses: { 201: jsonAnswer(positionAnswer, 'Created'), 401: problems[401], 403: problems[403], 404: problems[404], 409: problems[409], 422: problems[422] },
  }),
  async (c) => {
    const db = c.get('db');
    const input = c.req.valid('json');
    const checked = await checkPosition(db, { termId: input.termId, memberId: input.memberId, body: input.body, title: input.title, startsOn: input.startsOn ?? null, endsOn: input.endsOn ?? null, notes: input.notes || null });
    const at = now(c);
    const id = newId();
    await runBatch(db, [db.insert(positions).values({ id, ...checked, createdAt: at, updatedAt: at }), auditInsert(db, requireUser(c), { action: 'position.create', entity: 'position', entityId: id })]);
    return c.json(await findOne(db, id), 201);
  },
);

positionRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/w/{ws}/positions/{id}',
    tags: ['Leadership'],
    request: { params: idParams },
    responses: { 200: jsonAnswer(positionAnswer), 401: problems[401], 404: problems[404] },
  }),
  async (c) => c.json(await findOne(c.get('db'), c.req.valid('param').id), 200),
);

positionRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/w/{ws}/positions/{id}',
    tags: ['Leadership'],
    description: 'Changes the fields sent; set `endsOn` when someone leaves a position.',
    middleware: [requireRole('editor')],
    request: { params: idParams, ...jsonBody(positionPatch) },
    responses: { 200: jsonAnswer(positionAnswer), 401: problems[401], 403: problems[403], 404: problems[404], 409: problems[409], 422: problems[422] },
  }),
  async (c) => {
    const db = c.get('db');
    const { id } = c.req.valid('param');
    const before = await findOne(db, id);
    const patch = c.req.valid('json');
    const merged = {
      termId: patch.termId ?? before.termId,
      memberId: patch.memberId ?? before.memberId,
      body: patch.body ?? before.body,
      title: patch.title ?? before.title,
      startsOn: patch.startsOn === undefined ? before.startsOn : patch.startsOn,
      endsOn: patch.endsOn === undefined ? before.endsOn : patch.endsOn,
      notes: patch.notes === undefined ? before.notes : patch.notes || null,
    };
    const checked = await checkPosition(db, merged, id);
    await runBatch(db, [db.update(positions).set({ ...checked, updatedAt: now(c) }).where(eq(positions.id, id)), auditInsert(db, requireUser(c), { action: 'position.update', entity: 'position', entityId: id })]);
    return c.json(await findOne(db, id), 200);
  },
);

positionRoutes.openapi(
  createRoute({
    method: 'delete',
    path: '/w/{ws}/positions/{id}',
    tags: ['Leadership'],
    description: 'Removes a position recorded by mistake (someone leaving is PATCH endsOn).',
    middleware: [requireRole('editor')],
    request: { params: idParams },
    responses: { 204: noContent, 401: problems[401], 403: problems[403], 404: problems[404] },
  }),
  async (c) => {
    const db = c.get('db');
    const { id } = c.req.valid('param');
    await findOne(db, id);
    await runBatch(db, [db.delete(positions).where(eq(positions.id, id)), auditInsert(db, requireUser(c), { action: 'position.delete', entity: 'position', entityId: id })]);
    return c.body(null, 204);
  },
);
