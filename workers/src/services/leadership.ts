import { and, desc, eq, gte, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { TenantDb } from '../../../db';
import { members, positions, terms } from '../../../db/tenant/schema';
import { bodies, bodyLabels, positionTitleLabels, positionTitles, type Body } from '../../../shared/leadership';
import { ApiError, invalidField } from '../errors';

export type TermRow = typeof terms.$inferSelect;
export type PositionRow = typeof positions.$inferSelect;

export function termView(t: TermRow, today: string) {
  return {
    id: t.id,
    name: t.name,
    startsOn: t.startsOn,
    endsOn: t.endsOn,
    congress: t.congress,
    notes: t.notes,
    current: t.startsOn <= today && (!t.endsOn || t.endsOn >= today),
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
  };
}

const holder = { id: members.id, fullName: members.fullName, organisation: members.organisation, jobTitle: members.jobTitle, status: members.status, sortName: members.sortName };
const held = (db: TenantDb, where?: SQL) =>
  db
    .select({ p: positions, m: holder, termStartsOn: terms.startsOn })
    .from(positions)
    .innerJoin(members, eq(members.id, positions.memberId))
    .innerJoin(terms, eq(terms.id, positions.termId))
    .where(where);
type Held = Awaited<ReturnType<typeof held>>[number];

export function positionView({ p, m }: Pick<Held, 'p' | 'm'>) {
  const { sortName: _s, ...member } = m;
  return {
    id: p.id,
    termId: p.termId,
    memberId: p.memberId,
    body: p.body,
    title: p.title,
    titleLabel: positionTitleLabels[p.title],
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    notes: p.notes,
    member,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

/** As people expect a leadership list: newest term, then body, then rank (Chủ tịch first), then name. */
function byRank(a: Held, b: Held): number {
  return (
    b.termStartsOn.localeCompare(a.termStartsOn) ||
    bodies.indexOf(a.p.body) - bodies.indexOf(b.p.body) ||
    positionTitles.indexOf(a.p.title) - positionTitles.indexOf(b.p.title) ||
    a.m.sortName.localeCompare(b.m.sortName) ||
    a.p.startsOn.localeCompare(b.p.startsOn) ||
    a.p.id.localeCompare(b.p.id)
  );
}

/** Positions (with their holders) matching `where`, in leadership order. */
export async function findPositions(db: TenantDb, where?: SQL) {
  return (await held(db, where)).sort(byRank).map(positionView);
}

export type PositionView = ReturnType<typeof positionView>;

/** Positions grouped by body, bodies in their fixed order (only those with someone in them). */
export function byBody(list: PositionView[]) {
  return bodies
    .map((body: Body) => ({ body, label: bodyLabels[body], positions: list.filter((p) => p.body === body) }))
    .filter((g) => g.positions.length);
}

/** Held on `day`: started by then and not ended before. */
export const heldOn = (day: string) => and(lte(positions.startsOn, day), or(isNull(positions.endsOn), gte(positions.endsOn, day)));

/** The term running on `day` (the latest to start, if terms overlap). */
export async function termOn(db: TenantDb, day: string): Promise<TermRow | undefined> {
  const [row] = await db
    .select()
    .from(terms)
    .where(and(lte(terms.startsOn, day), or(isNull(terms.endsOn), gte(terms.endsOn, day))))
    .orderBy(desc(terms.startsOn))
    .limit(1);
  return row;
}

export async function findTerm(db: TenantDb, id: string): Promise<TermRow> {
  const [row] = await db.select().from(terms).where(eq(terms.id, id));
  if (!row) throw ApiError.notFound('term');
  return row;
}

const conflict = (path: string, code: string, message: string) => new ApiError(409, code, message, [{ path, message, code }]);

/** Titles only one person holds at a time in a body. */
const singleHolder = new Set(['president', 'secretary_general', 'head']);
const endless = '9999-12-31';

/**
 * A position as it would be stored, checked against its term and member: the term and member
 * exist (422), the dates lie within the term (422; start defaults to the term's), the member
 * does not already hold it then, and nobody else holds a one-person title then (409).
 */
export async function checkPosition(db: TenantDb, p: Omit<PositionRow, 'id' | 'createdAt' | 'updatedAt' | 'startsOn'> & { startsOn: string | null }, exceptId?: string) {
  const [term] = await db.select().from(terms).where(eq(terms.id, p.termId));
  if (!term) throw invalidField('termId', 'term_unknown');
  const [member] = await db.select({ status: members.status }).from(members).where(eq(members.id, p.memberId));
  if (!member || member.status === 'archived') throw invalidField('memberId', 'member_unknown', 'No such member in this workspace (or the member is archived).');
  const startsOn = p.startsOn ?? term.startsOn;
  if (startsOn < term.startsOn || (term.endsOn && startsOn > term.endsOn)) throw invalidField('startsOn', 'outside_term', `The term runs from ${term.startsOn}${term.endsOn ? ` to ${term.endsOn}` : ''}.`);
  if (p.endsOn && term.endsOn && p.endsOn > term.endsOn) throw invalidField('endsOn', 'outside_term', `The term ends on ${term.endsOn}.`);
  if (p.endsOn && p.endsOn < startsOn) throw invalidField('endsOn', 'end_before_start');

  const overlapping = await db
    .select({ id: positions.id, memberId: positions.memberId, title: positions.title, fullName: members.fullName })
    .from(positions)
    .innerJoin(members, eq(members.id, positions.memberId))
    .where(
      and(
        eq(positions.termId, p.termId),
        eq(positions.body, p.body),
        lte(positions.startsOn, p.endsOn ?? endless),
        gte(sql`coalesce(${positions.endsOn}, ${endless})`, startsOn),
      ),
    );
  const others = overlapping.filter((o) => o.id !== exceptId);
  if (others.some((o) => o.memberId === p.memberId && o.title === p.title)) throw conflict('memberId', 'position_duplicate', 'This member already holds this position at that time.');
  const holder = singleHolder.has(p.title) && others.find((o) => o.title === p.title);
  if (holder) throw conflict('title', 'position_taken', `${holder.fullName} holds this position at that time; end their position first.`);
  return { ...p, startsOn };
}
