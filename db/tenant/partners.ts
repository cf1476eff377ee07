import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { AidSector, AidStatus, Contact, PartnerKind } from '../../shared/partners';

/**
 * Partners, agreements (MOUs), aid projects and awards (issue 7). Re-exported by schema.ts.
 * Dates are 'YYYY-MM-DD' text, so that range conditions compare as strings.
 */

const ms = (name: string) => integer(name, { mode: 'timestamp_ms' });
const now = sql`(unixepoch('subsec') * 1000)`;

/**
 * A foreign partner organisation. `sortName` is the folded name lists are ordered by and
 * `searchText` the folded name, original name and contact names that `q` matches (shared/text.ts).
 */
export const partners = sqliteTable(
  'partners',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    nameOriginal: text('name_original'),
    country: text('country').notNull(),
    kind: text('kind').$type<PartnerKind>().notNull(),
    /** 'YYYY-MM-DD', or 'YYYY' when only the year is known. */
    since: text('since'),
    contacts: text('contacts', { mode: 'json' }).$type<Contact[]>().notNull().default(sql`'[]'`),
    notes: text('notes'),
    sortName: text('sort_name').notNull(),
    searchText: text('search_text').notNull(),
    createdAt: ms('created_at').notNull().default(now),
    updatedAt: ms('updated_at').notNull().default(now),
  },
  (t) => [index('partners_list_idx').on(t.sortName, t.id), index('partners_country_idx').on(t.country, t.sortName)],
);

/**
 * An agreement or memorandum of understanding. Its status is not stored: it follows from the
 * dates and the day it is read (shared/partners.ts `agreementStatus`). A renewal points at the
 * agreement it renews; each agreement is renewed at most once.
 */
export const agreements = sqliteTable(
  'agreements',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    signedOn: text('signed_on').notNull(),
    validFrom: text('valid_from').notNull(),
    validTo: text('valid_to'),
    documentId: text('document_id'),
    renewedFromId: text('renewed_from_id'),
    notes: text('notes'),
    createdAt: ms('created_at').notNull().default(now),
    updatedAt: ms('updated_at').notNull().default(now),
  },
  (t) => [
    index('agreements_signed_idx').on(t.signedOn, t.id),
    index('agreements_valid_to_idx').on(t.validTo, t.id),
    uniqueIndex('agreements_renewed_from_uq').on(t.renewedFromId).where(sql`renewed_from_id IS NOT NULL`),
  ],
);

/** The partners party to an agreement, in the order given. */
export const agreementPartners = sqliteTable(
  'agreement_partners',
  {
    agreementId: text('agreement_id').notNull(),
    partnerId: text('partner_id').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.agreementId, t.partnerId] }), index('agreement_partners_partner_idx').on(t.partnerId)],
);

/**
 * A foreign non-governmental aid project (viện trợ PCPNN). Values are whole VND; the original
 * currency amounts are kept as given. `overDisbursedReason` explains a disbursement above the
 * commitment.
 */
export const aidProjects = sqliteTable(
  'aid_projects',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    donorPartnerId: text('donor_partner_id').notNull(),
    sector: text('sector').$type<AidSector>().notNull(),
    committedVnd: integer('committed_vnd').notNull(),
    disbursedVnd: integer('disbursed_vnd').notNull().default(0),
    currency: text('currency'),
    committedOriginal: real('committed_original'),
    disbursedOriginal: real('disbursed_original'),
    startsOn: text('starts_on'),
    endsOn: text('ends_on'),
    status: text('status').$type<AidStatus>().notNull(),
    overDisbursedReason: text('over_disbursed_reason'),
    notes: text('notes'),
    createdAt: ms('created_at').notNull().default(now),
    updatedAt: ms('updated_at').notNull().default(now),
  },
  (t) => [index('aid_projects_donor_idx').on(t.donorPartnerId), index('aid_projects_starts_idx').on(t.startsOn, t.id)],
);

/** An award decision: to a member of this workspace, or to a foreign friend by name. */
export const awards = sqliteTable(
  'awards',
  {
    id: text('id').primaryKey(),
    awardName: text('award_name').notNull(),
    recipientMemberId: text('recipient_member_id'),
    recipientName: text('recipient_name'),
    recipientCountry: text('recipient_country'),
    decisionNumber: text('decision_number').notNull(),
    decidedOn: text('decided_on').notNull(),
    notes: text('notes'),
    createdAt: ms('created_at').notNull().default(now),
    updatedAt: ms('updated_at').notNull().default(now),
  },
  (t) => [index('awards_decided_idx').on(t.decidedOn, t.id), index('awards_member_idx').on(t.recipientMemberId)],
);
