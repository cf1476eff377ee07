import { createRoute } from '@hono/zod-openapi';
import { and, eq, notInArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { eventOccurrences, events, registrations } from '../../../db/tenant/schema';
import { eventCreate, eventFilters, eventPatch, resolveSchedule, type EventPatch, type Schedule } from '../../../shared/events';
import { defaultTimeZone, formatInstant, parseBound } from '../../../shared/time';
import type { AppEnv } from '../env';
import { requireUser } from '../middleware/auth';
import { requireRole } from '../middleware/workspace';
import { auditInsert } from '../services/audit';
import { auditIfChanged, auditPromotions } from '../services/audit-changed';
import { findEvent, listEvents, seriesView } from '../services/events';
import { newId } from '../services/ids';
import { requirePartners } from '../services/partners';
import { promoteWaitlisted } from '../services/registrations';
import { eventParams, fieldIssues, listedEvent, seriesOut } from './events-schemas';
import { jsonAnswer, jsonBody, listOf, noContent, problems, router, wsParams } from './openapi';
import { pageQuery } from './pagination';
import { calendarRoutes, eventIcsRoutes } from './calendar';
import { occurrenceRoutes } from './event-occurrences';
import { occasionRoutes } from './occasions';
import { registrationRoutes } from './registrations';
import type { Context } from 'hono';

/** The columns a schedule decides: instants, zone, rule, and the end of the last occurrence. */
function timing(s: Schedule) {
  const duration = s.endMs - s.startMs;
  const lastStart = s.occurrences ? s.occurrences[s.occurrences.length - 1].start : s.startMs;
  return {
    startsAt: new Date(s.startMs),
    endsAt: new Date(s.endMs),
    lastEndsAt: new Date(lastStart + duration),
    timeZone: s.timeZone,
    rrule: s.rrule,
  };
}

function schedule(input: Parameters<typeof resolveSchedule>[0]): Schedule {
  const result = resolveSchedule(input);
  if (!result.ok) throw fieldIssues(result.issues);
  return result.schedule;
}

/** The plain columns of a create or patch body (the timing ones are resolved apart). */
function plainFields<T extends EventPatch>(input: T) {
  const { startsAt: _s, endsAt: _e, timeZone: _z, rrule: _r, ...rest } = input;
  return rest;
}

/**
 * /api/w/:ws/events — activities: CRUD, filters, recurring series; with the occurrence,
 * registration, calendar and occasion routes mounted below, so that app.ts registers one router.
 */
export const eventRoutes = router();
// Before /events/{id}, which would otherwise take 'abc.ics' for an id.
eventRoutes.route('/', eventIcsRoutes);

eventRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/w/{ws}/events',
    tags: ['Events'],
    description:
      'Without from/to: the events themselves, by start. With from and/or to (YYYY-MM-DD in ?timeZone, default Asia/Ho_Chi_Minh, `to` inclusive; or RFC 3339 instants): every occurrence overlapping the range, series expanded, each with occurrenceId <eventId>:<YYYYMMDD>.',
    request: { params: wsParams, query: pageQuery.extend({ ...eventFilters.shape, timeZone: z.string().max(64).optional() }) },
    responses: { 200: jsonAnswer(listOf(listedEvent)), 401: problems[401], 404: problems[404], 422: problems[422] },
  }),
  async (c) => {
    const q = c.req.valid('query');
    const zone = q.timeZone ?? defaultTimeZone;
    const bound = (name: 'from' | 'to') => {
      if (q[name] === undefined) return undefined;
      const ms = parseBound(q[name]!, zone, name === 'to');
      if (ms === null) throw fieldIssues([{ path: name, message: 'date_format' }]);
      return ms;
    };
    const [from, to] = [bound('from'), bound('to')];
    if (from !== undefined && to !== undefined && to < from) throw fieldIssues([{ path: 'to', message: 'end_before_start' }]);
    return c.json(await listEvents(c.get('db'), { from, to, type: q.type, country: q.country, limit: q.limit, cursor: q.cursor }), 200);
  },
);

eventRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/w/{ws}/events',
    tags: ['Events'],
    middleware: [requireRole('editor')],
    request: { params: wsParams, ...jsonBody(eventCreate) },
    responses: { 201: jsonAnswer(seriesOut, 'Created'), 401: problems[401], 403: problems[403], 404: problems[404], 422: problems[422] },
  }),
  async (c) => {
    const input = c.req.valid('json');
    const db = c.get('db');
    await requirePartners(db, input.partnerIds, 'partnerIds');
    const id = newId();
    const now = new Date();
    await db.batch([
      db.insert(events).values({ ...plainFields(input), ...timing(schedule(input)), id, createdAt: now, updatedAt: now }),
      auditInsert(db, requireUser(c), { action: 'event.create', entity: 'event', entityId: id }),
    ]);
    return c.json(await seriesView(db, id), 201);
  },
);

eventRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/w/{ws}/events/{id}',
    tags: ['Events'],
    request: { params: eventParams },
    responses: { 200: jsonAnswer(seriesOut), 401: problems[401], 404: problems[404] },
  }),
  async (c) => c.json(await seriesView(c.get('db'), c.req.valid('param').id), 200),
);

const seatsTaken = (id: string) => sql`(SELECT count(*) FROM ${registrations} WHERE ${registrations.eventId} = ${id} AND ${registrations.status} IN ('registered', 'attended'))`;

eventRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/w/{ws}/events/{id}',
    tags: ['Events'],
    description:
      'Any event field; startsAt/endsAt/timeZone/rrule are checked together with the stored values. A capacity below the seats taken is 422; a larger one moves the waitlist up. Changing the rule drops the changes of occurrences it no longer has.',
    middleware: [requireRole('editor')],
    request: { params: eventParams, ...jsonBody(eventPatch) },
    responses: { 200: jsonAnswer(seriesOut), 401: problems[401], 403: problems[403], 404: problems[404], 422: problems[422] },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const patch = c.req.valid('json');
    const db = c.get('db');
    const user = requireUser(c);
    const { event } = await findEvent(db, id);
    if (patch.partnerIds) await requirePartners(db, patch.partnerIds, 'partnerIds');
    const s = schedule({
      startsAt: patch.startsAt ?? formatInstant(event.startsAt.getTime(), event.timeZone),
      endsAt: patch.endsAt ?? formatInstant(event.endsAt.getTime(), event.timeZone),
      timeZone: patch.timeZone ?? event.timeZone,
      rrule: patch.rrule === undefined ? event.rrule : patch.rrule,
    });
    // Every statement carries the capacity guard, so a refused capacity changes nothing at all.
    const guard = typeof patch.capacity === 'number' ? sql`${patch.capacity} >= ${seatsTaken(id)}` : sql`1 = 1`;
    const keys = s.occurrences?.map((o) => o.key) ?? [];
    const token = newId();
    const now = new Date();
    const [, updated] = await db.batch([
      db.delete(eventOccurrences).where(and(eq(eventOccurrences.eventId, id), keys.length ? notInArray(eventOccurrences.key, keys) : undefined, guard)),
      db
        .update(events)
        .set({ ...plainFields(patch), ...timing(s), sequence: sql`${events.sequence} + 1`, updatedAt: now })
        .where(and(eq(events.id, id), guard))
        .returning({ id: events.id }),
      auditIfChanged(db, user, { action: 'event.update', entity: 'event', entityId: id }),
      promoteWaitlisted(db, id, token, now.getTime()),
      auditPromotions(db, user, token),
    ]);
    if (!updated.length) {
      await findEvent(db, id);
      throw fieldIssues([{ path: 'capacity', message: 'capacity_below_registrations' }]);
    }
    return c.json(await seriesView(db, id), 200);
  },
);

eventRoutes.openapi(
  createRoute({
    method: 'delete',
    path: '/w/{ws}/events/{id}',
    tags: ['Events'],
    description: 'Deletes the event with its registrations and occurrence changes.',
    middleware: [requireRole('editor')],
    request: { params: eventParams },
    responses: { 204: noContent, 401: problems[401], 403: problems[403], 404: problems[404] },
  }),
  async (c) => deleteEvent(c, c.req.valid('param').id),
);

async function deleteEvent(c: Context<AppEnv>, id: string) {
  const db = c.get('db');
  const [, , gone] = await db.batch([
    db.delete(registrations).where(eq(registrations.eventId, id)),
    db.delete(eventOccurrences).where(eq(eventOccurrences.eventId, id)),
    db.delete(events).where(eq(events.id, id)).returning({ id: events.id }),
    auditIfChanged(db, requireUser(c), { action: 'event.delete', entity: 'event', entityId: id }),
  ]);
  if (!gone.length) await findEvent(db, id);
  return c.body(null, 204);
}

for (const routes of [occurrenceRoutes, registrationRoutes, calendarRoutes, occasionRoutes]) eventRoutes.route('/', routes);
