import { query } from '@solidjs/router';
import { ApiError, api, type DocumentQuery, type EventQuery, type MemberQuery, type PartnerQuery, type RollupQuery } from './api';

/**
 * Reads, cached by the router. Every action revalidates them when it completes, so pages
 * show fresh data after any change without refetching by hand.
 */

/** The signed-in user and their workspaces, or null when signed out. */
export const getMe = query(async () => {
  try {
    return await api.me();
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return null;
    throw e;
  }
}, 'me');

export const getWorkspace = query((slug: string) => api.workspace(slug), 'workspace');
export const getPeople = query(async (slug: string) => (await api.people(slug)).items, 'people');
export const getInvitations = query(async (slug: string) => (await api.invitations(slug)).items, 'invitations');
export const getAffiliations = query(async (slug: string) => (await api.affiliations(slug)).items, 'affiliations');
export const getTokens = query(async () => (await api.tokens()).items, 'tokens');
export const getInvitation = query((token: string) => api.invitation(token), 'invitation');

// ── Events (issue 5) ──

/** Every page of a list, following `nextCursor`. */
async function allPages<T>(page: (cursor?: string) => Promise<{ items: T[]; nextCursor: string | null }>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const answer = await page(cursor);
    items.push(...answer.items);
    cursor = answer.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

export const getEvents = query((slug: string, q: EventQuery) => allPages((cursor) => api.events(slug, { ...q, limit: 200, cursor })), 'events');
export const getEvent = query((slug: string, id: string) => api.event(slug, id), 'event');
export const getRegistrations = query((slug: string, id: string, q?: string) => allPages((cursor) => api.registrations(slug, id, { q, cursor })), 'registrations');
export const getOccasions = query(async (slug: string, country?: string) => (await api.occasions(slug, country)).items, 'occasions');
export const getRelations = query(async (slug: string) => (await api.relations(slug)).items, 'relations');
export const getCalendar = query((slug: string) => api.calendar(slug), 'calendar');
export const getMemberChoices = query(async (slug: string, q: string) => (await api.memberChoices(slug, q)).items, 'memberChoices');

// ── Correspondence (issue 6) ──

export const getDocuments = query((slug: string, q: DocumentQuery) => allPages((cursor) => api.documents(slug, { ...q, limit: 200, cursor })), 'documents');
/** A few documents matching `q`, e.g. to pick the reply to an incoming one. */
export const getDocumentChoices = query(async (slug: string, q: DocumentQuery) => (await api.documents(slug, { ...q, limit: 8 })).items, 'documentChoices');
export const getDocument = query((slug: string, id: string) => api.document(slug, id), 'document');
export const getFollowUp = query((slug: string) => allPages((cursor) => api.followUp(slug, cursor)), 'followUp');
export const getLetterTemplates = query(async (slug: string) => (await api.letterTemplates(slug)).items, 'letterTemplates');

// ── Members, leadership, dues (issue 4) ──

/** One page of the register; the list page asks for the next ones itself ("load more"). */
export const getMembers = query((slug: string, q: MemberQuery) => api.members(slug, q), 'members');
export const getMember = query((slug: string, id: string) => api.member(slug, id), 'member');
export const getTerms = query(async (slug: string) => (await api.terms(slug)).items, 'terms');
export const getLeadership = query((slug: string) => api.leadership(slug), 'leadership');
export const getLeadershipHistory = query(async (slug: string) => (await api.leadershipHistory(slug)).items, 'leadershipHistory');
export const getDuesYear = query((slug: string, year: number) => api.duesYear(slug, year), 'duesYear');
export const getUnpaid = query((slug: string, year: number) => allPages((cursor) => api.unpaid(slug, year, cursor)), 'unpaid');
export const getPayments = query((slug: string, year: number) => allPages((cursor) => api.payments(slug, year, cursor)), 'payments');

// ── Partners, agreements, aid, awards (issue 7) ──

export const getPartners = query((slug: string, q: PartnerQuery) => allPages((cursor) => api.partners(slug, { ...q, limit: 200, cursor })), 'partners');
export const getPartner = query((slug: string, id: string) => api.partner(slug, id), 'partner');
export const getPartnerTimeline = query(async (slug: string, id: string) => (await api.partnerTimeline(slug, id)).items, 'partnerTimeline');
/** `expiring`: the reminder list, soonest first; otherwise every agreement, latest signed first. */
export const getAgreements = query((slug: string, expiring: boolean) => allPages((cursor) => api.agreements(slug, { expiring: expiring ? 1 : undefined, limit: 200, cursor })), 'agreements');
export const getAgreement = query((slug: string, id: string) => api.agreement(slug, id), 'agreement');
export const getAid = query((slug: string) => allPages((cursor) => api.aid(slug, cursor)), 'aid');
export const getAwards = query((slug: string) => allPages((cursor) => api.awards(slug, cursor)), 'awards');

// ── Figures and rollups (issue 8) ──

export const getStats = query((slug: string, from?: string, to?: string) => api.stats(slug, { from, to }), 'stats');
export const getRollup = query((slug: string, q: RollupQuery) => api.rollup(slug, q), 'rollup');
export const getClusters = query((slug: string, year: number) => api.clusters(slug, year), 'clusters');

// ── Periodic reports (issue 8) ──

export const getReports = query((slug: string) => allPages((cursor) => api.reports(slug, cursor)), 'reports');
export const getReport = query((slug: string, id: string) => api.report(slug, id), 'report');
export const getSubmissions = query((slug: string, period: string) => api.submissions(slug, period), 'submissions');
export const getReceivedReport = query((slug: string, id: string) => api.receivedReport(slug, id), 'receivedReport');
