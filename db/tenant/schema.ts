import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' }).notNull().default(sql`(unixepoch('subsec') * 1000)`);
const updatedAt = () =>
  integer('updated_at', { mode: 'timestamp_ms' }).notNull().default(sql`(unixepoch('subsec') * 1000)`);
const jsonList = (name: string) => text(name, { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`);

/** Who changed what, when — one row per change made in this workspace. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at', { mode: 'timestamp_ms' }).notNull().default(sql`(unixepoch('subsec') * 1000)`),
    actorId: text('actor_id'),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
  },
  (t) => [index('audit_log_at_idx').on(t.at)],
);

/**
 * The member register (hội viên). `sortName`, `searchText` and `facets` are derived from the
 * other fields on every write (workers/src/services/member-search.ts): the folded full name
 * lists are ordered by, the folded words of name, e-mail, phone and organisation that search
 * matches, and the tags and countries that filters match. The list index covers all of them,
 * so a search with filters reads one index in list order (docs/benchmarks.md, "Search").
 */
export const members = sqliteTable(
  'members',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: ['individual', 'organisation'] }).notNull().default('individual'),
    fullName: text('full_name').notNull(),
    gender: text('gender', { enum: ['male', 'female', 'other'] }),
    birthYear: integer('birth_year'),
    email: text('email'),
    phone: text('phone'),
    organisation: text('organisation'),
    jobTitle: text('job_title'),
    address: text('address'),
    province: text('province'),
    category: text('category', { enum: ['official', 'honorary', 'associate'] }).notNull().default('official'),
    status: text('status', { enum: ['active', 'inactive', 'archived'] }).notNull().default('active'),
    joinedOn: text('joined_on'),
    countries: jsonList('countries'),
    languages: jsonList('languages'),
    tags: jsonList('tags'),
    notes: text('notes'),
    sortName: text('sort_name').notNull(),
    searchText: text('search_text').notNull(),
    facets: text('facets').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('members_email_uq').on(t.email), index('members_list_idx').on(t.sortName, t.id, t.status, t.category, t.kind, t.facets, t.searchText)],
);

/** A term of office (nhiệm kỳ), usually opened by a congress (Đại hội). */
export const terms = sqliteTable(
  'terms',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    startsOn: text('starts_on').notNull(),
    endsOn: text('ends_on'),
    congress: text('congress'),
    notes: text('notes'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('terms_starts_idx').on(t.startsOn)],
);

/** A member holding a position (Chủ tịch, Ủy viên, …) in a body during a term. */
export const positions = sqliteTable(
  'positions',
  {
    id: text('id').primaryKey(),
    termId: text('term_id')
      .notNull()
      .references(() => terms.id),
    memberId: text('member_id')
      .notNull()
      .references(() => members.id),
    body: text('body', { enum: ['presidium', 'standing', 'executive', 'inspection'] }).notNull(),
    title: text('title', { enum: ['president', 'vice_president', 'secretary_general', 'deputy_secretary_general', 'head', 'deputy_head', 'member'] }).notNull(),
    startsOn: text('starts_on').notNull(),
    endsOn: text('ends_on'),
    notes: text('notes'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('positions_term_idx').on(t.termId), index('positions_member_idx').on(t.memberId)],
);

/** The yearly dues (hội phí) of a member category, in whole đồng. */
export const duesRates = sqliteTable(
  'dues_rates',
  {
    year: integer('year').notNull(),
    category: text('category', { enum: ['official', 'honorary', 'associate'] }).notNull(),
    amount: integer('amount').notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.year, t.category] })],
);

/** A dues payment by a member for a year, in whole đồng. */
export const duesPayments = sqliteTable(
  'dues_payments',
  {
    id: text('id').primaryKey(),
    memberId: text('member_id')
      .notNull()
      .references(() => members.id),
    year: integer('year').notNull(),
    amount: integer('amount').notNull(),
    paidOn: text('paid_on'),
    note: text('note'),
    createdAt: createdAt(),
  },
  (t) => [index('dues_payments_member_year_idx').on(t.memberId, t.year), index('dues_payments_year_idx').on(t.year)],
);

/** The correspondence registers (issue 6). */
export * from './correspondence';

// ── Events, registrations, calendar, relation dates (issue 5): db/tenant/events.ts ──
export * from './events';

// ── Partners, agreements, aid, awards (issue 7): db/tenant/partners.ts ──
export * from './partners';
