import { eq, getTableColumns, ne, sql } from 'drizzle-orm';
import type { TenantDb } from '../../../db';
import { duesPayments, members } from '../../../db/tenant/schema';
import { dueFor, duesPaidFor, paidFor } from './dues-sql';
import { memberPage } from './member-search';

const { searchText: _s, facets: _f, ...listed } = getTableColumns(members);
const listedColumns = Object.entries(listed);
const memberFields = sql.join(
  listedColumns.map(([key, column]) => sql`${sql.raw(`'${key}'`)}, ${sql.identifier('members')}.${sql.identifier(column.name)}`),
  sql`, `,
);

/**
 * The member columns an answer needs, with this year's dues flag, as ONE JSON text per row:
 * libSQL's client is several times slower at reading twenty columns than one (a page of 50
 * members: 1.1 ms against 0.3 ms), and lists are the hot path. `listedFromJson` reads it back
 * with each column's own drizzle mapping, so the values are exactly what a plain select gives.
 */
export const memberSelection = (year: number) => ({ member: sql<string>`json_object(${memberFields}, 'duesPaid', ${duesPaidFor(year)})` });

export function listedFromJson(text: string) {
  const row = JSON.parse(text) as Record<string, unknown>;
  for (const [key, column] of listedColumns) if (row[key] !== null) row[key] = column.mapFromDriverValue(row[key]);
  return row as typeof members.$inferSelect & { duesPaid: number | null };
}

export async function readMember(db: TenantDb, id: string, year: number) {
  const [row] = await db.select(memberSelection(year)).from(members).where(eq(members.id, id));
  return row && listedFromJson(row.member);
}

/** How collection stands for `year`, in one query over the register plus one over payments. */
export async function duesSummary(db: TenantDb, year: number) {
  const per = db.select({ due: dueFor(year).as('due'), paid: paidFor(year).as('paid') }).from(members).where(ne(members.status, 'archived')).as('per');
  const [s] = await db
    .select({
      owing: sql<number>`coalesce(sum(${per.due} > 0), 0)`,
      paidInFull: sql<number>`coalesce(sum(${per.due} > 0 and ${per.paid} >= ${per.due}), 0)`,
      due: sql<number>`coalesce(sum(${per.due}), 0)`,
      outstanding: sql<number>`coalesce(sum(max(${per.due} - ${per.paid}, 0)), 0)`,
    })
    .from(per);
  const [paid] = await db.select({ collected: sql<number>`coalesce(sum(${duesPayments.amount}), 0)` }).from(duesPayments).where(eq(duesPayments.year, year));
  return { ...s, collected: paid.collected };
}

/** Members who owe dues for `year` and have not paid in full, by name, a page at a time. */
export async function unpaidMembers(db: TenantDb, year: number, limit: number, cursor?: string) {
  const fields = { fullName: members.fullName, category: members.category, email: members.email, phone: members.phone, organisation: members.organisation, due: dueFor(year), paid: paidFor(year) };
  const { page, nextCursor } = await memberPage(db, { unpaid: year }, cursor, limit, fields);
  return {
    items: page.map(({ rank: _r, sortName: _s, due, paid, ...member }) => ({ member, due, paid, outstanding: due - paid })),
    nextCursor,
  };
}
