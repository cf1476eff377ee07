import { and, asc, eq, getTableColumns, gte, lte, ne, sql, type SQL } from 'drizzle-orm';
import type { TenantDb } from '../../../db';
import { attachments, documents } from '../../../db/tenant/schema';
import { localDate, type AttachmentInfo, type CorrespondenceDocument } from '../../../shared/correspondence';
import { normalise } from '../../../shared/text';
import { hasRole, type Role } from '../../../shared/workspace';
import type { CurrentUser } from '../env';
import { auditInsert } from './audit';

export type DocumentRow = typeof documents.$inferSelect;
/** A row as the route prepares it: everything but what the numbering statement computes. */
export type NewDocument = Omit<typeof documents.$inferInsert, 'number' | 'symbol' | 'searchText'>;

/** Classified documents are for admins and owners only. */
export const seesClassified = (role: Role) => hasRole(role, 'admin');

/**
 * The registration instant decides the register year, in the workspace's time zone: a letter
 * registered at 2026-12-31T23:30+07:00 is in 2026's series, one at 2027-01-01T00:10+07:00
 * starts 2027's — though both instants fall on 31 December in UTC.
 */
export function registration(at: Date) {
  const registeredOn = localDate(at);
  return { registeredAt: at, registeredOn, year: Number(registeredOn.slice(0, 4)) };
}

/** What `?q=` matches: subject, sender, symbol, the sender's symbol — without diacritics or case. */
export function searchTextOf(d: { subject: string; sender?: string | null; senderRef?: string | null; symbol?: string | null }): string {
  return normalise([d.subject, d.sender, d.senderRef, d.symbol].filter(Boolean).join(' '));
}

/** `/CV-HHNVN`: what follows the number in an outgoing symbol. */
export const symbolSuffix = (typeCode: string, workspaceCode: string) => `/${typeCode}-${workspaceCode}`;

/**
 * One INSERT … SELECT that takes the next number of the document's series (direction, series,
 * year) and inserts the row with it — so the number is read and used under the same write
 * lock, with nothing in between for a concurrent request to slip into. SQLite runs one writer
 * at a time (in-process, in a file, or on Turso), the unique index on (direction, series, year,
 * number) refuses a duplicate should anything else ever write, and a failed insert takes no
 * number, so the series has no gap. The symbol and search text, which contain the number, are
 * built by the same statement.
 */
export function insertNumbered(db: TenantDb, row: NewDocument, suffix: string | null) {
  const columns = getTableColumns(documents);
  const entries = (Object.entries(row) as [keyof NewDocument, unknown][]).filter(([, v]) => v !== undefined);
  const names = entries.map(([key]) => sql.identifier(columns[key].name));
  const values = entries.map(([key, value]) => sql.param(value, columns[key]));
  const base = searchTextOf({ subject: row.subject, sender: row.sender, senderRef: row.senderRef });
  const symbol = suffix === null ? sql`NULL` : sql`next.n || ${suffix}`;
  const search = suffix === null ? sql`${base}` : sql`${base} || ' ' || next.n || ${normalise(suffix)}`;
  return db.run(sql`
    INSERT INTO ${documents} (${sql.join(names, sql`, `)}, "number", "symbol", "search_text")
    SELECT ${sql.join(values, sql`, `)}, next.n, ${symbol}, ${search}
    FROM (
      SELECT COALESCE(MAX("number"), 0) + 1 AS n FROM ${documents}
      WHERE "direction" = ${row.direction} AND "series" = ${row.series} AND "year" = ${row.year}
    ) AS next`);
}

/** True for the unique-index backstop firing: the caller may simply try again. */
export function isNumberClash(err: unknown): boolean {
  for (let e: unknown = err; e; e = (e as { cause?: unknown }).cause) {
    if (/UNIQUE constraint failed: documents\.direction/.test(String((e as Error).message ?? e))) return true;
  }
  return false;
}

export function attachmentInfo(row: typeof attachments.$inferSelect): AttachmentInfo {
  return { id: row.id, filename: row.filename, contentType: row.contentType, size: row.size, sha256: row.sha256, createdAt: row.createdAt.toISOString() };
}

/** A row as the API shows it; `today` (workspace zone) decides what is overdue. */
export function toDocument(row: DocumentRow, today: string, files?: (typeof attachments.$inferSelect)[]): CorrespondenceDocument {
  const waiting = row.direction === 'in' && row.status === 'registered' && row.deadline !== null && row.replyId === null;
  return {
    id: row.id,
    direction: row.direction,
    series: row.series,
    year: row.year,
    number: row.number,
    symbol: row.symbol,
    typeCode: row.typeCode,
    subject: row.subject,
    documentDate: row.documentDate,
    registeredAt: row.registeredAt.toISOString(),
    registeredOn: row.registeredOn,
    urgency: row.urgency,
    classification: row.classification,
    notes: row.notes,
    sentOn: row.sentOn,
    signer: row.signer,
    recipients: row.recipients,
    filedWith: row.filedWith,
    copies: row.copies,
    language: row.language,
    sender: row.sender,
    senderRef: row.senderRef,
    receivedOn: row.receivedOn,
    assignee: row.assignee,
    deadline: row.deadline,
    progress: row.progress,
    replyId: row.replyId,
    repliedOn: row.repliedOn,
    partnerId: row.partnerId,
    waiting,
    overdue: waiting && row.deadline! < today,
    body: row.body,
    template: row.template,
    status: row.status,
    voidedAt: row.voidedAt?.toISOString() ?? null,
    voidReason: row.voidReason,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    ...(files ? { attachments: files.map(attachmentInfo) } : {}),
  };
}

/** Only what the caller's role may see: classified documents for admins and owners. */
export function visibleTo(role: Role): SQL | undefined {
  return seesClassified(role) ? undefined : eq(documents.series, 'normal');
}

/** The document `id` if the caller may see it, else undefined (the route answers 404). */
export async function findDocument(db: TenantDb, id: string, role: Role): Promise<DocumentRow | undefined> {
  const [row] = await db.select().from(documents).where(and(eq(documents.id, id), visibleTo(role)));
  return row;
}

export async function documentAttachments(db: TenantDb, documentId: string) {
  return db.select().from(attachments).where(eq(attachments.documentId, documentId)).orderBy(asc(attachments.createdAt), asc(attachments.id));
}

/**
 * The documents_out and documents_in indicators (DOMAIN.md "Shared indicators") for the days
 * `from`..`to` (inclusive, registration day in the workspace's zone). Counts only: classified
 * documents are included and nothing about any document is returned. Void entries do not count.
 */
export async function countDocuments(db: TenantDb, range: { from: string; to: string }): Promise<{ documents_out: number; documents_in: number }> {
  const rows = await db
    .select({ direction: documents.direction, n: sql<number>`count(*)` })
    .from(documents)
    .where(and(gte(documents.registeredOn, range.from), lte(documents.registeredOn, range.to), ne(documents.status, 'void')))
    .groupBy(documents.direction);
  const count = (d: string) => Number(rows.find((r) => r.direction === d)?.n ?? 0);
  return { documents_out: count('out'), documents_in: count('in') };
}

/** `countDocuments` for each month of the range ('YYYY-MM' → counts) in one grouped query. */
export async function countDocumentsByMonth(db: TenantDb, range: { from: string; to: string }): Promise<Map<string, { documents_out: number; documents_in: number }>> {
  const month = sql<string>`substr(${documents.registeredOn}, 1, 7)`;
  const rows = await db
    .select({ month, direction: documents.direction, n: sql<number>`count(*)` })
    .from(documents)
    .where(and(gte(documents.registeredOn, range.from), lte(documents.registeredOn, range.to), ne(documents.status, 'void')))
    .groupBy(month, documents.direction);
  const out = new Map<string, { documents_out: number; documents_in: number }>();
  for (const r of rows) {
    const counts = out.get(r.month) ?? { documents_out: 0, documents_in: 0 };
    counts[r.direction === 'out' ? 'documents_out' : 'documents_in'] += Number(r.n);
    out.set(r.month, counts);
  }
  return out;
}

/** `%` and `_` typed by a user match themselves in LIKE. */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Registers a document: the numbered insert and its audit entry in one batch. Should the unique
 * index ever refuse a number (a writer outside this code), it tries again with the next one.
 */
export async function registerDocument(db: TenantDb, actor: CurrentUser, row: NewDocument, suffix: string | null, action = 'document.create'): Promise<DocumentRow> {
  for (let attempt = 1; ; attempt++) {
    try {
      await db.batch([insertNumbered(db, row, suffix), auditInsert(db, actor, { action, entity: 'document', entityId: row.id })]);
      break;
    } catch (err) {
      if (attempt >= 3 || !isNumberClash(err)) throw err;
    }
  }
  const [saved] = await db.select().from(documents).where(eq(documents.id, row.id));
  return saved;
}
