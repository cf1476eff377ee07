import { createRoute } from '@hono/zod-openapi';
import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { documents, partners } from '../../../db/tenant/schema';
import { directions } from '../../../shared/correspondence';
import { agreementStatuses, aidStatuses, partnerCreate, partnerFilters, partnerKinds, partnerPatch } from '../../../shared/partners';
import { words } from '../../../shared/text';
import { ApiError } from '../errors';
import { requireUser } from '../middleware/auth';
import { requireRole } from '../middleware/workspace';
import { auditInsert } from '../services/audit';
import { runBatch } from '../services/batch';
import { now, today } from '../services/clock';
import { likeContains } from '../services/correspondence';
import { newId } from '../services/ids';
import { partnerTimeline } from '../services/partner-timeline';
import { afterPartner, encodePartnerCursor, findPartner, newPartnerData, partnerCursor, partnerData, partnerLinks, partnerRow, toPartner, type PartnerRow } from '../services/partners';
import { jsonAnswer, jsonBody, listOf, noContent, problems, router, wsParams } from './openapi';
import { pageQuery } from './pagination';

const nullable = (t: z.ZodType) => t.nullable();
export const partnerAnswer = z.object({
  id: z.string(),
  name: z.string(),
  nameOriginal: nullable(z.string()),
  country: z.string().describe('ISO 3166-1 alpha-2'),
  kind: z.enum(partnerKinds),
  since: nullable(z.string()).describe("'YYYY-MM-DD', or 'YYYY' when only the year is known"),
  contacts: z.array(
    z.object({ name: z.string(), role: nullable(z.string()), email: nullable(z.string()), phone: nullable(z.string()), consent: z.boolean(), consentOn: nullable(z.string()) }),
  ),
  notes: nullable(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const timelineItem = z.object({
  kind: z.enum(['agreement', 'aid', 'event', 'document']),
  id: z.string(),
  date: z.string(),
  title: z.string(),
  status: z.enum([...agreementStatuses, ...aidStatuses]).optional().describe('Agreements (derived today) and aid'),
  type: z.string().optional().describe('Events: the activity type'),
  direction: z.enum(directions).optional().describe('Documents: outgoing or incoming register'),
  reference: z.string().nullable().optional().describe("Documents: the symbol (outgoing) or the sender's symbol (incoming)"),
});

const idParams = wsParams.extend({ id: z.string() });
const tags = ['Partners'];
const listQuery = pageQuery.extend(partnerFilters.shape).extend({ cursor: partnerCursor });

/** /api/w/:ws/partners — foreign partner organisations (API.md "Partners, agreements, aid, awards"). */
export const partnerRoutes = router();

partnerRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/w/{ws}/partners',
    tags,
    description: 'Partners by name. `q`: each of its words appears somewhere in the name, the original name or the contact names, ignoring case and Vietnamese diacritics.',
    request: { params: wsParams, query: listQuery },
    responses: { 200: jsonAnswer(listOf(partnerAnswer)), 400: problems[400], 401: problems[401], 404: problems[404], 422: problems[422] },
  }),
  async (c) => {
    const { limit, cursor, q, country, kind } = c.req.valid('query');
    const rows = await c
      .get('db')
      .select()
      .from(partners)
      .where(
        and(
          country ? eq(partners.country, country) : undefined,
          kind ? eq(partners.kind, kind) : undefined,
          ...words(q ?? '').map((w) => sql`${partners.searchText} LIKE ${likeContains(w)} ESCAPE '\\'`),
          afterPartner(cursor),
        ),
      )
      .orderBy(asc(partners.sortName), asc(partners.id))
      .limit(limit + 1);
    const items = rows.slice(0, limit);
    return c.json({ items: items.map(toPartner), nextCursor: rows.length > limit ? encodePartnerCursor(items[items.length - 1]) : null }, 200);
  },
);

partnerRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/w/{ws}/partners',
    tags,
    middleware: [requireRole('editor')],
    request: { params: wsParams, ...jsonBody(partnerCreate) },
    responses: { 201: jsonAnswer(partnerAnswer, 'Created'), 401: problems[401], 403: problems[403], 404: problems[404], 422: problems[422] },
  }),
  async (c) => {
    const db = c.get('db');
    const at = now(c);
    const row = partnerRow(newId(), newPartnerData(c.req.valid('json')), at, at);
    await runBatch(db, [db.insert(partners).values(row), auditInsert(db, requireUser(c), { action: 'partner.create', entity: 'partner', entityId: row.id })]);
    return c.json(toPartner(row), 201);
  },
);

partnerRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/w/{ws}/partners/{id}',
    tags,
    request: { params: idParams },
    responses: { 200: jsonAnswer(partnerAnswer), 401: problems[401], 404: problems[404] },
  }),
  async (c) => c.json(toPartner(await findPartner(c.get('db'), c.req.valid('param').id)), 200),
);

partnerRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/w/{ws}/partners/{id}/timeline',
    tags,
    description:
      'Everything linked to the partner, newest first: agreements it is party to (by signing date), aid projects it gives (by start date), events that name it in `partnerIds` (by local start date) and register documents linked by `partnerId` (by document date, else registration day; not void; classified ones only for admins and owners).',
    request: { params: idParams },
    responses: { 200: jsonAnswer(z.object({ items: z.array(timelineItem), nextCursor: z.null() })), 401: problems[401], 404: problems[404] },
  }),
  async (c) => {
    const db = c.get('db');
    const partner = await findPartner(db, c.req.valid('param').id);
    return c.json({ items: await partnerTimeline(db, partner.id, today(c), c.get('role')), nextCursor: null }, 200);
  },
);

partnerRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/w/{ws}/partners/{id}',
    tags,
    description: 'Changes the fields sent; null or "" clears an optional field; `contacts` replaces the whole list.',
    middleware: [requireRole('editor')],
    request: { params: idParams, ...jsonBody(partnerPatch) },
    responses: { 200: jsonAnswer(partnerAnswer), 401: problems[401], 403: problems[403], 404: problems[404], 422: problems[422] },
  }),
  async (c) => {
    const db = c.get('db');
    const before = await findPartner(db, c.req.valid('param').id);
    const row: PartnerRow = partnerRow(before.id, partnerData(before, c.req.valid('json')), before.createdAt, now(c));
    const { id, createdAt: _c, ...set } = row;
    await runBatch(db, [db.update(partners).set(set).where(eq(partners.id, id)), auditInsert(db, requireUser(c), { action: 'partner.update', entity: 'partner', entityId: id })]);
    return c.json(toPartner(row), 200);
  },
);

partnerRoutes.openapi(
  createRoute({
    method: 'delete',
    path: '/w/{ws}/partners/{id}',
    tags,
    description: 'Deletes a partner entered by mistake; one still linked to agreements, aid, events or (not void) documents cannot be deleted (409 `partner_in_use`).',
    middleware: [requireRole('editor')],
    request: { params: idParams },
    responses: { 204: noContent, 401: problems[401], 403: problems[403], 404: problems[404], 409: problems[409] },
  }),
  async (c) => {
    const db = c.get('db');
    const partner = await findPartner(db, c.req.valid('param').id);
    const links = await partnerLinks(db, partner.id);
    if (links) throw new ApiError(409, 'partner_in_use', `This partner is linked to ${links} agreement(s), aid project(s), event(s) or document(s); remove those links first.`);
    await runBatch(db, [
      // Void entries can no longer be edited, so their link cannot block the deletion: it goes with the partner.
      db.update(documents).set({ partnerId: null }).where(eq(documents.partnerId, partner.id)),
      db.delete(partners).where(eq(partners.id, partner.id)),
      auditInsert(db, requireUser(c), { action: 'partner.delete', entity: 'partner', entityId: partner.id }),
    ]);
    return c.body(null, 204);
  },
);
