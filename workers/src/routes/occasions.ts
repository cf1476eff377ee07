import { createRoute } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { z } from 'zod';
import { diplomaticRelations } from '../../../db/tenant/schema';
import { countryName, knownCountry } from '../../../shared/countries';
import { relationSince } from '../../../shared/events';
import { parseDate } from '../../../shared/time';
import type { AppEnv } from '../env';
import { requireUser } from '../middleware/auth';
import { requireRole } from '../middleware/workspace';
import { auditInsert } from '../services/audit';
import { auditIfChanged } from '../services/audit-changed';
import { defaultRelations, occasionsBetween, vietnamDate } from '../services/occasions';
import { fieldIssues } from './events-schemas';
import { jsonAnswer, jsonBody, noContent, problems, router, wsParams } from './openapi';

const occasionOut = z.object({
  id: z.string(),
  kind: z.enum(['national_day', 'relations_anniversary']),
  country: z.string(),
  date: z.string(),
  precision: z.enum(['day', 'year']),
  title: z.string(),
  titleEn: z.string(),
  years: z.number().nullable(),
  round: z.boolean(),
  since: z.string().nullable(),
});

const relationOut = z.object({
  country: z.string(),
  name: z.string(),
  nameEn: z.string(),
  since: z.string().nullable(),
  source: z.enum(['workspace', 'default', 'none']).describe('workspace: set here; default: Amity seed data; none: not known'),
});

const countryParams = wsParams.extend({ country: z.string() });
const maxSpanDays = 5 * 366;

/** The workspace's relation dates: its own, else the seed. */
async function relations(c: Context<AppEnv>) {
  const stored = await c.get('db').select().from(diplomaticRelations);
  const own = Object.fromEntries(stored.map((r) => [r.country, r.since]));
  return { own, merged: { ...defaultRelations, ...own } as Record<string, string> };
}

/** Countries the occasions are for: the workspace's partner countries and those it set a date for. */
const countriesOf = (c: Context<AppEnv>, own: Record<string, string>) => [...new Set([...c.get('workspace').countries, ...Object.keys(own)])].sort();

function relationView(country: string, own: Record<string, string>) {
  const since = own[country] ?? defaultRelations[country] ?? null;
  return { country, name: countryName(country, 'vi'), nameEn: countryName(country, 'en'), since, source: own[country] ? ('workspace' as const) : since ? ('default' as const) : ('none' as const) };
}

function checkCountry(country: string) {
  const parsed = knownCountry.safeParse(country);
  if (!parsed.success) throw fieldIssues([{ path: 'country', message: parsed.error.issues[0].message }]);
}

/**
 * /api/w/:ws/occasions — dates worth a letter or an event: national days of the partner
 * countries, and anniversaries of diplomatic relations with Vietnam (round ones flagged).
 */
export const occasionRoutes = router();

occasionRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/w/{ws}/occasions',
    tags: ['Calendar'],
    description: 'Between from and to (dates, inclusive; default today and a year on, Vietnam time; at most 5 years). `country` narrows to one country.',
    request: { params: wsParams, query: z.object({ from: z.string().optional(), to: z.string().optional(), country: knownCountry.optional() }) },
    responses: { 200: jsonAnswer(z.object({ from: z.string(), to: z.string(), items: z.array(occasionOut), nextCursor: z.null() })), 401: problems[401], 404: problems[404], 422: problems[422] },
  }),
  async (c) => {
    const q = c.req.valid('query');
    const from = q.from ?? vietnamDate(new Date());
    const to = q.to ?? vietnamDate(new Date(`${from}T00:00:00Z`), 365);
    for (const [path, value] of [['from', from], ['to', to]] as const) if (!parseDate(value)) throw fieldIssues([{ path, message: 'date_format' }]);
    if (to < from) throw fieldIssues([{ path: 'to', message: 'end_before_start' }]);
    if (Date.parse(to) - Date.parse(from) > maxSpanDays * 86_400_000) throw fieldIssues([{ path: 'to', message: 'range_too_long' }]);
    const { own, merged } = await relations(c);
    const countries = q.country ? [q.country] : countriesOf(c, own);
    return c.json({ from, to, items: occasionsBetween(countries, merged, from, to), nextCursor: null }, 200);
  },
);

occasionRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/w/{ws}/occasions/relations',
    tags: ['Calendar'],
    description: 'When relations with each partner country began, as this workspace records it.',
    request: { params: wsParams },
    responses: { 200: jsonAnswer(z.object({ items: z.array(relationOut), nextCursor: z.null() })), 401: problems[401], 404: problems[404] },
  }),
  async (c) => {
    const { own } = await relations(c);
    return c.json({ items: countriesOf(c, own).map((country) => relationView(country, own)), nextCursor: null }, 200);
  },
);

occasionRoutes.openapi(
  createRoute({
    method: 'put',
    path: '/w/{ws}/occasions/relations/{country}',
    tags: ['Calendar'],
    description: '`{ since: "YYYY-MM-DD" | "YYYY" }` — the date (or year) relations began, replacing the seed.',
    middleware: [requireRole('editor')],
    request: { params: countryParams, ...jsonBody(relationSince) },
    responses: { 200: jsonAnswer(relationOut), 401: problems[401], 403: problems[403], 404: problems[404], 422: problems[422] },
  }),
  async (c) => {
    const { country } = c.req.valid('param');
    checkCountry(country);
    const { since } = c.req.valid('json');
    const db = c.get('db');
    const updatedAt = new Date();
    await db.batch([
      db.insert(diplomaticRelations).values({ country, since, updatedAt }).onConflictDoUpdate({ target: diplomaticRelations.country, set: { since, updatedAt } }),
      auditInsert(db, requireUser(c), { action: 'relation.update', entity: 'relation', entityId: country }),
    ]);
    return c.json(relationView(country, (await relations(c)).own), 200);
  },
);

occasionRoutes.openapi(
  createRoute({
    method: 'delete',
    path: '/w/{ws}/occasions/relations/{country}',
    tags: ['Calendar'],
    description: 'Forgets the workspace date: the seed date (if any) applies again.',
    middleware: [requireRole('editor')],
    request: { params: countryParams },
    responses: { 204: noContent, 401: problems[401], 403: problems[403], 404: problems[404], 422: problems[422] },
  }),
  async (c) => {
    const { country } = c.req.valid('param');
    checkCountry(country);
    const db = c.get('db');
    await db.batch([
      db.delete(diplomaticRelations).where(eq(diplomaticRelations.country, country)),
      auditIfChanged(db, requireUser(c), { action: 'relation.reset', entity: 'relation', entityId: country }),
    ]);
    return c.body(null, 204);
  },
);
