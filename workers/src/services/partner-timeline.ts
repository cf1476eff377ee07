import { and, desc, eq, ne, sql } from 'drizzle-orm';
import type { TenantDb } from '../../../db';
import { agreements, aidProjects, documents, events } from '../../../db/tenant/schema';
import type { Direction } from '../../../shared/correspondence';
import { vietnamDay } from '../../../shared/partner-indicators';
import { agreementStatus, type AgreementStatus, type AidStatus } from '../../../shared/partners';
import { formatDate, localParts } from '../../../shared/time';
import type { Role } from '../../../shared/workspace';
import { agreementSelection, dataOf, partyOf } from './agreements';
import { visibleTo } from './correspondence';

export type TimelineItem =
  | { kind: 'agreement'; id: string; date: string; title: string; status: AgreementStatus }
  | { kind: 'aid'; id: string; date: string; title: string; status: AidStatus }
  | { kind: 'event'; id: string; date: string; title: string; type: string }
  | { kind: 'document'; id: string; date: string; title: string; direction: Direction; reference: string | null };

/**
 * Everything linked to a partner, newest first: agreements it is party to (dated by signing),
 * aid projects it gives (by start, else the day entered), events that name it (by the local
 * start date; a series once, by its first occurrence) and the documents of the correspondence
 * register linked to it (by the document's date, else the registration day; void entries left
 * out, classified ones only for `role`s that see them).
 */
export async function partnerTimeline(db: TenantDb, partnerId: string, today: string, role: Role): Promise<TimelineItem[]> {
  const [deals, aid, activities, letters] = await db.batch([
    db.select(agreementSelection).from(agreements).where(partyOf(partnerId)),
    db.select({ id: aidProjects.id, title: aidProjects.title, status: aidProjects.status, startsOn: aidProjects.startsOn, createdAt: aidProjects.createdAt }).from(aidProjects).where(eq(aidProjects.donorPartnerId, partnerId)),
    db
      .select({ id: events.id, title: events.title, type: events.type, startsAt: events.startsAt, timeZone: events.timeZone })
      .from(events)
      .where(sql`EXISTS (SELECT 1 FROM json_each(${events.partnerIds}) j WHERE j.value = ${partnerId})`)
      .orderBy(desc(events.startsAt)),
    db
      .select({ id: documents.id, subject: documents.subject, direction: documents.direction, symbol: documents.symbol, senderRef: documents.senderRef, documentDate: documents.documentDate, registeredOn: documents.registeredOn })
      .from(documents)
      .where(and(eq(documents.partnerId, partnerId), ne(documents.status, 'void'), visibleTo(role))),
  ]);
  const items: TimelineItem[] = [
    ...deals.map((s) => ({ kind: 'agreement' as const, id: s.row.id, date: s.row.signedOn, title: s.row.title, status: agreementStatus(dataOf(s), today) })),
    ...aid.map((a) => ({ kind: 'aid' as const, id: a.id, date: a.startsOn ?? vietnamDay(a.createdAt), title: a.title, status: a.status })),
    ...activities.map((e) => ({ kind: 'event' as const, id: e.id, date: formatDate(localParts(e.startsAt.getTime(), e.timeZone)), title: e.title, type: e.type })),
    ...letters.map((d) => ({ kind: 'document' as const, id: d.id, date: d.documentDate ?? d.registeredOn, title: d.subject, direction: d.direction, reference: d.symbol ?? d.senderRef })),
  ];
  return items.sort((a, b) => (a.date === b.date ? (a.kind + a.id < b.kind + b.id ? -1 : 1) : a.date < b.date ? 1 : -1));
}
