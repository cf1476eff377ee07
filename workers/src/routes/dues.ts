import { createRoute } from '@hono/zod-openapi';
import { and, desc, eq, lt, or, sql } from 'drizzle-orm';
import type { Context } from 'hono';
import { z } from 'zod';
import { duesPayments, duesRates, members } from '../../../db/tenant/schema';
import { duesRatesPut, duesYear, paymentCreate } from '../../../shared/dues';
import { memberCategories } from '../../../shared/members';
import { ApiError, invalidField } from '../errors';
import type { AppEnv } from '../env';
import { requireUser } from '../middleware/auth';
import { requireRole } from '../middleware/workspace';
import { auditInsert } from '../services/audit';
import { runBatch } from '../services/batch';
import { now } from '../services/clock';
import { duesSummary, unpaidMembers } from '../services/dues';
import { newId } from '../services/ids';
import { jsonAnswer, jsonBody, listOf, noContent, problems, router, wsParams } from './openapi';
import { pageQuery } from './pagination';

const amounts = z.object(Object.fromEntries(memberCategories.map((c) => [c, z.number().nullable()]))).describe('Yearly dues per category in đồng; null when not set');
const year = z.object({
  year: z.number(),
  amounts,
  summary: z
    .object({ owing: z.number(), paidInFull: z.number(), due: z.number(), outstanding: z.number(), collected: z.number() })
    .describe('owing: active members who owe dues this year; paidInFull: of them, paid in full; due, outstanding, collected: đồng'),
});
const payment = z.object({
  id: z.string(),
  memberId: z.string(),
  member: z.object({ id: z.string(), fullName: z.string() }),
  year: z.number(),
  amount: z.number(),
  paidOn: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
});
const unpaid = z.object({
  member: z.object({ id: z.string(), fullName: z.string(), category: z.enum(memberCategories), email: z.string().nullable(), phone: z.string().nullable(), organisation: z.string().nullable() }),
  due: z.number(),
  paid: z.number(),
  outstanding: z.number(),
});
const yearParams = wsParams.extend({ year: duesYear });
const paymentParams = wsParams.extend({ id: z.string() });
const paymentQuery = pageQuery.extend({ year: duesYear.optional(), memberId: z.string().max(100).optional(), cursor: z.string().regex(/^\d{1,15}_[a-z0-9]{1,40}$/).optional() });

type Rate = typeof duesRates.$inferSelect;
/** Each category's amount for year `y` (null when not set). */
const amountsOf = (rates: Rate[], y: number) => Object.fromEntries(memberCategories.map((cat) => [cat, rates.find((r) => r.year === y && r.category === cat)?.amount ?? null]));

async function yearView(c: Context<AppEnv>, y: number) {
  const db = c.get('db');
  const rates = await db.select().from(duesRates).where(eq(duesRates.year, y));
  return { year: y, amounts: amountsOf(rates, y), summary: await duesSummary(db, y) };
}

const paymentSelection = { p: duesPayments, member: { id: members.id, fullName: members.fullName } };
const paymentView = ({ p, member }: { p: typeof duesPayments.$inferSelect; member: { id: string; fullName: string } }) => ({
  id: p.id, memberId: p.memberId, member, year: p.year, amount: p.amount, paidOn: p.paidOn, note: p.note, createdAt: p.createdAt.toISOString(),
});

async function findPayment(c: Context<AppEnv>, id: string) {
  const [row] = await c.get('db').select(paymentSelection).from(duesPayments).innerJoin(members, eq(members.id, duesPayments.memberId)).where(eq(duesPayments.id, id));
  if (!row) throw ApiError.notFound('payment');
  return row;
}

/** /api/w/:ws/dues — yearly dues per category, payments, and who has not paid. */
export const duesRoutes = router();

duesRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/w/{ws}/dues',
    tags: ['Dues'],
    description: 'The years with dues set, the latest first.',
    request: { params: wsParams },
    responses: { 200: jsonAnswer(z.object({ items: z.array(z.object({ year: z.number(), amounts })), nextCursor: z.null() })), 401: problems[401], 404: problems[404] },
  }),
  async (c) => {
    const rates = await c.get('db').select().from(duesRates).orderBy(desc(duesRates.year));
    const years = [...new Set(rates.map((r) => r.year))];
    const items = years.map((y) => ({ year: y, amounts: amountsOf(rates, y) }));
    return c.json({ items, nextCursor: null }, 200);
  },
);

duesRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/w/{ws}/dues/payments',
    tags: ['Dues'],
    description: 'Payments, the latest recorded first.',
    request: { params: wsParams, query: paymentQuery },
    responses: { 200: jsonAnswer(listOf(payment)), 401: problems[401], 404: problems[404], 422: problems[422] },
  }),
  async (c) => {
    const { limit, cursor, year: y, memberId } = c.req.valid('query');
    const [ms, lastId] = cursor ? cursor.split('_') : [];
    const after = cursor
      ? or(lt(duesPayments.createdAt, new Date(Number(ms))), and(eq(duesPayments.createdAt, new Date(Number(ms))), lt(duesPayments.id, lastId)))
      : undefined;
    const rows = await c
      .get('db')
      .select(paymentSelection)
      .from(duesPayments)
      .innerJoin(members, eq(members.id, duesPayments.memberId))
      .where(and(y ? eq(duesPayments.year, y) : undefined, memberId ? eq(duesPayments.memberId, memberId) : undefined, after))
      .orderBy(desc(duesPayments.createdAt), desc(duesPayments.id))
      .limit(limit + 1);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return c.json({ items: page.map(paymentView), nextCursor: rows.length > limit ? `${last.p.createdAt.getTime()}_${last.p.id}` : null }, 200);
  },
);

duesRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/w/{ws}/dues/payments',
    tags: ['Dues'],
    description: 'Records a payment of a member for a year, in whole đồng.',
    middleware: [requireRole('editor')],
    request: { params: wsParams, ...jsonBody(paymentCreate) },
    responses: { 201: jsonAnswer(payment, 'Created'), 401: problems[401], 403: problems[403], 404: problems[404], 422: problems[422] },
  }),
  async (c) => {
    const db = c.get('db');
    const input = c.req.valid('json');
    const [member] = await db.select({ id: members.id }).from(members).where(eq(members.id, input.memberId));
    if (!member) throw invalidField('memberId', 'member_unknown');
    const id = newId();
    const row = { id, memberId: input.memberId, year: input.year, amount: input.amount, paidOn: input.paidOn ?? null, note: input.note || null, createdAt: now(c) };
    await runBatch(db, [db.insert(duesPayments).values(row), auditInsert(db, requireUser(c), { action: 'dues.payment.create', entity: 'payment', entityId: id })]);
    return c.json(paymentView(await findPayment(c, id)), 201);
  },
);

duesRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/w/{ws}/dues/payments/{id}',
    tags: ['Dues'],
    request: { params: paymentParams },
    responses: { 200: jsonAnswer(payment), 401: problems[401], 404: problems[404] },
  }),
  async (c) => c.json(paymentView(await findPayment(c, c.req.valid('param').id)), 200),
);

duesRoutes.openapi(
  createRoute({
    method: 'delete',
    path: '/w/{ws}/dues/payments/{id}',
    tags: ['Dues'],
    description: 'Removes a payment recorded by mistake.',
    middleware: [requireRole('editor')],
    request: { params: paymentParams },
    responses: { 204: noContent, 401: problems[401], 403: problems[403], 404: problems[404] },
  }),
  async (c) => {
    const db = c.get('db');
    const { id } = c.req.valid('param');
    await findPayment(c, id);
    await runBatch(db, [db.delete(duesPayments).where(eq(duesPayments.id, id)), auditInsert(db, requireUser(c), { action: 'dues.payment.delete', entity: 'payment', entityId: id })]);
    return c.body(null, 204);
  },
);

duesRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/w/{ws}/dues/{year}',
    tags: ['Dues'],
    description: "The year's amounts per category and how collection stands. Active members owe their category's amount for each year from the year they joined.",
    request: { params: yearParams },
    responses: { 200: jsonAnswer(year), 401: problems[401], 404: problems[404], 422: problems[422] },
  }),
  async (c) => c.json(await yearView(c, c.req.valid('param').year), 200),
);

duesRoutes.openapi(
  createRoute({
    method: 'put',
    path: '/w/{ws}/dues/{year}',
    tags: ['Dues'],
    description: 'Sets the yearly amount (whole đồng, 0 = exempt) of the categories sent; the others keep theirs.',
    middleware: [requireRole('editor')],
    request: { params: yearParams, ...jsonBody(duesRatesPut) },
    responses: { 200: jsonAnswer(year), 401: problems[401], 403: problems[403], 404: problems[404], 422: problems[422] },
  }),
  async (c) => {
    const db = c.get('db');
    const y = c.req.valid('param').year;
    const at = now(c);
    const values = Object.entries(c.req.valid('json'))
      .filter(([, amount]) => amount !== undefined)
      .map(([category, amount]) => ({ year: y, category: category as (typeof memberCategories)[number], amount: amount!, updatedAt: at }));
    if (values.length) {
      const upsert = db.insert(duesRates).values(values).onConflictDoUpdate({ target: [duesRates.year, duesRates.category], set: { amount: sql`excluded.amount`, updatedAt: at } });
      await runBatch(db, [upsert, auditInsert(db, requireUser(c), { action: 'dues.rates.update', entity: 'dues', entityId: String(y) })]);
    }
    return c.json(await yearView(c, y), 200);
  },
);

duesRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/w/{ws}/dues/{year}/unpaid',
    tags: ['Dues'],
    description: 'Active members who owe dues for the year and have not paid them in full, by name; paged like the member list.',
    request: { params: yearParams, query: pageQuery.extend({ cursor: z.string().regex(/^[A-Za-z0-9_-]{1,1200}$/).optional() }) },
    responses: { 200: jsonAnswer(listOf(unpaid)), 400: problems[400], 401: problems[401], 404: problems[404], 422: problems[422] },
  }),
  async (c) => {
    const { limit, cursor } = c.req.valid('query');
    return c.json(await unpaidMembers(c.get('db'), c.req.valid('param').year, limit, cursor), 200);
  },
);
