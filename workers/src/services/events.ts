import { and, asc, eq, gt, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import { eventOccurrences, events } from '../../../db/tenant/schema';
import type { TenantDb } from '../../../db';
import { expandRrule, parseRrule } from '../../../shared/rrule';
import { formatInstant, localParts } from '../../../shared/time';
import { ApiError } from '../errors';

export type EventRow = typeof events.$inferSelect;
export type OverrideRow = typeof eventOccurrences.$inferSelect;

/** Registrations by status (seats taken: registered + attended). Qualified by hand: drizzle leaves columns of the only table unqualified. */
export const registrationCounts = {
  registered: sql<number>`(SELECT count(*) FROM registrations r WHERE r.event_id = "events"."id" AND r.status = 'registered')`,
  waitlisted: sql<number>`(SELECT count(*) FROM registrations r WHERE r.event_id = "events"."id" AND r.status = 'waitlisted')`,
  attended: sql<number>`(SELECT count(*) FROM registrations r WHERE r.event_id = "events"."id" AND r.status = 'attended')`,
};
type Counts = { registered: number; waitlisted: number; attended: number };

const pad = (n: number) => String(n).padStart(2, '0');
export const keyToDate = (key: string) => `${key.slice(0, 4)}-${key.slice(4, 6)}-${key.slice(6, 8)}`;
export const dateKey = (ms: number, timeZone: string) => {
  const t = localParts(ms, timeZone);
  return `${String(t.y).padStart(4, '0')}${pad(t.m)}${pad(t.d)}`;
};

/** The event as API.md shows it; optional fields are null when not set. */
export function eventView(row: EventRow, counts?: Counts) {
  return {
    id: row.id,
    type: row.type,
    title: row.title,
    titleEn: row.titleEn,
    description: row.description,
    startsAt: formatInstant(row.startsAt.getTime(), row.timeZone),
    endsAt: formatInstant(row.endsAt.getTime(), row.timeZone),
    timeZone: row.timeZone,
    rrule: row.rrule,
    location: row.location,
    format: row.format,
    connectionPoints: row.connectionPoints,
    countries: row.countries,
    partnerIds: row.partnerIds,
    organisers: row.organisers,
    capacity: row.capacity,
    registrationOpen: row.registrationOpen,
    participants: row.participants,
    delegation: row.delegation,
    outcomes: row.outcomes,
    registrations: counts ? { registered: Number(counts.registered), waitlisted: Number(counts.waitlisted), attended: Number(counts.attended) } : undefined,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
export type EventView = ReturnType<typeof eventView>;

/** One occurrence of an event: a single event has exactly one, keyed by its local start date. */
export interface OccurrenceOf {
  key: string;
  /** Start and end as the series rule gives them. */
  originalStart: number;
  start: number;
  end: number;
  title: string;
  titleEn: string | null;
  location: string | null;
  cancelled: boolean;
  override: OverrideRow | null;
}

/** Every occurrence of `row`, with its overrides applied (cancelled ones included, flagged). */
export function occurrencesOf(row: EventRow, overrides: OverrideRow[]): OccurrenceOf[] {
  const start = row.startsAt.getTime();
  const duration = row.endsAt.getTime() - start;
  let plain = [{ key: dateKey(start, row.timeZone), start }];
  if (row.rrule) {
    const parsed = parseRrule(row.rrule);
    const expanded = parsed.ok ? expandRrule(parsed.rule, start, row.timeZone) : null;
    if (expanded?.ok) plain = expanded.occurrences;
  }
  const byKey = new Map(overrides.map((o) => [o.key, o]));
  return plain.map(({ key, start: s }) => {
    const o = byKey.get(key) ?? null;
    const oStart = o?.startsAt?.getTime() ?? s;
    return {
      key,
      originalStart: s,
      start: oStart,
      end: o?.endsAt?.getTime() ?? oStart + duration,
      title: o?.title ?? row.title,
      titleEn: o?.titleEn ?? row.titleEn,
      location: o?.location ?? row.location,
      cancelled: o?.cancelled ?? false,
      override: o,
    };
  });
}

/** An occurrence as the API shows it inside a series or a range listing. */
export function occurrenceView(row: EventRow, o: OccurrenceOf) {
  return {
    occurrenceId: `${row.id}:${o.key}`,
    date: keyToDate(o.key),
    startsAt: formatInstant(o.start, row.timeZone),
    endsAt: formatInstant(o.end, row.timeZone),
    title: o.title,
    titleEn: o.titleEn,
    location: o.location,
    cancelled: o.cancelled,
    changed: o.override !== null,
  };
}

export async function findEvent(db: TenantDb, id: string) {
  const [row] = await db.select({ event: events, ...registrationCounts }).from(events).where(eq(events.id, id));
  if (!row) throw ApiError.notFound('event');
  return row;
}

export async function overridesOf(db: TenantDb, ids: string[]) {
  if (!ids.length) return new Map<string, OverrideRow[]>();
  const rows = await db.select().from(eventOccurrences).where(inArray(eventOccurrences.eventId, ids));
  const map = new Map<string, OverrideRow[]>();
  for (const r of rows) map.set(r.eventId, [...(map.get(r.eventId) ?? []), r]);
  return map;
}

/** The series view: the event with its changed and cancelled occurrences. */
export async function seriesView(db: TenantDb, id: string) {
  const { event, ...counts } = await findEvent(db, id);
  const overrides = (await overridesOf(db, [id])).get(id) ?? [];
  const exceptions = event.rrule ? occurrencesOf(event, overrides).filter((o) => o.override).map((o) => occurrenceView(event, o)) : [];
  return { ...eventView(event, counts), exceptions };
}

export interface ListFilters {
  from?: number;
  to?: number;
  type?: string;
  country?: string;
  limit: number;
  cursor?: string;
}

const cursorPattern = /^(-?\d{1,15})_([a-z0-9]{1,64})(?:_(\d{8}))?$/;

/**
 * `GET /events`. Without a range: the events themselves (a series once), by start. With `from`
 * and/or `to`: every occurrence that overlaps the range, series expanded, cancelled occurrences
 * left out, each with its `occurrenceId` (`<eventId>:<YYYYMMDD>`). Both pages by a cursor of
 * (start, id, occurrence).
 */
export async function listEvents(db: TenantDb, f: ListFilters) {
  const cursor = f.cursor ? cursorPattern.exec(f.cursor) : null;
  if (f.cursor && !cursor) throw new ApiError(422, 'validation_failed', 'Some fields are not valid.', [{ path: 'cursor', message: 'Not a cursor from this list.' }]);
  const conditions: (SQL | undefined)[] = [
    f.type ? eq(events.type, f.type) : undefined,
    f.country ? sql`EXISTS (SELECT 1 FROM json_each(${events.countries}) WHERE value = ${f.country})` : undefined,
  ];
  const ranged = f.from !== undefined || f.to !== undefined;
  if (!ranged) {
    if (cursor) {
      const at = new Date(Number(cursor[1]));
      conditions.push(or(gt(events.startsAt, at), and(eq(events.startsAt, at), gt(events.id, cursor[2]))));
    }
    const rows = await db
      .select({ event: events, ...registrationCounts })
      .from(events)
      .where(and(...conditions))
      .orderBy(asc(events.startsAt), asc(events.id))
      .limit(f.limit + 1);
    const page = rows.slice(0, f.limit);
    const last = page[page.length - 1];
    return {
      items: page.map(({ event, ...counts }) => eventView(event, counts)),
      nextCursor: rows.length > f.limit ? `${last.event.startsAt.getTime()}_${last.event.id}` : null,
    };
  }

  const from = f.from ?? -8.64e15;
  const to = f.to ?? 8.64e15;
  conditions.push(
    or(
      and(lt(events.startsAt, new Date(to)), gt(events.lastEndsAt, new Date(from))),
      sql`EXISTS (SELECT 1 FROM event_occurrences o WHERE o.event_id = "events"."id" AND o.starts_at < ${to} AND o.ends_at > ${from})`,
    ),
  );
  const rows = await db.select({ event: events, ...registrationCounts }).from(events).where(and(...conditions));
  const overrides = await overridesOf(db, rows.filter((r) => r.event.rrule).map((r) => r.event.id));
  const after = cursor ? [Number(cursor[1]), cursor[2], cursor[3] ?? ''] as const : null;
  const items = rows
    .flatMap(({ event, ...counts }) =>
      occurrencesOf(event, overrides.get(event.id) ?? [])
        .filter((o) => !o.cancelled && o.start < to && o.end > from)
        .map((o) => ({ event, counts, o, sort: [o.start, event.id, event.rrule ? o.key : ''] as const })),
    )
    .filter(({ sort }) => !after || compare(sort, after) > 0)
    .sort((a, b) => compare(a.sort, b.sort));
  const page = items.slice(0, f.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(({ event, counts, o }) => {
      const view = eventView(event, counts);
      if (!event.rrule) return { ...view, occurrenceId: null, date: keyToDate(o.key) };
      const occ = occurrenceView(event, o);
      return { ...view, ...occ, cancelled: undefined };
    }),
    nextCursor: items.length > f.limit ? `${last.sort[0]}_${last.sort[1]}${last.sort[2] ? `_${last.sort[2]}` : ''}` : null,
  };
}

function compare(a: readonly [number, string, string], b: readonly [number, string, string]): number {
  if (a[0] !== b[0]) return a[0] - b[0];
  if (a[1] !== b[1]) return a[1] < b[1] ? -1 : 1;
  return a[2] === b[2] ? 0 : a[2] < b[2] ? -1 : 1;
}
