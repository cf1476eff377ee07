import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { Classification, Direction, DocumentStatus, Series, TypeCode, Urgency } from '../../shared/correspondence';

const createdAt = () => integer('created_at', { mode: 'timestamp_ms' }).notNull().default(sql`(unixepoch('subsec') * 1000)`);

/**
 * The outgoing and incoming registers (sổ đăng ký văn bản đi / đến). `number` is assigned by
 * the server in the same statement that inserts the row (services/correspondence.ts), one series
 * per direction, series and year; the unique index is the backstop. Rows are never deleted:
 * a mistaken entry is voided and keeps its number.
 */
export const documents = sqliteTable(
  'documents',
  {
    id: text('id').primaryKey(),
    direction: text('direction').$type<Direction>().notNull(),
    series: text('series').$type<Series>().notNull(),
    year: integer('year').notNull(),
    number: integer('number').notNull(),
    symbol: text('symbol'),
    typeCode: text('type_code').$type<TypeCode>(),
    subject: text('subject').notNull(),
    documentDate: text('document_date'),
    registeredAt: integer('registered_at', { mode: 'timestamp_ms' }).notNull(),
    /** The registration day in the workspace's time zone; its year is `year`. */
    registeredOn: text('registered_on').notNull(),
    urgency: text('urgency').$type<Urgency>().notNull(),
    classification: text('classification').$type<Classification>().notNull(),
    notes: text('notes'),
    sentOn: text('sent_on'),
    signer: text('signer'),
    recipients: text('recipients'),
    filedWith: text('filed_with'),
    copies: integer('copies'),
    language: text('language'),
    sender: text('sender'),
    senderRef: text('sender_ref'),
    receivedOn: text('received_on'),
    assignee: text('assignee'),
    deadline: text('deadline'),
    progress: text('progress'),
    replyId: text('reply_id'),
    repliedOn: text('replied_on'),
    body: text('body'),
    template: text('template'),
    /** The partner organisation the document was exchanged with or concerns (its timeline shows it). */
    partnerId: text('partner_id'),
    /** Subject, sender, symbol and the sender's symbol, folded by shared/text.ts `normalise`. */
    searchText: text('search_text').notNull(),
    status: text('status').$type<DocumentStatus>().notNull().default('registered'),
    voidedAt: integer('voided_at', { mode: 'timestamp_ms' }),
    voidReason: text('void_reason'),
    createdBy: text('created_by'),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull().default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [
    uniqueIndex('documents_number_uq').on(t.direction, t.series, t.year, t.number),
    index('documents_registered_idx').on(t.registeredAt),
    index('documents_follow_up_idx').on(t.direction, t.replyId, t.deadline),
    index('documents_partner_idx').on(t.partnerId),
  ],
);

/**
 * The files of a document (scans, signed copies). The bytes live in the FileStore under
 * `storageKey`; a row exists only once its file is stored.
 */
export const attachments = sqliteTable(
  'attachments',
  {
    id: text('id').primaryKey(),
    documentId: text('document_id')
      .notNull()
      .references(() => documents.id),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    createdBy: text('created_by'),
    createdAt: createdAt(),
  },
  (t) => [index('attachments_document_idx').on(t.documentId)],
);
