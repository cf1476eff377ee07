import { and, eq, gt, inArray, lt, or, sql, type Column, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { TenantDb } from '../../../db';
import { documents, partners } from '../../../db/tenant/schema';
import type { Contact, ContactInput, Partner, PartnerCreate, PartnerPatch } from '../../../shared/partners';
import { normalise } from '../../../shared/text';
import { ApiError, invalidField } from '../errors';

/** `base` with the fields `patch` sets: undefined keeps a field, '' clears it (null). */
export function withPatch<T extends object>(base: T, patch: object): T {
  const next = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined && key in base) next[key] = value === '' ? null : value;
  }
  return next as T;
}

// ── Keyset pages over (date, id): cursor `<YYYY-MM-DD or empty>_<id>` ──

export const dateCursor = z.string().regex(/^(\d{4}-\d{2}-\d{2})?_[a-z0-9]{1,40}$/).optional();

/** The rows after `cursor` in the order (key, id) ascending or descending. */
export function afterCursor(key: Column | SQL, id: Column, cursor: string | undefined, order: 'asc' | 'desc'): SQL | undefined {
  if (!cursor) return undefined;
  const at = cursor.indexOf('_');
  const [k, last] = [cursor.slice(0, at), cursor.slice(at + 1)];
  const beyond = order === 'asc' ? gt : lt;
  const value = sql`${key}`;
  return or(beyond(value, k), and(eq(value, k), beyond(id, last)));
}

/** The first `limit` of `rows` (fetched with one extra) and the cursor after them. */
export function pageOf<T extends { id: string }>(rows: T[], limit: number, keyOf: (row: T) => string | null) {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { page, nextCursor: rows.length > limit ? `${keyOf(last) ?? ''}_${last.id}` : null };
}

// ── Links that must exist in this workspace ──

/** Throws 422 `partner_unknown` at `path` (with the index for a list) for an id that is no partner here. */
export async function requirePartners(db: TenantDb, ids: string[], path: string, list = true): Promise<void> {
  if (!ids.length) return;
  const found = new Set((await db.select({ id: partners.id }).from(partners).where(inArray(partners.id, ids))).map((r) => r.id));
  const missing = ids.findIndex((id) => !found.has(id));
  if (missing >= 0) throw invalidField(list ? `${path}.${missing}` : path, 'partner_unknown');
}

/** Throws 422 `document_unknown` unless `id` is a registered (not voided) document of this workspace. */
export async function requireDocument(db: TenantDb, id: string | null): Promise<void> {
  if (!id) return;
  const [doc] = await db.select({ status: documents.status }).from(documents).where(eq(documents.id, id));
  if (!doc || doc.status !== 'registered') throw invalidField('documentId', 'document_unknown');
}

// ── Partners ──

export type PartnerRow = typeof partners.$inferSelect;
/** The fields a person sets, as stored (every optional field present, null when empty). */
export type PartnerData = Pick<PartnerRow, 'name' | 'nameOriginal' | 'country' | 'kind' | 'since' | 'contacts' | 'notes'>;

const emptyPartner: PartnerData = { name: '', nameOriginal: null, country: '', kind: 'other', since: null, contacts: [], notes: null };

const contactOf = (c: ContactInput): Contact => ({
  name: c.name,
  role: c.role || null,
  email: c.email || null,
  phone: c.phone || null,
  consent: c.consent,
  consentOn: c.consentOn || null,
});

/** `base` with what `patch` sets; contacts stored with every field present. */
export function partnerData(base: PartnerData, patch: PartnerPatch): PartnerData {
  const next = withPatch(base, patch);
  return { ...next, contacts: patch.contacts ? patch.contacts.map(contactOf) : base.contacts };
}

export const newPartnerData = (input: PartnerCreate) => partnerData(emptyPartner, input);

/** The stored row: the data plus the folded name lists are ordered by and the text `q` searches. */
export function partnerRow(id: string, data: PartnerData, createdAt: Date, updatedAt: Date): PartnerRow {
  const searchText = normalise([data.name, data.nameOriginal, ...data.contacts.map((c) => c.name)].filter(Boolean).join(' | '));
  const { name, nameOriginal, country, kind, since, contacts, notes } = data;
  return { id, name, nameOriginal, country, kind, since, contacts, notes, sortName: normalise(name), searchText, createdAt, updatedAt };
}

export function toPartner(row: PartnerRow): Partner {
  return {
    id: row.id,
    name: row.name,
    nameOriginal: row.nameOriginal,
    country: row.country,
    kind: row.kind,
    since: row.since,
    contacts: row.contacts,
    notes: row.notes,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function findPartner(db: TenantDb, id: string): Promise<PartnerRow> {
  const [row] = await db.select().from(partners).where(eq(partners.id, id));
  if (!row) throw ApiError.notFound('partner');
  return row;
}

/**
 * Partner lists go by folded name; the cursor is the last row's `<hex of sortName>_<id>`
 * (hex keeps any script URL-safe).
 */
export const partnerCursor = z.string().regex(/^(?:[0-9a-f]{2}){0,1000}_[a-z0-9]{1,40}$/).optional();

export function encodePartnerCursor(row: { sortName: string; id: string }): string {
  return `${Array.from(new TextEncoder().encode(row.sortName), (b) => b.toString(16).padStart(2, '0')).join('')}_${row.id}`;
}

export function afterPartner(cursor: string | undefined): SQL | undefined {
  if (!cursor) return undefined;
  const [hex, id] = cursor.split('_');
  let name: string;
  try {
    name = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(hex.match(/../g) ?? [], (h) => parseInt(h, 16)));
  } catch {
    throw new ApiError(400, 'malformed', 'The cursor is not one this list gave out.');
  }
  return or(gt(partners.sortName, name), and(eq(partners.sortName, name), gt(partners.id, id)));
}

/** What still points at a partner: agreements it is party to, aid it gives, events that name it, documents (not void) linked to it. */
export async function partnerLinks(db: TenantDb, id: string): Promise<number> {
  const row = await db.get<{ n: number }>(sql`SELECT
    (SELECT count(*) FROM agreement_partners ap WHERE ap.partner_id = ${id})
    + (SELECT count(*) FROM aid_projects a WHERE a.donor_partner_id = ${id})
    + (SELECT count(*) FROM events e WHERE EXISTS (SELECT 1 FROM json_each(e.partner_ids) j WHERE j.value = ${id}))
    + (SELECT count(*) FROM documents d WHERE d.partner_id = ${id} AND d.status <> 'void') AS n`);
  return Number(row.n);
}
