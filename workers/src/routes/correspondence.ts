import { createRoute } from '@hono/zod-openapi';
import { and, asc, desc, eq, gt, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import type { Context } from 'hono';
import { z } from 'zod';
import { documents } from '../../../db/tenant/schema';
import {
  documentCreate,
  documentFilters,
  documentPatch,
  documentSchema,
  incomingOnly,
  outgoingOnly,
  registerQuery,
  replyLink,
  seriesOf,
  voidBody,
  type DocumentPatch,
} from '../../../shared/correspondence';
import { normalise } from '../../../shared/text';
import { ApiError } from '../errors';
import type { AppEnv } from '../env';
import { requireUser } from '../middleware/auth';
import { requireRole } from '../middleware/workspace';
import { auditInsert } from '../services/audit';
import {
  findDocument,
  likeContains,
  registerDocument,
  registration,
  searchTextOf,
  seesClassified,
  symbolSuffix,
  toDocument,
  visibleTo,
  type DocumentRow,
} from '../services/correspondence';
import { newId } from '../services/ids';
import { requirePartners } from '../services/partners';
import { registerCsv, registerHtml } from '../services/registers';
import { jsonAnswer, jsonBody, listOf, problems, router, wsParams } from './openapi';
import { pageQuery } from './pagination';
import { now, today } from '../services/clock';
import { documentView, editableDocument, fieldsInvalid, forbidClassified, idParams, type FieldIssue } from './correspondence-shared';

/** /api/w/:ws/correspondence — the outgoing and incoming registers (API.md "Correspondence"). */
export const correspondenceRoutes = router();

const tags = ['Correspondence'];
const page = (items: ReturnType<typeof toDocument>[], nextCursor: string | null) => ({ items, nextCursor });

/** Newest registration first; the cursor is the last item's `<registeredAt ms>_<id>`. */
const listQuery = pageQuery.extend({ cursor: z.string().regex(/^\d{1,15}_[a-z0-9]{1,40}$/).optional() }).extend(documentFilters.shape);

correspondenceRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/w/{ws}/correspondence',
    tags,
    description: 'Both registers, newest first; `q` searches subject, sender and symbols without diacritics. Classified entries only for admins and owners.',
    request: { params: wsParams, query: listQuery },
    responses: { 200: jsonAnswer(listOf(documentSchema)), 401: problems[401], 404: problems[404], 422: problems[422] },
  }),
  async (c) => {
    const { limit, cursor, direction, year, type, q, status } = c.req.valid('query');
    const after = cursor?.split('_');
    const search = q ? normalise(q) : '';
    const rows = await c
      .get('db')
      .select()
      .from(documents)
      .where(
        and(
          visibleTo(c.get('role')),
          direction ? eq(documents.direction, direction) : undefined,
          year ? eq(documents.year, year) : undefined,
          type ? eq(documents.typeCode, type) : undefined,
          status ? eq(documents.status, status) : undefined,
          search ? sql`${documents.searchText} LIKE ${likeContains(search)} ESCAPE '\\'` : undefined,
          after
            ? or(
                lt(documents.registeredAt, new Date(Number(after[0]))),
                and(eq(documents.registeredAt, new Date(Number(after[0]))), lt(documents.id, after[1])),
              )
            : undefined,
        ),
      )
      .orderBy(desc(documents.registeredAt), desc(documents.id))
      .limit(limit + 1);
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    const day = today(c);
    return c.json(page(items.map((r) => toDocument(r, day)), rows.length > limit ? `${last.registeredAt.getTime()}_${last.id}` : null), 200);
  },
);

correspondenceRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/w/{ws}/correspondence',
    tags,
    description: 'Registers a document; the server assigns year, number and (outgoing) symbol. A body with `number` or `symbol` is refused. `partnerId` links a partner of this workspace (422 `partner_unknown` otherwise).',
    middleware: [requireRole('editor')],
    request: { params: wsParams, ...jsonBody(documentCreate) },
    responses: { 201: jsonAnswer(documentSchema, 'Registered'), 401: problems[401], 403: problems[403], 404: problems[404], 422: problems[422] },
  }),
  async (c) => {
    const input = c.req.valid('json');
    forbidClassified(c, input.classification);
    const user = requireUser(c);
    const at = now(c);
    const common = {
      id: newId(),
      direction: input.direction,
      series: seriesOf(input.classification),
      typeCode: input.typeCode ?? null,
      subject: input.subject,
      urgency: input.urgency,
      classification: input.classification,
      notes: input.notes ?? null,
      sentOn: input.sentOn ?? null,
      partnerId: input.partnerId ?? null,
      createdBy: user.id,
      createdAt: at,
      updatedAt: at,
    };
    const reg = registration(at);
    const own =
      input.direction === 'out'
        ? {
            documentDate: input.documentDate ?? reg.registeredOn,
            signer: input.signer ?? null,
            recipients: input.recipients ?? null,
            filedWith: input.filedWith ?? null,
            copies: input.copies ?? null,
            language: input.language ?? null,
          }
        : {
            documentDate: input.documentDate ?? null,
            sender: input.sender,
            senderRef: input.senderRef ?? null,
            receivedOn: receivedOrThrow(input.receivedOn ?? reg.registeredOn, input.deadline),
            assignee: input.assignee ?? null,
            deadline: input.deadline ?? null,
            progress: input.progress ?? null,
          };
    await requirePartners(c.get('db'), common.partnerId ? [common.partnerId] : [], 'partnerId', false);
    const suffix = input.direction === 'out' ? symbolSuffix(input.typeCode, c.get('workspace').code) : null;
    const row = await registerDocument(c.get('db'), user, { ...common, ...reg, ...own }, suffix);
    return c.json(toDocument(row, today(c), []), 201);
  },
);

const lateDeadline: FieldIssue = { path: 'deadline', code: 'deadline_before_received' };

/** The day received, once the deadline is known not to fall before it. */
function receivedOrThrow(receivedOn: string, deadline: string | null | undefined): string {
  if (deadline && deadline < receivedOn) throw fieldsInvalid(lateDeadline);
  return receivedOn;
}

/** Incoming documents awaiting a reply, earliest deadline (so the overdue ones) first; cursor `<deadline>_<id>`. */
correspondenceRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/w/{ws}/correspondence/follow-up',
    tags,
    description: 'The "waiting for reply" list: incoming documents with a deadline and no reply linked, overdue first.',
    request: { params: wsParams, query: pageQuery.extend({ cursor: z.string().regex(/^\d{4}-\d{2}-\d{2}_[a-z0-9]{1,40}$/).optional() }) },
    responses: { 200: jsonAnswer(listOf(documentSchema)), 401: problems[401], 404: problems[404], 422: problems[422] },
  }),
  async (c) => {
    const { limit, cursor } = c.req.valid('query');
    const [deadline, id] = cursor?.split('_') ?? [];
    const rows = await c
      .get('db')
      .select()
      .from(documents)
      .where(
        and(
          visibleTo(c.get('role')),
          eq(documents.direction, 'in'),
          eq(documents.status, 'registered'),
          isNull(documents.replyId),
          isNotNull(documents.deadline),
          cursor ? or(gt(documents.deadline, deadline), and(eq(documents.deadline, deadline), gt(documents.id, id))) : undefined,
        ),
      )
      .orderBy(asc(documents.deadline), asc(documents.id))
      .limit(limit + 1);
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    const day = today(c);
    return c.json(page(items.map((r) => toDocument(r, day)), rows.length > limit ? `${last.deadline}_${last.id}` : null), 200);
  },
);

async function registerBook(c: Context<AppEnv>, query: z.infer<typeof registerQuery>) {
  if (query.series === 'classified' && !seesClassified(c.get('role'))) {
    throw new ApiError(403, 'forbidden', 'Only admins and owners see the classified registers.');
  }
  const rows = await c
    .get('db')
    .select()
    .from(documents)
    .where(and(eq(documents.direction, query.direction), eq(documents.series, query.series), eq(documents.year, query.year)))
    .orderBy(asc(documents.number));
  return { workspaceName: c.get('workspace').name, ...query, rows };
}

const registerFile = (q: z.infer<typeof registerQuery>, ext: string) =>
  `so-van-ban${q.series === 'classified' ? '-mat' : ''}-${q.direction === 'out' ? 'di' : 'den'}-${q.year}.${ext}`;

/** The register book as a printable page and as CSV: the same columns, the same rows. */
const registerViews = {
  html: {
    description: 'One register book as a printable page (A4 landscape) with the Decree 30 columns. `series=classified` for admins and owners.',
    type: 'text/html',
    render: registerHtml,
    headers: (q: z.infer<typeof registerQuery>) => ({
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
      'x-content-type-options': 'nosniff',
      'content-disposition': `inline; filename="${registerFile(q, 'html')}"`,
    }),
  },
  csv: {
    description: 'The same register book as CSV (UTF-8 with BOM), same columns.',
    type: 'text/csv',
    render: registerCsv,
    headers: (q: z.infer<typeof registerQuery>) => ({ 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${registerFile(q, 'csv')}"` }),
  },
};

for (const [ext, view] of Object.entries(registerViews)) {
  correspondenceRoutes.openapi(
    createRoute({
      method: 'get',
      path: `/w/{ws}/correspondence/register.${ext}`,
      tags,
      description: view.description,
      request: { params: wsParams, query: registerQuery },
      responses: {
        200: { description: ext.toUpperCase(), content: { [view.type]: { schema: { type: 'string' } } } },
        401: problems[401],
        403: problems[403],
        404: problems[404],
        422: problems[422],
      },
    }),
    async (c) => {
      const query = c.req.valid('query');
      return new Response(view.render(await registerBook(c, query)), { headers: view.headers(query) });
    },
  );
}

correspondenceRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/w/{ws}/correspondence/{id}',
    tags,
    request: { params: idParams },
    responses: { 200: jsonAnswer(documentSchema), 401: problems[401], 404: problems[404] },
  }),
  async (c) => {
    return c.json(await documentView(c, c.req.valid('param').id), 200);
  },
);

/** What PATCH, void and reply answer. */
const changeAnswers = { 200: jsonAnswer(documentSchema), 401: problems[401], 403: problems[403], 404: problems[404], 409: problems[409], 422: problems[422] };

/** One change to an entry and its audit entry, in one batch; answers with the entry as it is now. */
async function updateDocument(c: Context<AppEnv>, row: DocumentRow, set: Partial<typeof documents.$inferInsert>, action: string) {
  const db = c.get('db');
  await db.batch([
    db
      .update(documents)
      .set({ ...set, updatedAt: now(c) })
      .where(eq(documents.id, row.id)),
    auditInsert(db, requireUser(c), { action, entity: 'document', entityId: row.id }),
  ]);
  return documentView(c, row.id);
}

/** Refuses fields of the other register, and changes that would move a document to another series. */
function checkPatch(c: Context<AppEnv>, row: DocumentRow, patch: DocumentPatch) {
  const foreign = (row.direction === 'out' ? [...incomingOnly] : outgoingOnly).filter((k) => k in patch);
  const errors: FieldIssue[] = foreign.map((k) => ({ path: k, code: k === 'typeCode' ? 'type_fixed' : 'other_register' }));
  if (patch.classification && patch.classification !== row.classification) {
    forbidClassified(c, patch.classification);
    if (seriesOf(patch.classification) !== row.series) errors.push({ path: 'classification', code: 'series_fixed' });
  }
  const deadline = patch.deadline === undefined ? row.deadline : patch.deadline;
  const receivedOn = patch.receivedOn ?? row.receivedOn;
  if (row.direction === 'in' && deadline && receivedOn && deadline < receivedOn) errors.push(lateDeadline);
  if (errors.length) throw fieldsInvalid(...errors);
}

correspondenceRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/w/{ws}/correspondence/{id}',
    tags,
    description: 'Changes any field of the document\'s register; direction, year, number and symbol never change.',
    middleware: [requireRole('editor')],
    request: { params: idParams, ...jsonBody(documentPatch) },
    responses: changeAnswers,
  }),
  async (c) => {
    const patch = c.req.valid('json');
    const row = await editableDocument(c, c.req.valid('param').id);
    checkPatch(c, row, patch);
    if (patch.partnerId && patch.partnerId !== row.partnerId) await requirePartners(c.get('db'), [patch.partnerId], 'partnerId', false);
    const { number: _n, symbol: _s, year: _y, direction: _d, ...changes } = patch;
    return c.json(await updateDocument(c, row, { ...changes, searchText: searchTextOf({ ...row, ...changes }) }, 'document.update'), 200);
  },
);

correspondenceRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/w/{ws}/correspondence/{id}/void',
    tags,
    description: 'Marks the entry void. It keeps its number (no number is ever reused) and its attachments.',
    middleware: [requireRole('editor')],
    request: { params: idParams, body: { content: { 'application/json': { schema: voidBody } }, required: false } },
    responses: changeAnswers,
  }),
  async (c) => {
    const { reason } = c.req.valid('json') ?? {};
    const row = await editableDocument(c, c.req.valid('param').id);
    return c.json(await updateDocument(c, row, { status: 'void', voidedAt: now(c), voidReason: reason ?? null }, 'document.void'), 200);
  },
);

correspondenceRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/w/{ws}/correspondence/{id}/reply',
    tags,
    description: 'Links the outgoing document that answers this incoming one, closing its follow-up; `replyId: null` unlinks it.',
    middleware: [requireRole('editor')],
    request: { params: idParams, ...jsonBody(replyLink) },
    responses: changeAnswers,
  }),
  async (c) => {
    const { replyId } = c.req.valid('json');
    const db = c.get('db');
    const row = await editableDocument(c, c.req.valid('param').id);
    const invalid = () => fieldsInvalid({ path: 'replyId', code: 'reply_invalid' });
    if (row.direction !== 'in') throw invalid();
    if (replyId) {
      const reply = await findDocument(db, replyId, c.get('role'));
      if (!reply || reply.direction !== 'out' || reply.status === 'void') throw invalid();
    }
    return c.json(await updateDocument(c, row, { replyId, repliedOn: replyId ? today(c) : null }, replyId ? 'document.reply' : 'document.unreply'), 200);
  },
);
