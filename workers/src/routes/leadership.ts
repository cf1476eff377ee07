import { createRoute } from '@hono/zod-openapi';
import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { positions, terms } from '../../../db/tenant/schema';
import { isoDate } from '../../../shared/members';
import { today } from '../services/clock';
import { byBody, findPositions, heldOn, termOn, termView } from '../services/leadership';
import { jsonAnswer, problems, router, wsParams } from './openapi';
import { bodyGroup } from './positions';
import { termAnswer } from './terms';

/** /api/w/:ws/leadership — the leadership as people expect to see it, now and by term. */
export const leadershipRoutes = router();

leadershipRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/w/{ws}/leadership',
    tags: ['Leadership'],
    description:
      'The term running on `on` (default today, Vietnam time) and who holds a position in it that day: bodies in order (Đoàn Chủ tịch, Ban Thường vụ, Ban Chấp hành, Ban Kiểm tra), in each by rank (Chủ tịch, Phó Chủ tịch, Tổng Thư ký, …), then name.',
    request: { params: wsParams, query: z.object({ on: isoDate.optional() }) },
    responses: { 200: jsonAnswer(z.object({ on: z.string(), term: termAnswer.nullable(), bodies: z.array(bodyGroup) })), 401: problems[401], 404: problems[404], 422: problems[422] },
  }),
  async (c) => {
    const db = c.get('db');
    const on = c.req.valid('query').on ?? today(c);
    const term = await termOn(db, on);
    const held = term ? await findPositions(db, and(eq(positions.termId, term.id), heldOn(on))) : [];
    return c.json({ on, term: term ? termView(term, today(c)) : null, bodies: byBody(held) }, 200);
  },
);

leadershipRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/w/{ws}/leadership/history',
    tags: ['Leadership'],
    description: 'Every term, the latest first, with everyone who held a position in it (with their dates).',
    request: { params: wsParams },
    responses: { 200: jsonAnswer(z.object({ items: z.array(termAnswer.extend({ bodies: z.array(bodyGroup) })), nextCursor: z.null() })), 401: problems[401], 404: problems[404] },
  }),
  async (c) => {
    const db = c.get('db');
    const [all, held] = await Promise.all([db.select().from(terms).orderBy(desc(terms.startsOn), terms.id), findPositions(db)]);
    const items = all.map((t) => ({ ...termView(t, today(c)), bodies: byBody(held.filter((p) => p.termId === t.id)) }));
    return c.json({ items, nextCursor: null }, 200);
  },
);
