import { createRoute } from '@hono/zod-openapi';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Context } from 'hono';
import { z } from 'zod';
import { agreementPartners, agreements } from '../../../db/tenant/schema';
import { agreementCreate, agreementFilters, agreementPatch, agreementRenew, agreementStatuses } from '../../../shared/partners';
import { ApiError } from '../errors';
import type { AppEnv } from '../env';
import { requireUser } from '../middleware/auth';
import { requireRole } from '../middleware/workspace';
import {
  agreementSelection,
  agreementWrites,
  checkRenewable,
  checkValidity,
  dataOf,
  emptyAgreement,
  findAgreement,
  partyOf,
  statusIs,
  toAgreement,
  type AgreementData,
} from '../services/agreements';
import { auditInsert } from '../services/audit';
import { runBatch } from '../services/batch';
import { now, today } from '../services/clock';
import { newId } from '../services/ids';
import { afterCursor, dateCursor, pageOf, requireDocument, requirePartners, withPatch } from '../services/partners';
import { jsonAnswer, jsonBody, listOf, noContent, problems, router, wsParams } from './openapi';
import { pageQuery } from './pagination';

const nullable = (t: z.ZodType) => t.nullable();
export const agreementAnswer = z.object({
  id: z.string(),
  title: z.string(),
  partnerIds: z.array(z.string()),
  signedOn: z.string(),
  validFrom: z.string(),
  validTo: nullable(z.string()).describe('The last valid day; null = open-ended'),
  status: z.enum(agreementStatuses).describe('From the dates and today (Vietnam): expiring = ends within 90 days'),
  documentId: nullable(z.string()),
  renewedFromId: nullable(z.string()),
  renewedById: nullable(z.string()).describe('The agreement renewing this one'),
  notes: nullable(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const idParams = wsParams.extend({ id: z.string() });
const tags = ['Agreements'];
const listQuery = pageQuery.extend(agreementFilters.shape).extend({ cursor: dateCursor });
const renewedFromTaken = () => new ApiError(409, 'already_renewed', 'This agreement has already been renewed.');

/** Checks an agreement's data against the workspace: dates in order, its partners and document exist. */
async function checkLinks(c: Context<AppEnv>, data: AgreementData, before?: AgreementData) {
  checkValidity(data);
  await requirePartners(c.get('db'), data.partnerIds, 'partnerIds');
  if (data.documentId !== before?.documentId) await requireDocument(c.get('db'), data.documentId);
}

/** Stores a new agreement with its audit entry; a concurrent renewal of the same one is a 409. */
async function insert(c: Context<AppEnv>, data: AgreementData, action: string) {
  const db = c.get('db');
  const id = newId();
  try {
    await runBatch(db, [...agreementWrites(db, id, data, now(c), true), auditInsert(db, requireUser(c), { action, entity: 'agreement', entityId: id })]);
  } catch (e) {
    if (data.renewedFromId && String(e).includes('UNIQUE')) throw renewedFromTaken();
    throw e;
  }
  return toAgreement(await findAgreement(db, id), today(c));
}

/** /api/w/:ws/agreements — agreements and MOUs with partners; status derived from the dates. */
export const agreementRoutes = router();

agreementRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/w/{ws}/agreements',
    tags,
    description:
      'Agreements, latest signed first. `status` filters by the status today; `partnerId` by party. `expiring=1` is the reminder list: agreements ending within 90 days that have not been renewed, soonest first.',
    request: { params: wsParams, query: listQuery },
    responses: { 200: jsonAnswer(listOf(agreementAnswer)), 400: problems[400], 401: problems[401], 404: problems[404], 422: problems[422] },
  }),
  async (c) => {
    const { limit, cursor, partnerId, status, expiring } = c.req.valid('query');
    const day = today(c);
    const filters = [partnerId ? partyOf(partnerId) : undefined, status ? statusIs(status, day) : undefined];
    const query = c.get('db').select(agreementSelection).from(agreements);
    const rows = expiring
      ? await query
          .where(and(...filters, statusIs('expiring', day), sql`NOT EXISTS (SELECT 1 FROM agreements s WHERE s.renewed_from_id = "agreements"."id")`, afterCursor(agreements.validTo, agreements.id, cursor, 'asc')))
          .orderBy(asc(agreements.validTo), asc(agreements.id))
          .limit(limit + 1)
      : await query
          .where(and(...filters, afterCursor(agreements.signedOn, agreements.id, cursor, 'desc')))
          .orderBy(desc(agreements.signedOn), desc(agreements.id))
          .limit(limit + 1);
    const { page, nextCursor } = pageOf(
      rows.map((s) => ({ ...s, id: s.row.id })),
      limit,
      (s) => (expiring ? s.row.validTo : s.row.signedOn),
    );
    return c.json({ items: page.map((s) => toAgreement(s, day)), nextCursor }, 200);
  },
);

agreementRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/w/{ws}/agreements',
    tags,
    description: '`partnerIds` must be partners of this workspace, `documentId` a registered document of its correspondence register, `renewedFromId` an agreement not yet renewed (409 otherwise).',
    middleware: [requireRole('editor')],
    request: { params: wsParams, ...jsonBody(agreementCreate) },
    responses: { 201: jsonAnswer(agreementAnswer, 'Created'), 401: problems[401], 403: problems[403], 404: problems[404], 409: problems[409], 422: problems[422] },
  }),
  async (c) => {
    const data = withPatch(emptyAgreement, c.req.valid('json'));
    await checkLinks(c, data);
    if (data.renewedFromId) await checkRenewable(c.get('db'), data.renewedFromId, 'renewedFromId');
    return c.json(await insert(c, data, 'agreement.create'), 201);
  },
);

agreementRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/w/{ws}/agreements/{id}',
    tags,
    request: { params: idParams },
    responses: { 200: jsonAnswer(agreementAnswer), 401: problems[401], 404: problems[404] },
  }),
  async (c) => c.json(toAgreement(await findAgreement(c.get('db'), c.req.valid('param').id), today(c)), 200),
);

agreementRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/w/{ws}/agreements/{id}',
    tags,
    description: 'Changes the fields sent; null or "" clears an optional field; `partnerIds` replaces the parties. `renewedFromId` cannot change.',
    middleware: [requireRole('editor')],
    request: { params: idParams, ...jsonBody(agreementPatch) },
    responses: { 200: jsonAnswer(agreementAnswer), 401: problems[401], 403: problems[403], 404: problems[404], 422: problems[422] },
  }),
  async (c) => {
    const db = c.get('db');
    const selected = await findAgreement(db, c.req.valid('param').id);
    const before = dataOf(selected);
    const data = withPatch(before, c.req.valid('json'));
    await checkLinks(c, data, before);
    await runBatch(db, [...agreementWrites(db, selected.row.id, data, now(c), false), auditInsert(db, requireUser(c), { action: 'agreement.update', entity: 'agreement', entityId: selected.row.id })]);
    return c.json(toAgreement(await findAgreement(db, selected.row.id), today(c)), 200);
  },
);

agreementRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/w/{ws}/agreements/{id}/renew',
    tags,
    description:
      'Creates the successor of the agreement with the same parties, linked by `renewedFromId`: its validity as given, signed on `signedOn` (default today), title, document and notes as given or copied. An agreement is renewed once (409 `already_renewed`).',
    middleware: [requireRole('editor')],
    request: { params: idParams, ...jsonBody(agreementRenew) },
    responses: { 201: jsonAnswer(agreementAnswer, 'Created'), 401: problems[401], 403: problems[403], 404: problems[404], 409: problems[409], 422: problems[422] },
  }),
  async (c) => {
    const db = c.get('db');
    const selected = await findAgreement(db, c.req.valid('param').id);
    if (selected.renewedById) throw renewedFromTaken();
    const input = c.req.valid('json');
    const before = dataOf(selected);
    const data: AgreementData = withPatch(
      { ...before, signedOn: today(c), validTo: null, documentId: null, renewedFromId: selected.row.id },
      input,
    );
    checkValidity(data);
    await requireDocument(db, data.documentId);
    return c.json(await insert(c, data, 'agreement.renew'), 201);
  },
);

agreementRoutes.openapi(
  createRoute({
    method: 'delete',
    path: '/w/{ws}/agreements/{id}',
    tags,
    description: 'Deletes an agreement entered by mistake; the agreement renewing it, if any, stays and loses the link.',
    middleware: [requireRole('editor')],
    request: { params: idParams },
    responses: { 204: noContent, 401: problems[401], 403: problems[403], 404: problems[404] },
  }),
  async (c) => {
    const db = c.get('db');
    const { row } = await findAgreement(db, c.req.valid('param').id);
    await runBatch(db, [
      db.update(agreements).set({ renewedFromId: null }).where(eq(agreements.renewedFromId, row.id)),
      db.delete(agreementPartners).where(eq(agreementPartners.agreementId, row.id)),
      db.delete(agreements).where(eq(agreements.id, row.id)),
      auditInsert(db, requireUser(c), { action: 'agreement.delete', entity: 'agreement', entityId: row.id }),
    ]);
    return c.body(null, 204);
  },
);
