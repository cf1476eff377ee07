import { createRoute } from '@hono/zod-openapi';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Context } from 'hono';
import { z } from 'zod';
import type { TenantDb } from '../../../db';
import { aidProjects } from '../../../db/tenant/schema';
import { aidCreate, aidFilters, aidIssues, aidPatch, aidSectors, aidStatuses, type Aid } from '../../../shared/partners';
import { fieldMessages } from '../../../shared/messages';
import { ApiError } from '../errors';
import type { AppEnv } from '../env';
import { requireUser } from '../middleware/auth';
import { requireRole } from '../middleware/workspace';
import { auditInsert } from '../services/audit';
import { runBatch } from '../services/batch';
import { now } from '../services/clock';
import { newId } from '../services/ids';
import { afterCursor, dateCursor, pageOf, requirePartners, withPatch } from '../services/partners';
import { jsonAnswer, jsonBody, listOf, noContent, problems, router, wsParams } from './openapi';
import { pageQuery } from './pagination';

type AidRow = typeof aidProjects.$inferSelect;
type AidData = Omit<AidRow, 'id' | 'createdAt' | 'updatedAt'>;

const emptyAid: AidData = {
  title: '', donorPartnerId: '', sector: 'other', committedVnd: 0, disbursedVnd: 0, currency: null, committedOriginal: null, disbursedOriginal: null,
  startsOn: null, endsOn: null, status: 'planned', overDisbursedReason: null, notes: null,
};

const nullable = (t: z.ZodType) => t.nullable();
export const aidAnswer = z.object({
  id: z.string(),
  title: z.string(),
  donorPartnerId: z.string(),
  sector: z.enum(aidSectors),
  committedVnd: z.number().int(),
  disbursedVnd: z.number().int(),
  currency: nullable(z.string()),
  committedOriginal: nullable(z.number()),
  disbursedOriginal: nullable(z.number()),
  startsOn: nullable(z.string()),
  endsOn: nullable(z.string()),
  status: z.enum(aidStatuses),
  overDisbursedReason: nullable(z.string()),
  notes: nullable(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const toAid = (row: AidRow): Aid => ({ ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() });

async function findAid(db: TenantDb, id: string): Promise<AidRow> {
  const [row] = await db.select().from(aidProjects).where(eq(aidProjects.id, id));
  if (!row) throw ApiError.notFound('aid project');
  return row;
}

/**
 * Throws 422 unless the project keeps the rules of shared/partners.ts `aidIssues` and its donor is
 * a partner here. A disbursement above the commitment alone answers with the code
 * `disbursed_over_committed`, so that a form can ask for the reason.
 */
async function check(c: Context<AppEnv>, data: AidData, before?: AidData) {
  const issues = aidIssues(data).map((i) => ({ path: i.path, code: i.message, message: fieldMessages[i.message] }));
  if (issues.length === 1 && issues[0].code === 'disbursed_over_committed') {
    throw new ApiError(422, 'disbursed_over_committed', 'More is disbursed than committed; send overDisbursedReason to record it anyway.', issues);
  }
  if (issues.length) throw new ApiError(422, 'validation_failed', 'Some fields are not valid.', issues);
  if (data.donorPartnerId !== before?.donorPartnerId) await requirePartners(c.get('db'), [data.donorPartnerId], 'donorPartnerId', false);
}

const startKey = sql`coalesce(${aidProjects.startsOn}, '')`;

/** /api/w/:ws/aid — foreign non-governmental aid projects (viện trợ PCPNN). */
export const aidRoutes = router();
const tags = ['Aid'];
const idParams = wsParams.extend({ id: z.string() });

aidRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/w/{ws}/aid',
    tags,
    description: 'Aid projects, latest start first (undated ones last).',
    request: { params: wsParams, query: pageQuery.extend(aidFilters.shape).extend({ cursor: dateCursor }) },
    responses: { 200: jsonAnswer(listOf(aidAnswer)), 400: problems[400], 401: problems[401], 404: problems[404], 422: problems[422] },
  }),
  async (c) => {
    const { limit, cursor, donorPartnerId, sector, status } = c.req.valid('query');
    const rows = await c
      .get('db')
      .select()
      .from(aidProjects)
      .where(
        and(
          donorPartnerId ? eq(aidProjects.donorPartnerId, donorPartnerId) : undefined,
          sector ? eq(aidProjects.sector, sector) : undefined,
          status ? eq(aidProjects.status, status) : undefined,
          afterCursor(startKey, aidProjects.id, cursor, 'desc'),
        ),
      )
      .orderBy(desc(startKey), desc(aidProjects.id))
      .limit(limit + 1);
    const { page, nextCursor } = pageOf(rows, limit, (r) => r.startsOn);
    return c.json({ items: page.map(toAid), nextCursor }, 200);
  },
);

aidRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/w/{ws}/aid',
    tags,
    description:
      'VND values are whole đồng, zero or more. A disbursed value above the committed one is refused (422 `disbursed_over_committed`) unless `overDisbursedReason` says why. Original amounts need their `currency`.',
    middleware: [requireRole('editor')],
    request: { params: wsParams, ...jsonBody(aidCreate) },
    responses: { 201: jsonAnswer(aidAnswer, 'Created'), 401: problems[401], 403: problems[403], 404: problems[404], 422: problems[422] },
  }),
  async (c) => {
    const db = c.get('db');
    const data = withPatch(emptyAid, c.req.valid('json'));
    await check(c, data);
    const at = now(c);
    const row: AidRow = { id: newId(), ...data, createdAt: at, updatedAt: at };
    await runBatch(db, [db.insert(aidProjects).values(row), auditInsert(db, requireUser(c), { action: 'aid.create', entity: 'aid', entityId: row.id })]);
    return c.json(toAid(row), 201);
  },
);

aidRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/w/{ws}/aid/{id}',
    tags,
    request: { params: idParams },
    responses: { 200: jsonAnswer(aidAnswer), 401: problems[401], 404: problems[404] },
  }),
  async (c) => c.json(toAid(await findAid(c.get('db'), c.req.valid('param').id)), 200),
);

aidRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/w/{ws}/aid/{id}',
    tags,
    description: 'Changes the fields sent; null or "" clears an optional field. The rules of POST apply to the project as changed.',
    middleware: [requireRole('editor')],
    request: { params: idParams, ...jsonBody(aidPatch) },
    responses: { 200: jsonAnswer(aidAnswer), 401: problems[401], 403: problems[403], 404: problems[404], 422: problems[422] },
  }),
  async (c) => {
    const db = c.get('db');
    const { id, createdAt, updatedAt: _u, ...before } = await findAid(db, c.req.valid('param').id);
    const data = withPatch(before, c.req.valid('json'));
    await check(c, data, before);
    const row: AidRow = { id, ...data, createdAt, updatedAt: now(c) };
    await runBatch(db, [db.update(aidProjects).set({ ...data, updatedAt: row.updatedAt }).where(eq(aidProjects.id, id)), auditInsert(db, requireUser(c), { action: 'aid.update', entity: 'aid', entityId: id })]);
    return c.json(toAid(row), 200);
  },
);

aidRoutes.openapi(
  createRoute({
    method: 'delete',
    path: '/w/{ws}/aid/{id}',
    tags,
    description: 'Deletes an aid project entered by mistake (a project that ended early is `cancelled` instead).',
    middleware: [requireRole('editor')],
    request: { params: idParams },
    responses: { 204: noContent, 401: problems[401], 403: problems[403], 404: problems[404] },
  }),
  async (c) => {
    const db = c.get('db');
    const { id } = await findAid(db, c.req.valid('param').id);
    await runBatch(db, [db.delete(aidProjects).where(eq(aidProjects.id, id)), auditInsert(db, requireUser(c), { action: 'aid.delete', entity: 'aid', entityId: id })]);
    return c.body(null, 204);
  },
);
