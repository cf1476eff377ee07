import { eq } from 'drizzle-orm';
import type { TenantDb } from '../../../db';
import { members } from '../../../db/tenant/schema';
import type { Member, MemberCreate, MemberPatch } from '../../../shared/members';
import { ApiError } from '../errors';
import { facets, searchText, sortName } from './member-search';

export type MemberRow = typeof members.$inferSelect;
/** The fields a person sets, as stored (every optional field present, null when empty). */
export type MemberData = Omit<MemberRow, 'id' | 'sortName' | 'searchText' | 'facets' | 'createdAt' | 'updatedAt'>;

export const memberDataKeys = [
  'kind', 'fullName', 'gender', 'birthYear', 'email', 'phone', 'organisation', 'jobTitle', 'address', 'province',
  'category', 'status', 'joinedOn', 'countries', 'languages', 'tags', 'notes',
] as const satisfies readonly (keyof MemberData)[];

const empty: MemberData = {
  kind: 'individual', fullName: '', gender: null, birthYear: null, email: null, phone: null, organisation: null, jobTitle: null,
  address: null, province: null, category: 'official', status: 'active', joinedOn: null, countries: [], languages: [], tags: [], notes: null,
};

/** `base` with the fields `patch` sets; '' clears a field, lists lose duplicates. */
export function applyPatch(base: MemberData, patch: MemberPatch | MemberCreate): MemberData {
  const next: Record<string, unknown> = { ...base };
  for (const key of memberDataKeys) {
    const value = (patch as Record<string, unknown>)[key];
    if (value === undefined) continue;
    next[key] = value === '' ? null : Array.isArray(value) ? [...new Set(value)] : value;
  }
  return next as MemberData;
}

/** A new member's data: defaults (individual, official, active) for what `input` leaves out. */
export const newMemberData = (input: MemberPatch & { fullName: string }) => applyPatch(empty, input);

export function dataOf(row: MemberData): MemberData {
  const data = {} as Record<string, unknown>;
  for (const key of memberDataKeys) data[key] = row[key];
  return data as MemberData;
}

export function sameData(a: MemberData, b: MemberData): boolean {
  return memberDataKeys.every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));
}

/** The full row to write: the data plus the columns derived from it. */
export function memberRow(id: string, data: MemberData, createdAt: Date, updatedAt: Date): MemberRow {
  return { id, ...data, sortName: sortName(data.fullName), searchText: searchText(data), facets: facets(data), createdAt, updatedAt };
}

type Listed = MemberData & Pick<MemberRow, 'id' | 'createdAt' | 'updatedAt'> & { duesPaid?: number | boolean | null };

/** A row as the API shows it (API.md "Members"). */
export function toMember(row: Listed): Member {
  const paid = row.duesPaid;
  return { id: row.id, ...dataOf(row), duesPaid: paid === null || paid === undefined ? null : Boolean(paid), createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}

/** The member `id` of this workspace, or 404. */
export async function findMember(db: TenantDb, id: string): Promise<MemberRow> {
  const [row] = await db.select().from(members).where(eq(members.id, id));
  if (!row) throw ApiError.notFound('member');
  return row;
}

/** A member with this e-mail other than `exceptId`, if any. */
export async function emailOwner(db: TenantDb, email: string | null, exceptId?: string) {
  if (!email) return null;
  const [row] = await db.select({ id: members.id, fullName: members.fullName }).from(members).where(eq(members.email, email));
  return row && row.id !== exceptId ? row : null;
}

export const emailTaken = (email: string, who?: string) =>
  new ApiError(409, 'member_email_taken', `Another member${who ? ` (${who})` : ''} already has the e-mail ${email}.`, [
    { path: 'email', message: `Already used by ${who ?? 'another member'}.`, code: 'email_taken' },
  ]);
