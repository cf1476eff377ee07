import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * Events, registrations, per-occurrence changes of recurring events, the calendar feed key and
 * diplomatic relation dates (issue 5). Re-exported by schema.ts.
 */

const ms = (name: string) => integer(name, { mode: 'timestamp_ms' });
const now = sql`(unixepoch('subsec') * 1000)`;

export interface Delegation {
  direction: 'in' | 'out';
  headName: string;
  headTitle?: string | null;
  size: number;
  itinerary?: string | null;
  gifts?: string | null;
}

export interface Outcomes {
  agreementsSigned?: number | null;
  aidCommittedVnd?: number | null;
  aidDisbursedVnd?: number | null;
  aidCurrency?: string | null;
  fundsRaisedVnd?: number | null;
  fundsTargetVnd?: number | null;
  mediaCoverage?: string | null;
  followUp?: string | null;
  notes?: string | null;
}

/**
 * An activity. `startsAt`/`endsAt` are instants of the (first) occurrence, shown on the wall
 * clock of `timeZone`. A series has an `rrule`; `lastEndsAt` is the end of its last occurrence
 * (the end for a single event), kept so that range queries can be answered from an index.
 */
export const events = sqliteTable(
  'events',
  {
    id: text('id').primaryKey(),
    type: text('type').notNull(),
    title: text('title').notNull(),
    titleEn: text('title_en'),
    description: text('description'),
    startsAt: ms('starts_at').notNull(),
    endsAt: ms('ends_at').notNull(),
    lastEndsAt: ms('last_ends_at').notNull(),
    timeZone: text('time_zone').notNull(),
    rrule: text('rrule'),
    location: text('location'),
    format: text('format').notNull(),
    connectionPoints: integer('connection_points'),
    countries: text('countries', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    partnerIds: text('partner_ids', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    organisers: text('organisers', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    capacity: integer('capacity'),
    registrationOpen: integer('registration_open', { mode: 'boolean' }).notNull().default(true),
    participants: integer('participants'),
    delegation: text('delegation', { mode: 'json' }).$type<Delegation>(),
    outcomes: text('outcomes', { mode: 'json' }).$type<Outcomes>(),
    /** RFC 5545 SEQUENCE: bumped on every change so that calendar apps take the new version. */
    sequence: integer('sequence').notNull().default(0),
    createdAt: ms('created_at').notNull().default(now),
    updatedAt: ms('updated_at').notNull().default(now),
  },
  (t) => [index('events_starts_idx').on(t.startsAt, t.id), index('events_range_idx').on(t.lastEndsAt, t.startsAt)],
);

/**
 * A change to one occurrence of a series, keyed by the local date (YYYYMMDD) the rule gives it:
 * cancelled, or moved / retitled (null columns keep the series' value).
 */
export const eventOccurrences = sqliteTable(
  'event_occurrences',
  {
    eventId: text('event_id').notNull(),
    key: text('key').notNull(),
    cancelled: integer('cancelled', { mode: 'boolean' }).notNull().default(false),
    startsAt: ms('starts_at'),
    endsAt: ms('ends_at'),
    title: text('title'),
    titleEn: text('title_en'),
    location: text('location'),
    updatedAt: ms('updated_at').notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.key] })],
);

/**
 * A place at an event. `position` orders the waitlist (first come, first promoted). Seats taken
 * are the rows `registered` or `attended`; partial unique indexes refuse the same member or
 * e-mail twice among the rows not cancelled.
 */
export const registrations = sqliteTable(
  'registrations',
  {
    id: text('id').primaryKey(),
    eventId: text('event_id').notNull(),
    position: integer('position').notNull(),
    memberId: text('member_id'),
    /** The account that registered itself (viewers register only themselves). */
    userId: text('user_id'),
    name: text('name').notNull(),
    email: text('email'),
    note: text('note'),
    /** Folded name and e-mail (shared/text.ts) for the check-in search. */
    searchText: text('search_text').notNull(),
    status: text('status', { enum: ['registered', 'waitlisted', 'cancelled', 'attended'] }).notNull(),
    /** Set with a request token when a cancellation or a larger capacity moves this row up from the waitlist. */
    promotion: text('promotion'),
    checkedInAt: ms('checked_in_at'),
    cancelledAt: ms('cancelled_at'),
    createdAt: ms('created_at').notNull().default(now),
    updatedAt: ms('updated_at').notNull().default(now),
  },
  (t) => [
    index('registrations_event_idx').on(t.eventId, t.status, t.position),
    uniqueIndex('registrations_member_uq').on(t.eventId, t.memberId).where(sql`member_id IS NOT NULL AND status <> 'cancelled'`),
    uniqueIndex('registrations_email_uq').on(t.eventId, t.email).where(sql`email IS NOT NULL AND status <> 'cancelled'`),
  ],
);

/**
 * The calendar feed's key is derived (HMAC with the server secret) from the workspace id and
 * this random salt, so the key itself is stored nowhere; rotating replaces the salt. No row =
 * the first key.
 */
export const calendarKeys = sqliteTable('calendar_keys', {
  id: integer('id').primaryKey(),
  salt: text('salt').notNull(),
  rotatedAt: ms('rotated_at').notNull().default(now),
});

/** When diplomatic relations between Vietnam and a country began, as this workspace records it. */
export const diplomaticRelations = sqliteTable('diplomatic_relations', {
  country: text('country').primaryKey(),
  /** 'YYYY-MM-DD', or 'YYYY' when only the year is known. */
  since: text('since').notNull(),
  updatedAt: ms('updated_at').notNull().default(now),
});
