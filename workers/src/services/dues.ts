import { eq, getTableColumns, ne, sql } from 'drizzle-orm';
import type { TenantDb } from '../../../db';
import { duesPayments, members } from '../../../db/tenant/schema';
import { dueFor, duesPaidFor, paidFor } from './dues-sql';
import { memberPage } from './member-search';

const { searchText: _s, facets: _f, ...listed } = getTableColumns(members);
/** The member columns an answer needs, with this year's dues flag. */
export const memberSelection = (year: number) => ({ ...listed, duesPaid: duesPaidFor(year) });

export async function readMember(db: TenantDb, id: string, year: number) {
  const [row] = await db.select(memberSelection(year)).from(members).where(eq(members.id, id));
  return row;
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
