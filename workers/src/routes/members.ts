import { createRoute } from '@hono/zod-openapi';
import { count, eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { z } from 'zod';
import { members } from '../../../db/tenant/schema';
import { genders, memberCategories, memberCreate, memberFilters, memberKinds, memberPatch, memberStatuses } from '../../../shared/members';
import { ApiError } from '../errors';
import type { AppEnv } from '../env';
import { requireUser } from '../middleware/auth';
import { requireRole } from '../middleware/workspace';
import { auditInsert } from '../services/audit';
import { runBatch } from '../services/batch';
import { currentYear, now } from '../services/clock';
import { listedFromJson, memberSelection, readMember } from '../services/dues';
import { newId } from '../services/ids';
import { memberPage } from '../services/member-search';
import { applyPatch, dataOf, emailOwner, emailTaken, findMember, memberRow, newMemberData, sameData, toMember, type MemberData } from '../services/members';
import { encodeJson, jsonAnswer, jsonBody, listOf, noContent, problems, router, sendEncodedJson, wsParams } from './openapi';
import { pageQuery } from './pagination';

const nullable = (t: z.ZodType) => t.nullable();
export const memberAnswer = z.object({
  id: z.string(),
  kind: z.enum(memberKinds),
  fullName: z.string(),
  gender: nullable(z.enum(genders)),
  birthYear: nullable(z.number()),
  email: nullable(z.string()),
  phone: nullable(z.string()),
  organisation: nullable(z.string()),
  jobTitle: nullable(z.string()),
  address: nullable(z.string()),
  province: nullable(z.string()),
  category: z.enum(memberCategories),
  status: z.enum(memberStatuses),
  joinedOn: nullable(z.string()),
  countries: z.array(z.string()),
  languages: z.array(z.string()),
  tags: z.array(z.string()),
  notes: nullable(z.string()),
  duesPaid: z.boolean().nullable().describe("Paid this year's dues in full; null when the member owes none this year"),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const idParams = wsParams.extend({ id: z.string() });
export const listQuery = pageQuery.extend(memberFilters.shape).extend({ cursor: z.string().regex(/^[A-Za-z0-9_-]{1,1200}$/).optional() });
const summary = z.object({
  total: z.number().describe('Members not archived'),
  byStatus: z.record(z.enum(memberStatuses), z.number()),
  byCategory: z.record(z.enum(memberCategories), z.number()).describe('Members not archived'),
  byKind: z.record(z.enum(memberKinds), z.number()).describe('Members not archived'),
});

/** The member as answered after a change. */
async function answer(c: Context<AppEnv>, id: string) {
  return toMember((await readMember(c.get('db'), id, currentYear(c)))!);
}

/** Writes `data` over member `before` with an audit entry in the same batch; nothing if unchanged. */
async function save(c: Context<AppEnv>, before: typeof members.$inferSelect, data: MemberData) {
  if (sameData(data, dataOf(before))) return;
  const db = c.get('db');
  const owner = data.email !== before.email ? await emailOwner(db, data.email, before.id) : null;
  if (owner) throw emailTaken(data.email!, owner.fullName);
  const action =
    data.status === 'archived' && before.status !== 'archived' ? 'member.archive' : before.status === 'archived' && data.status !== 'archived' ? 'member.restore' : 'member.update';
  const { id: _id, createdAt: _c, ...set } = memberRow(before.id, data, before.createdAt, now(c));
  await guardUnique(data.email, runBatch(db, [db.update(members).set(set).where(eq(members.id, before.id)), auditInsert(db, requireUser(c), { action, entity: 'member', entityId: before.id })]));
}

/** A unique-index failure from a concurrent write with the same e-mail is a 409, not a 500. */
async function guardUnique<T>(email: string | null, write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (e) {
    if (email && String(e).includes('UNIQUE')) throw emailTaken(email);
    throw e;
  }
}

/** /api/w/:ws/members — the member register (API.md "Members"). */
export const memberRoutes = router();

memberRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/w/{ws}/members',
    tags: ['Members'],
    description:
      'Members ordered by name. `q` matches words of name, e-mail, organisation and phone, ignoring case and Vietnamese diacritics (đ = d); each word of `q` must start a word (digits may match anywhere in a phone); members whose name holds every word come first. Without `status`, archived members are left out. `unpaid=<year>`: members who owe dues for that year and have not paid them in full.',
    request: { params: wsParams, query: listQuery },
    responses: { 200: jsonAnswer(listOf(memberAnswer)), 400: problems[400], 401: problems[401], 404: problems[404], 422: problems[422] },
  }),
  async (c) => {
    const query = c.req.valid('query');
    const { limit, cursor, ...filters } = query;
    const year = currentYear(c);
    const db = c.get('db');
    // The register's pages are read far more often than it changes: reused until the next write.
    const body = await c.get('caches').answers.get(db, `${c.get('workspace').id} members ${year} ${JSON.stringify(query)}`, async () => {
      const { page, nextCursor } = await memberPage(db, filters, cursor, limit, memberSelection(year));
      return encodeJson({ items: page.map((row) => toMember(listedFromJson(row.member))), nextCursor });
    });
    return sendEncodedJson(c, body);
  },
);

memberRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/w/{ws}/members/summary',
    tags: ['Members'],
    description: 'How many members, by status, category and kind.',
    request: { params: wsParams },
    responses: { 200: jsonAnswer(summary), 401: problems[401], 404: problems[404] },
  }),
  async (c) => {
    const rows = await c
      .get('db')
      .select({ status: members.status, category: members.category, kind: members.kind, n: count() })
      .from(members)
      .groupBy(members.status, members.category, members.kind);
    const zero = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
    const out = { total: 0, byStatus: zero(memberStatuses), byCategory: zero(memberCategories), byKind: zero(memberKinds) };
    for (const r of rows) {
      out.byStatus[r.status] += r.n;
      if (r.status === 'archived') continue;
      out.total += r.n;
      out.byCategory[r.category] += r.n;
      out.byKind[r.kind] += r.n;
    }
    return c.json(out, 200);
  },
);

memberRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/w/{ws}/members',
    tags: ['Members'],
    middleware: [requireRole('editor')],
    request: { params: wsParams, ...jsonBody(memberCreate) },
    responses: { 201: jsonAnswer(memberAnswer, 'Created'), 401: problems[401], 403: problems[403], 404: problems[404], 409: problems[409], 422: problems[422] },
  }),
  async (c) => {
    const db = c.get('db');
    const data = newMemberData(c.req.valid('json'));
    const owner = await emailOwner(db, data.email);
    if (owner) throw emailTaken(data.email!, owner.fullName);
    const id = newId();
    const at = now(c);
    await guardUnique(data.email, runBatch(db, [db.insert(members).values(memberRow(id, data, at, at)), auditInsert(db, requireUser(c), { action: 'member.create', entity: 'member', entityId: id })]));
    return c.json(await answer(c, id), 201);
  },
);

memberRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/w/{ws}/members/{id}',
    tags: ['Members'],
    description: 'Any member, archived ones included.',
    request: { params: idParams },
    responses: { 200: jsonAnswer(memberAnswer), 401: problems[401], 404: problems[404] },
  }),
  async (c) => {
    const row = await readMember(c.get('db'), c.req.valid('param').id, currentYear(c));
    if (!row) throw ApiError.notFound('member');
    return c.json(toMember(row), 200);
  },
);

memberRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/w/{ws}/members/{id}',
    tags: ['Members'],
    description: 'Changes the fields sent; null or "" clears an optional field. Setting `status` from archived to active or inactive restores a member.',
    middleware: [requireRole('editor')],
    request: { params: idParams, ...jsonBody(memberPatch) },
    responses: { 200: jsonAnswer(memberAnswer), 401: problems[401], 403: problems[403], 404: problems[404], 409: problems[409], 422: problems[422] },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const before = await findMember(c.get('db'), id);
    await save(c, before, applyPatch(dataOf(before), c.req.valid('json')));
    return c.json(await answer(c, id), 200);
  },
);

memberRoutes.openapi(
  createRoute({
    method: 'delete',
    path: '/w/{ws}/members/{id}',
    tags: ['Members'],
    description: 'Archives the member: out of lists and counts, kept with their history, and can be restored.',
    middleware: [requireRole('editor')],
    request: { params: idParams },
    responses: { 204: noContent, 401: problems[401], 403: problems[403], 404: problems[404] },
  }),
  async (c) => {
    const before = await findMember(c.get('db'), c.req.valid('param').id);
    await save(c, before, { ...dataOf(before), status: 'archived' });
    return c.body(null, 204);
  },
);

memberRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/w/{ws}/members/{id}/restore',
    tags: ['Members'],
    description: 'Brings an archived member back as active (no change for a member who is not archived).',
    middleware: [requireRole('editor')],
    request: { params: idParams },
    responses: { 200: jsonAnswer(memberAnswer), 401: problems[401], 403: problems[403], 404: problems[404] },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const before = await findMember(c.get('db'), id);
    if (before.status === 'archived') await save(c, before, { ...dataOf(before), status: 'active' });
    return c.json(await answer(c, id), 200);
  },
);
