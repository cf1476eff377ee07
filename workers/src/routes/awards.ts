import { createRoute } from '@hono/zod-openapi';
import { and, desc, eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { z } from 'zod';
import type { TenantDb } from '../../../db';
import { awards, members } from '../../../db/tenant/schema';
import { awardCreate, awardFilters, awardPatch, recipientIssue, type Award } from '../../../shared/partners';
import { ApiError, invalidField } from '../errors';
import type { AppEnv } from '../env';
import { requireUser } from '../middleware/auth';
import { requireRole } from '../middleware/workspace';
import { auditInsert } from '../services/audit';
import { runBatch } from '../services/batch';
import { now } from '../services/clock';
import { newId } from '../services/ids';
import { afterCursor, dateCursor, pageOf, withPatch } from '../services/partners';
import { jsonAnswer, jsonBody, listOf, noContent, problems, router, wsParams } from './openapi';
import { pageQuery } from './pagination';

type AwardRow = typeof awards.$inferSelect;
type AwardData = Omit<AwardRow, 'id' | 'createdAt' | 'updatedAt'>;

const emptyAward: AwardData = { awardName: '', recipientMemberId: null, recipientName: null, recipientCountry: null, decisionNumber: '', decidedOn: '', notes: null };

const nullable = (t: z.ZodType) => t.nullable();
export const awardAnswer = z.object({
  id: z.string(),
  awardName: z.string(),
  recipientMemberId: nullable(z.string()),
  recipientName: z.string().describe("The foreign friend's name, or the member's full name"),
  recipientCountry: nullable(z.string()),
  decisionNumber: z.string(),
  decidedOn: z.string(),
  notes: nullable(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** An award with its member's current name (a recipient who is a member is stored by id only). */
const selection = { row: awards, memberName: members.fullName };
type Selected = { row: AwardRow; memberName: string | null };

const toAward = ({ row, memberName }: Selected): Award => ({
  id: row.id,
  awardName: row.awardName,
  recipientMemberId: row.recipientMemberId,
  recipientName: memberName ?? row.recipientName ?? '',
  recipientCountry: row.recipientCountry,
  decisionNumber: row.decisionNumber,
  decidedOn: row.decidedOn,
  notes: row.notes,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

const selectAwards = (db: TenantDb) => db.select(selection).from(awards).leftJoin(members, eq(members.id, awards.recipientMemberId));

async function findAward(db: TenantDb, id: string): Promise<Selected> {
  const [row] = await selectAwards(db).where(eq(awards.id, id));
  if (!row) throw ApiError.notFound('award');
  return row;
}

/** Throws 422 unless there is exactly one recipient and a member recipient is a member here (archived ones included). */
async function check(c: Context<AppEnv>, data: AwardData) {
  const issue = recipientIssue(data);
  if (issue) throw invalidField(issue.path, issue.message);
  if (!data.recipientMemberId) return;
  const [member] = await c.get('db').select({ id: members.id }).from(members).where(eq(members.id, data.recipientMemberId));
  if (!member) throw invalidField('recipientMemberId', 'member_unknown');
}

/** /api/w/:ws/awards — awards decided for members and foreign friends. */
export const awardRoutes = router();
const tags = ['Awards'];
const idParams = wsParams.extend({ id: z.string() });

awardRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/w/{ws}/awards',
    tags,
    description: 'Award decisions, latest first.',
    request: { params: wsParams, query: pageQuery.extend(awardFilters.shape).extend({ cursor: dateCursor }) },
    responses: { 200: jsonAnswer(listOf(awardAnswer)), 400: problems[400], 401: problems[401], 404: problems[404], 422: problems[422] },
  }),
  async (c) => {
    const { limit, cursor, recipientMemberId } = c.req.valid('query');
    const rows = await selectAwards(c.get('db'))
      .where(and(recipientMemberId ? eq(awards.recipientMemberId, recipientMemberId) : undefined, afterCursor(awards.decidedOn, awards.id, cursor, 'desc')))
      .orderBy(desc(awards.decidedOn), desc(awards.id))
      .limit(limit + 1);
    const { page, nextCursor } = pageOf(
      rows.map((s) => ({ ...s, id: s.row.id })),
      limit,
      (s) => s.row.decidedOn,
    );
    return c.json({ items: page.map(toAward), nextCursor }, 200);
  },
);

awardRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/w/{ws}/awards',
    tags,
    description: 'The recipient is either `recipientMemberId` (a member of this workspace) or `recipientName` (a foreign friend), not both.',
    middleware: [requireRole('editor')],
    request: { params: wsParams, ...jsonBody(awardCreate) },
    responses: { 201: jsonAnswer(awardAnswer, 'Created'), 401: problems[401], 403: problems[403], 404: problems[404], 422: problems[422] },
  }),
  async (c) => {
    const db = c.get('db');
    const data = withPatch(emptyAward, c.req.valid('json'));
    await check(c, data);
    const at = now(c);
    const id = newId();
    await runBatch(db, [db.insert(awards).values({ id, ...data, createdAt: at, updatedAt: at }), auditInsert(db, requireUser(c), { action: 'award.create', entity: 'award', entityId: id })]);
    return c.json(toAward(await findAward(db, id)), 201);
  },
);

awardRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/w/{ws}/awards/{id}',
    tags,
    request: { params: idParams },
    responses: { 200: jsonAnswer(awardAnswer), 401: problems[401], 404: problems[404] },
  }),
  async (c) => c.json(toAward(await findAward(c.get('db'), c.req.valid('param').id)), 200),
);

awardRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/w/{ws}/awards/{id}',
    tags,
    description: 'Changes the fields sent; null or "" clears an optional field. To change the recipient, send the new one and null for the other.',
    middleware: [requireRole('editor')],
    request: { params: idParams, ...jsonBody(awardPatch) },
    responses: { 200: jsonAnswer(awardAnswer), 401: problems[401], 403: problems[403], 404: problems[404], 422: problems[422] },
  }),
  async (c) => {
    const db = c.get('db');
    const { id, createdAt: _c, updatedAt: _u, ...before } = (await findAward(db, c.req.valid('param').id)).row;
    const data = withPatch(before, c.req.valid('json'));
    await check(c, data);
    await runBatch(db, [db.update(awards).set({ ...data, updatedAt: now(c) }).where(eq(awards.id, id)), auditInsert(db, requireUser(c), { action: 'award.update', entity: 'award', entityId: id })]);
    return c.json(toAward(await findAward(db, id)), 200);
  },
);

awardRoutes.openapi(
  createRoute({
    method: 'delete',
    path: '/w/{ws}/awards/{id}',
    tags,
    middleware: [requireRole('editor')],
    request: { params: idParams },
    responses: { 204: noContent, 401: problems[401], 403: problems[403], 404: problems[404] },
  }),
  async (c) => {
    const db = c.get('db');
    const { id } = (await findAward(db, c.req.valid('param').id)).row;
    await runBatch(db, [db.delete(awards).where(eq(awards.id, id)), auditInsert(db, requireUser(c), { action: 'award.delete', entity: 'award', entityId: id })]);
    return c.body(null, 204);
  },
);
