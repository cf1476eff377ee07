import { createRoute } from '@hono/zod-openapi';
import { and, eq, sql } from 'drizzle-orm';
import type { Context } from 'hono';
import { eventOccurrences, events } from '../../../db/tenant/schema';
import { occurrenceKeyOf, occurrencePatch } from '../../../shared/events';
import { parseDateTime } from '../../../shared/time';
import { ApiError } from '../errors';
import type { AppEnv } from '../env';
import { requireUser } from '../middleware/auth';
import { requireRole } from '../middleware/workspace';
import { auditInsert } from '../services/audit';
import { auditIfChanged } from '../services/audit-changed';
import { findEvent, occurrencesOf, occurrenceView, overridesOf } from '../services/events';
import { fieldIssues, occurrenceOut, occurrenceParams } from './events-schemas';
import { jsonAnswer, jsonBody, noContent, problems, router } from './openapi';

/** The series `id` and its occurrence on `date` (YYYY-MM-DD or YYYYMMDD), or 404. */
async function occurrence(c: Context<AppEnv>, id: string, date: string) {
  const db = c.get('db');
  const { event } = await findEvent(db, id);
  const key = occurrenceKeyOf(date);
  const found = event.rrule && key ? occurrencesOf(event, (await overridesOf(db, [id])).get(id) ?? []).find((o) => o.key === key) : undefined;
  if (!found) throw ApiError.notFound('occurrence of this event');
  return { event, occurrence: found };
}

/** A changed occurrence is a new version of the series for calendar apps (SEQUENCE, DTSTAMP). */
const touch = (c: Context<AppEnv>, id: string) =>
  c.get('db').update(events).set({ sequence: sql`${events.sequence} + 1`, updatedAt: new Date() }).where(eq(events.id, id));

/**
 * /api/w/:ws/events/:id/occurrences/:date — one occurrence of a recurring event, addressed by
 * the date the rule gives it. PATCH cancels, moves or retitles just that occurrence (null puts
 * a field back to the series' value); DELETE drops every change to it.
 */
export const occurrenceRoutes = router();

occurrenceRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/w/{ws}/events/{id}/occurrences/{date}',
    tags: ['Events'],
    request: { params: occurrenceParams },
    responses: { 200: jsonAnswer(occurrenceOut), 401: problems[401], 404: problems[404] },
  }),
  async (c) => {
    const { id, date } = c.req.valid('param');
    const { event, occurrence: o } = await occurrence(c, id, date);
    return c.json(occurrenceView(event, o), 200);
  },
);

occurrenceRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/w/{ws}/events/{id}/occurrences/{date}',
    tags: ['Events'],
    middleware: [requireRole('editor')],
    request: { params: occurrenceParams, ...jsonBody(occurrencePatch) },
    responses: { 200: jsonAnswer(occurrenceOut), 401: problems[401], 403: problems[403], 404: problems[404], 422: problems[422] },
  }),
  async (c) => {
    const { id, date } = c.req.valid('param');
    const patch = c.req.valid('json');
    const db = c.get('db');
    const { event, occurrence: o } = await occurrence(c, id, date);
    const prior = o.override;
    const instant = (name: 'startsAt' | 'endsAt') => {
      const value = patch[name];
      if (value === undefined) return prior?.[name]?.getTime() ?? null;
      if (value === null) return null;
      const ms = parseDateTime(value, event.timeZone);
      if (ms === null) throw fieldIssues([{ path: name, message: 'date_time_format' }]);
      return ms;
    };
    let [start, end] = [instant('startsAt'), instant('endsAt')];
    const duration = event.endsAt.getTime() - event.startsAt.getTime();
    // Moving only the start keeps the length; the end alone is checked against the start in force.
    if (start !== null && end === null && patch.startsAt) end = start + duration;
    if ((end ?? (start ?? o.originalStart) + duration) <= (start ?? o.originalStart)) throw fieldIssues([{ path: 'endsAt', message: 'end_before_start' }]);
    const pick = <K extends 'title' | 'titleEn' | 'location'>(k: K) => (patch[k] === undefined ? (prior?.[k] ?? null) : patch[k]);
    const values = {
      cancelled: patch.cancelled ?? prior?.cancelled ?? false,
      startsAt: start === null ? null : new Date(start),
      endsAt: end === null ? null : new Date(end),
      title: pick('title'),
      titleEn: pick('titleEn'),
      location: pick('location'),
      updatedAt: new Date(),
    };
    await db.batch([
      db.insert(eventOccurrences).values({ eventId: id, key: o.key, ...values }).onConflictDoUpdate({ target: [eventOccurrences.eventId, eventOccurrences.key], set: values }),
      auditInsert(db, requireUser(c), { action: values.cancelled ? 'event.occurrence.cancel' : 'event.occurrence.update', entity: 'event', entityId: `${id}:${o.key}` }),
      touch(c, id),
    ]);
    const { event: fresh, occurrence: updated } = await occurrence(c, id, o.key);
    return c.json(occurrenceView(fresh, updated), 200);
  },
);

occurrenceRoutes.openapi(
  createRoute({
    method: 'delete',
    path: '/w/{ws}/events/{id}/occurrences/{date}',
    tags: ['Events'],
    description: 'Restores the occurrence as the series gives it.',
    middleware: [requireRole('editor')],
    request: { params: occurrenceParams },
    responses: { 204: noContent, 401: problems[401], 403: problems[403], 404: problems[404] },
  }),
  async (c) => {
    const { id, date } = c.req.valid('param');
    const db = c.get('db');
    const { occurrence: o } = await occurrence(c, id, date);
    await db.batch([
      db.delete(eventOccurrences).where(and(eq(eventOccurrences.eventId, id), eq(eventOccurrences.key, o.key))),
      auditIfChanged(db, requireUser(c), { action: 'event.occurrence.restore', entity: 'event', entityId: `${id}:${o.key}` }),
      touch(c, id),
    ]);
    return c.body(null, 204);
  },
);
