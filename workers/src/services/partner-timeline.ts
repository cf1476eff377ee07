import { desc, eq, sql } from 'drizzle-orm';
import type { TenantDb } from '../../../db';
import { agreements, aidProjects, events } from '../../../db/tenant/schema';
import { agreementStatus, type AgreementStatus, type AidStatus } from '../../../shared/partners';
import { formatDate, localParts } from '../../../shared/time';
import { agreementSelection, dataOf, partyOf } from './agreements';

export type TimelineItem =
  | { kind: 'agreement'; id: string; date: string; title: string; status: AgreementStatus }
  | { kind: 'aid'; id: string; date: string; title: string; status: AidStatus }
  | { kind: 'event'; id: string; date: string; title: string; type: string };

/** The day an instant falls on in Vietnam (UTC+7 all year). */
const vietnamDay = (at: Date) => new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 10);

/**
 * Everything linked to a partner, newest first: agreements it is party to (dated by signing),
 * aid projects it gives (by start, else the day entered) and events that name it (by the local
 * start date; a series once, by its first occurrence). The correspondence register has no
 * partner link yet, so documents do not appear.
 */
export async function partnerTimeline(db: TenantDb, partnerId: string, today: string): Promise<TimelineItem[]> {
  const [deals, aid, activities] = await db.batch([
    db.select(agreementSelection).from(agreements).where(partyOf(partnerId)),
    db.select({ id: aidProjects.id, title: aidProjects.title, status: aidProjects.status, startsOn: aidProjects.startsOn, createdAt: aidProjects.createdAt }).from(aidProjects).where(eq(aidProjects.donorPartnerId, partnerId)),
    db
      .select({ id: events.id, title: events.title, type: events.type, startsAt: events.startsAt, timeZone: events.timeZone })
      .from(events)
      .where(sql`EXISTS (SELECT 1 FROM json_each(${events.partnerIds}) j WHERE j.value = ${partnerId})`)
      .orderBy(desc(events.startsAt)),
  ]);
  const items: TimelineItem[] = [
    ...deals.map((s) => ({ kind: 'agreement' as const, id: s.row.id, date: s.row.signedOn, title: s.row.title, status: agreementStatus(dataOf(s), today) })),
    ...aid.map((a) => ({ kind: 'aid' as const, id: a.id, date: a.startsOn ?? vietnamDay(a.createdAt), title: a.title, status: a.status })),
    ...activities.map((e) => ({ kind: 'event' as const, id: e.id, date: formatDate(localParts(e.startsAt.getTime(), e.timeZone)), title: e.title, type: e.type })),
  ];
  return items.sort((a, b) => (a.date === b.date ? (a.kind + a.id < b.kind + b.id ? -1 : 1) : a.date < b.date ? 1 : -1));
}
