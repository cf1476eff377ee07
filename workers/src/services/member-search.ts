import { and, asc, eq, gt, ne, or, sql, type SQL } from 'drizzle-orm';
import type { SelectedFields } from 'drizzle-orm/sqlite-core';
import type { TenantDb } from '../../../db';
import { members } from '../../../db/tenant/schema';
import type { MemberFilters } from '../../../shared/members';
import { normalise, words } from '../../../shared/text';
import { ApiError } from '../errors';
import { dueFor, paidFor } from './dues-sql';

interface Searchable {
  fullName: string;
  email?: string | null;
  phone?: string | null;
  organisation?: string | null;
}

/**
 * The text search matches against: ' name words | other words ', folded (no diacritics,
 * đ → d, lower case): the name, then e-mail, organisation and the phone's digits (in both the
 * +84 and the 0… form). Kept in members.search_text and rewritten on every write.
 */
export function searchText(m: Searchable): string {
  const others = [...words(m.email ?? ''), ...words(m.organisation ?? '')];
  const digits = (m.phone ?? '').replace(/\D/g, '');
  if (digits) others.push(digits, ...(digits.startsWith('84') && digits.length > 9 ? [`0${digits.slice(2)}`] : []));
  return ` ${words(m.fullName).join(' ')} | ${others.join(' ')} `;
}

/** Tags (folded) and countries as '|t:ban-chap-hanh|c:JP|', so that filters read the list index. */
export function facets(m: { tags: string[]; countries: string[] }): string {
  return `|${[...m.tags.map((t) => `t:${normalise(t)}`), ...m.countries.map((c) => `c:${c}`)].join('|')}|`;
}

/** The key lists are ordered by: the folded full name (ties broken by id). */
export function sortName(fullName: string): string {
  return normalise(fullName);
}

/**
 * Whether `text` holds the query word `w`: a word of letters as the start of a word ('an'
 * finds 'An' and 'Anh', not 'Lan'), a number anywhere (part of a phone).
 */
const holds = (text: SQL, w: string) => (/^\d+$/.test(w) ? sql`instr(${text}, ${w}) > 0` : sql`instr(${text}, ${` ${w}`}) > 0`);
const wholeText = sql`${members.searchText}`;
const nameText = sql`substr(${members.searchText}, 1, instr(${members.searchText}, '|'))`;

const hasFacet = (facet: string) => sql`instr(${members.facets}, ${`|${facet}|`}) > 0`;

type Key = [rank: number, sortName: string, id: string];

function decodeCursor(cursor: string): Key {
  let key: unknown;
  try {
    const bin = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
    key = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bin, (ch) => ch.charCodeAt(0))));
  } catch {
    key = null;
  }
  if (!Array.isArray(key) || key.length !== 3 || (key[0] !== 0 && key[0] !== 1) || typeof key[1] !== 'string' || typeof key[2] !== 'string') {
    throw new ApiError(400, 'malformed', 'The cursor is not one this list gave out.');
  }
  return key as Key;
}

/** The cursor after a row of a page: its (rank, sortName, id), base64url of JSON. */
export function encodeCursor(row: { rank: number; sortName: string; id: string }): string {
  const bytes = new TextEncoder().encode(JSON.stringify([row.rank, row.sortName, row.id]));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const byName = [asc(members.sortName), asc(members.id)];
const afterName = (k: Key) => or(gt(members.sortName, k[1]), and(eq(members.sortName, k[1]), gt(members.id, k[2])));

/** The filters of a member list as SQL; archived members only when asked for. */
function filterSql(f: MemberFilters): (SQL | undefined)[] {
  return [
    f.status ? eq(members.status, f.status) : ne(members.status, 'archived'),
    f.category ? eq(members.category, f.category) : undefined,
    f.kind ? eq(members.kind, f.kind) : undefined,
    f.tag ? hasFacet(`t:${normalise(f.tag)}`) : undefined,
    f.country ? hasFacet(`c:${f.country}`) : undefined,
    f.unpaid ? sql`${dueFor(f.unpaid)} > ${paidFor(f.unpaid)}` : undefined,
  ];
}

const queryWords = (q: string | undefined) => words(q ?? '').slice(0, 8);

/** Every member a list with these filters and search shows: for the export. */
export function memberWhere(f: MemberFilters) {
  return and(...filterSql(f), ...queryWords(f.q).map((w) => holds(wholeText, w)));
}
export const memberOrder = byName;

/**
 * One page of a member list. Without a search, in name order, read off the list index and
 * stopping at the end of the page. With one, members whose name holds every word come first
 * (rank 0), then those that hold them elsewhere — e-mail, organisation, phone (rank 1): that
 * takes one scan of the list index (it covers every column filters and search read) and a
 * sort of the matches, cheaper than two ordered scans when matches are rare (see
 * docs/benchmarks.md). Only the page's rows are then fetched.
 */
export async function memberPage<F extends SelectedFields>(db: TenantDb, f: MemberFilters, cursor: string | undefined, limit: number, fields: F) {
  const key = cursor ? decodeCursor(cursor) : undefined;
  const ws = queryWords(f.q);
  const rank = ws.length ? sql<number>`(case when ${and(...ws.map((w) => holds(nameText, w)))} then 0 else 1 end)` : sql<number>`0`;
  const after = !key ? undefined : ws.length ? or(sql`${rank} > ${key[0]}`, and(sql`${rank} = ${key[0]}`, afterName(key))) : afterName(key);
  const page = db
    .select({ id: members.id, key: members.sortName, rank: rank.as('rank') })
    .from(members)
    .where(and(...filterSql(f), ...ws.map((w) => holds(wholeText, w)), after))
    .orderBy(...(ws.length ? [asc(rank)] : []), ...byName)
    .limit(limit + 1)
    .as('page');
  // Ordered by the page's own columns, so that SQLite reads the page first and looks its rows up.
  const rows = await db
    .select({ ...fields, rank: page.rank, sortName: page.key, id: page.id })
    .from(page)
    .innerJoin(members, eq(members.id, page.id))
    .orderBy(asc(page.rank), asc(page.key), asc(page.id));
  const items = rows.slice(0, limit);
  const last = items[items.length - 1] as unknown as { rank: number; sortName: string; id: string };
  return { page: items, nextCursor: rows.length > limit ? encodeCursor(last) : null };
}
