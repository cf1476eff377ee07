import { createRoute } from '@hono/zod-openapi';
import { and, count, desc, eq, gt, min, or } from 'drizzle-orm';
import { z } from 'zod';
import { positions, terms } from '../../../db/tenant/schema';
import { termCreate, termPatch } from '../../../shared/leadership';
import { ApiError, invalidField } from '../errors';
import { requireUser } from '../middleware/auth';
import { requireRole } from '../middleware/workspace';
import { auditInsert } from '../services/audit';
import { runBatch } from '../services/batch';
import { now, today } from '../services/clock';
import { newId } from '../services/ids';
import { byBody, findPositions, findTerm, termView } from '../services/leadership';
import { jsonAnswer, jsonBody, noContent, problems, router, wsParams } from './openapi';
import { bodyGroup } from './positions';

export const termAnswer = z.object({
  id: z.string(),
  name: z.string(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  congress: z.string().nullable(),
  notes: z.string().nullable(),
  current: z.boolean().describe('Running today'),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const idParams = wsParams.extend({ id: z.string() });
const outsideTerm = (message: string) => invalidField('startsOn', 'outside_term', message);

/** /api/w/:ws/terms — terms of office (nhiệm kỳ). */
export const termRoutes = router();

termRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/w/{ws}/terms',
    tags: ['Leadership'],
    description: 'Every term, the latest first.',
    request: { params: wsParams },
    responses: { 200: jsonAnswer(z.object({ items: z.array(termAnswer), nextCursor: z.null() })), 401: problems[401], 404: problems[404] },
  }),
  async (c) => {
    const rows = await c.get('db').select().from(terms).orderBy(desc(terms.startsOn), terms.id);
    return c.json({ items: rows.map((t) => termView(t, today(c))), nextCursor: null }, 200);
  },
);

termRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/w/{ws}/terms',
    tags: ['Leadership'],
    middleware: [requireRole('editor')],
    request: { params: wsParams, ...jsonBody(termCreate) },
    responses: { 201: jsonAnswer(termAnswer, 'Created'), 401: problems[401], 403: problems[403], 404: problems[404], 422: problems[422] },
  }),
  async (c) => {
    const db = c.get('db');
    const input = c.req.valid('json');
    const at = now(c);
    const row = { id: newId(), name: input.name, startsOn: input.startsOn, endsOn: input.endsOn ?? null, congress: input.congress || null, notes: input.notes || null, createdAt: at, updatedAt: at };
    await runBatch(db, [db.insert(terms).values(row), auditInsert(db, requireUser(c), { action: 'term.create', entity: 'term', entityId: row.id })]);
    return c.json(termView(row, today(c)), 201);
  },
);

termRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/w/{ws}/terms/{id}',
    tags: ['Leadership'],
    description: 'The term with everyone who held a position in it, by body and rank.',
    request: { params: idParams },
    responses: { 200: jsonAnswer(termAnswer.extend({ bodies: z.array(bodyGroup) })), 401: problems[401], 404: problems[404] },
  }),
  async (c) => {
    const db = c.get('db');
    const term = await findTerm(db, c.req.valid('param').id);
    return c.json({ ...termView(term, today(c)), bodies: byBody(await findPositions(db, eq(positions.termId, term.id))) }, 200);
  },
);

termRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/w/{ws}/terms/{id}',
    tags: ['Leadership'],
    description: 'The dates cannot move past positions already recorded in the term (422).',
    middleware: [requireRole('editor')],
    request: { params: idParams, ...jsonBody(termPatch) },
    responses: { 200: jsonAnswer(termAnswer), 401: problems[401], 403: problems[403], 404: problems[404], 422: problems[422] },
  }),
  async (c) => {
    const db = c.get('db');
    const before = await findTerm(db, c.req.valid('param').id);
    const patch = c.req.valid('json');
    const next = { ...before, ...patch, congress: patch.congress === undefined ? before.congress : patch.congress || null, notes: patch.notes === undefined ? before.notes : patch.notes || null, updatedAt: now(c) };
    if (next.endsOn && next.endsOn < next.startsOn) throw invalidField('endsOn', 'end_before_start');
    const [span] = await db.select({ first: min(positions.startsOn) }).from(positions).where(eq(positions.termId, before.id));
    if (span.first && span.first < next.startsOn) throw outsideTerm(`A position in this term starts on ${span.first}, before ${next.startsOn}.`);
    if (next.endsOn) {
      const past = or(gt(positions.startsOn, next.endsOn), gt(positions.endsOn, next.endsOn));
      const [late] = await db.select({ n: count() }).from(positions).where(and(eq(positions.termId, before.id), past));
      if (late.n) throw outsideTerm(`Some positions in this term run past ${next.endsOn}.`);
    }
    const { id, createdAt: _c, ...set } = next;
    await runBatch(db, [db.update(terms).set(set).where(eq(terms.id, id)), auditInsert(db, requireUser(c), { action: 'term.update', entity: 'term', entityId: id })]);
    return c.json(termView(next, today(c)), 200);
  },
);

termRoutes.openapi(
  createRoute({
    method: 'delete',
    path: '/w/{ws}/terms/{id}',
    tags: ['Leadership'],
    description: 'Deletes a term entered by mistake; a term with positions cannot be deleted (409).',
    middleware: [requireRole('editor')],
    request: { params: idParams },
    responses: { 204: noContent, 401: problems[401], 403: problems[403], 404: problems[404], 409: problems[409] },
  }),
  async (c) => {
    const db = c.get('db');
    const term = await findTerm(db, c.req.valid('param').id);
    const [used] = await db.select({ n: count() }).from(positions).where(eq(positions.termId, term.id));
    if (used.n) throw new ApiError(409, 'term_in_use', `This term has ${used.n} position(s); remove them first.`);
    await runBatch(db, [db.delete(terms).where(eq(terms.id, term.id)), auditInsert(db, requireUser(c), { action: 'term.delete', entity: 'term', entityId: term.id })]);
    return c.body(null, 204);
  },
);
