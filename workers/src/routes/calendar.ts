import { createRoute } from '@hono/zod-openapi';
import { eq, gte, inArray } from 'drizzle-orm';
import type { Context } from 'hono';
import { z } from 'zod';
import { workspaces } from '../../../db/catalog/schema';
import { eventOccurrences, events } from '../../../db/tenant/schema';
import type { TenantDb } from '../../../db';
import { ApiError } from '../errors';
import type { AppEnv } from '../env';
import { requireUser } from '../middleware/auth';
import { requireRole } from '../middleware/workspace';
import { auditInsert } from '../services/audit';
import { calendarKey, currentSalt, rotateSalt, sameKey } from '../services/calendar-key';
import { findEvent } from '../services/events';
import { buildCalendar, type CalendarEvent } from '../services/ics';
import { jsonAnswer, problems, router, wsParams } from './openapi';

const feedPath = /^\/api\/w\/[^/]+\/calendar\.ics$/;

/**
 * True for the one workspace route that calendar apps call without a session: the feed, which
 * authenticates by its key instead (app.ts lets it past the workspace middleware).
 */
export function isCalendarFeed(c: Context<AppEnv>): boolean {
  return (c.req.method === 'GET' || c.req.method === 'HEAD') && feedPath.test(c.req.path);
}

/** Events in the feed: those that end at most this long ago, and everything after. */
const feedHistoryMs = 365 * 86_400_000;

const calendarOut = z.object({ url: z.string(), webcalUrl: z.string() });

async function feedUrls(c: Context<AppEnv>) {
  const { config } = c.get('deps');
  const ws = c.get('workspace');
  const key = await calendarKey(config.authSecret, ws.id, await currentSalt(c.get('db')));
  const url = `${config.publicUrl}/api/w/${ws.slug}/calendar.ics?key=${key}`;
  return { url, webcalUrl: url.replace(/^https?:/, 'webcal:') };
}

function icsResponse(c: Context<AppEnv>, text: string, filename?: string) {
  const headers: Record<string, string> = { 'content-type': 'text/calendar; charset=utf-8', 'cache-control': 'private, max-age=300' };
  if (filename) headers['content-disposition'] = `attachment; filename="${filename}"`;
  return c.body(text, 200, headers);
}

async function withOverrides(db: TenantDb, rows: (typeof events.$inferSelect)[]): Promise<CalendarEvent[]> {
  const ids = rows.filter((r) => r.rrule).map((r) => r.id);
  const overrides = ids.length ? await db.select().from(eventOccurrences).where(inArray(eventOccurrences.eventId, ids)) : [];
  return rows.map((row) => ({ row, overrides: overrides.filter((o) => o.eventId === row.id) }));
}

const info = (c: Context<AppEnv>, ws: { slug: string; name: string }) => ({
  name: ws.name,
  appUrl: `${c.get('deps').config.publicUrl}/w/${ws.slug}`,
  version: c.get('deps').config.version,
});

/** /api/w/:ws/calendar — the subscription URL, its rotation, and the feed itself. */
export const calendarRoutes = router();

calendarRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/w/{ws}/calendar',
    tags: ['Calendar'],
    description: 'The URL a calendar app subscribes to. The key in it is the only credential the feed needs.',
    request: { params: wsParams },
    responses: { 200: jsonAnswer(calendarOut), 401: problems[401], 404: problems[404] },
  }),
  async (c) => c.json(await feedUrls(c), 200),
);

calendarRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/w/{ws}/calendar/rotate',
    tags: ['Calendar'],
    description: 'Issues a new key; the old URL answers 404 from now on.',
    middleware: [requireRole('admin')],
    request: { params: wsParams },
    responses: { 200: jsonAnswer(calendarOut), 401: problems[401], 403: problems[403], 404: problems[404] },
  }),
  async (c) => {
    const db = c.get('db');
    await db.batch([rotateSalt(db, new Date()), auditInsert(db, requireUser(c), { action: 'calendar.rotate', entity: 'calendar', entityId: null })]);
    return c.json(await feedUrls(c), 200);
  },
);

calendarRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/w/{ws}/calendar.ics',
    tags: ['Calendar'],
    description: 'RFC 5545 feed of the workspace events (those ended within the last year, and all later ones). No session: the key authenticates; a wrong or rotated key is 404.',
    security: [],
    request: { params: wsParams, query: z.object({ key: z.string().max(200).optional() }) },
    responses: { 200: { description: 'text/calendar', content: { 'text/calendar': { schema: z.string() } } }, 404: problems[404] },
  }),
  async (c) => {
    // The workspace middleware leaves this route to its key (isCalendarFeed): the slug is read here.
    const slug = c.req.param('ws');
    const { key } = c.req.valid('query');
    const { catalog, tenants, config } = c.get('deps');
    const [ws] = await catalog.select({ id: workspaces.id, slug: workspaces.slug, name: workspaces.name, ref: workspaces.databaseRef }).from(workspaces).where(eq(workspaces.slug, slug));
    if (!ws || !key) throw ApiError.notFound('calendar');
    const db = tenants.open(ws.ref);
    if (!sameKey(key, await calendarKey(config.authSecret, ws.id, await currentSalt(db)))) throw ApiError.notFound('calendar');
    const rows = await db.select().from(events).where(gte(events.lastEndsAt, new Date(Date.now() - feedHistoryMs))).orderBy(events.startsAt);
    return icsResponse(c, buildCalendar(info(c, ws), await withOverrides(db, rows)));
  },
);

/**
 * GET /api/w/:ws/events/:id.ics — one event to download. A plain route (the OpenAPI path syntax
 * cannot say "an id followed by .ics"), documented through the registry below; it must be
 * mounted before /events/{id}.
 */
export const eventIcsRoutes = router();

eventIcsRoutes.get('/w/:ws/events/:file{[a-z0-9]{1,64}\\.ics}', async (c) => {
  const id = c.req.param('file').slice(0, -4);
  const db = c.get('db');
  const { event } = await findEvent(db, id);
  return icsResponse(c, buildCalendar(info(c, c.get('workspace')), await withOverrides(db, [event])), `${id}.ics`);
});

eventIcsRoutes.openAPIRegistry.registerPath({
  method: 'get',
  path: '/w/{ws}/events/{id}.ics',
  tags: ['Calendar'],
  description: 'One event (a series with its changed occurrences) as an RFC 5545 file to download.',
  request: { params: wsParams.extend({ id: z.string() }) },
  responses: { 200: { description: 'text/calendar', content: { 'text/calendar': { schema: z.string() } } }, 401: problems[401], 404: problems[404] },
});
