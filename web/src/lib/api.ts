import type { z } from 'zod';
import type { Locale, invitationCreate, mePatch, signIn, signUp } from '../../../shared/account';
import type { AffiliationStatus, Role, WorkspaceCreate, WorkspaceKind, WorkspacePatch } from '../../../shared/workspace';
import type { EventCreate, EventPatch, OccurrencePatch, RegistrationCreate } from '../../../shared/events';
import { searchOf, type CalendarFeed, type EventOccurrence, type EventQuery, type EventSeries, type ListedEvent, type MemberChoice, type Occasion, type Registration, type Relation } from './api-events';
import type { DocumentCreate } from '../../../shared/correspondence';
import type { LetterInput } from '../../../shared/letters';
import { sendCsv, type DuesYear, type ImportCounts, type Leadership, type Member, type MemberQuery, type Payment, type Term, type TermHistory, type UnpaidMember, type Position } from './api-members';
import type { MemberCreate, MemberPatch } from '../../../shared/members';
import type { PositionCreate, PositionPatch, TermCreate } from '../../../shared/leadership';
import type { DuesRatesPut, PaymentCreate } from '../../../shared/dues';
import type { Agreement, Aid, Award, Partner, PartnerQuery, TimelineItem } from './api-partners';
import type { ListedReport, NarrativePatch, ReceivedReport, Report, Submissions } from './api-reports';
import type { AgreementCreate, AgreementPatch, AgreementRenew, AidCreate, AwardCreate, PartnerCreate, PartnerPatch } from '../../../shared/partners';
import { sendFile, type AttachmentInfo, type CorrespondenceDocument, type DocumentQuery, type LetterTemplate, type RenderedLetter } from './api-correspondence';
import { searchWithGroup, type Rollup, type RollupQuery, type Stats } from './api-rollup';
import type { Cluster, ClusterYear } from '../../../shared/clusters';
import type { ClusterCreate } from '../../../shared/clusters';

export * from './api-events';
export * from './api-members';
export type * from './api-correspondence';
export type * from './api-partners';
export type * from './api-reports';
export type * from './api-rollup';
export type { Cluster, ClusterWorkspace, ClusterYear } from '../../../shared/clusters';

/** One field's problem: `code` is a key of shared/messages.ts or a zod issue code. */
export interface FieldError {
  path: string;
  message: string;
  code?: string;
}

/** Any failed request: the server's problem+json, or `network` when there was no answer. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly errors: FieldError[] = [],
  ) {
    super(detail);
  }

  static async from(res: Response): Promise<ApiError> {
    const body = await res.json().catch(() => ({}));
    return new ApiError(res.status, body.code ?? `http_${res.status}`, body.detail ?? res.statusText, body.errors ?? []);
  }
}

export interface User {
  id: string;
  name: string;
  email: string;
  locale: Locale;
}

export interface Me {
  user: User;
  workspaces: { slug: string; name: string; kind: WorkspaceKind; role: Role }[];
}

export interface Workspace {
  slug: string;
  name: string;
  kind: WorkspaceKind;
  code: string;
  countries: string[];
  parent: { slug: string; status: AffiliationStatus } | null;
  role: Role;
  /** Approved affiliates (GET /w/:ws only): a rollup has something to add up. */
  affiliates?: number;
}

export interface Person {
  userId: string;
  name: string;
  email: string;
  role: Role;
  since: string;
}

export interface Invitation {
  id: string;
  email: string;
  role: Role;
  createdAt: string;
  expiresAt: string;
}

export interface InvitationPreview {
  workspace: { slug: string; name: string; kind: WorkspaceKind };
  email: string;
  role: Role;
}

export interface Affiliation {
  slug: string;
  name: string;
  kind: WorkspaceKind;
  status: AffiliationStatus;
  requestedAt: string;
}

export interface ApiToken {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

interface List<T> {
  items: T[];
  nextCursor: string | null;
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`/api${path}`, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', 'The server could not be reached.');
  }
  if (!res.ok) throw await ApiError.from(res);
  return (res.status === 204 ? undefined : await res.json()) as T;
}

const ws = (slug: string, rest = '') => `/w/${encodeURIComponent(slug)}${rest}`;

/** Every API call the web app makes, typed after API.md. */
export const api = {
  signUp: (body: z.input<typeof signUp>) => request<unknown>('POST', '/auth/sign-up/email', body),
  signIn: (body: z.input<typeof signIn>) => request<unknown>('POST', '/auth/sign-in/email', body),
  signOut: () => request<unknown>('POST', '/auth/sign-out', {}),
  requestPasswordReset: (email: string) => request<unknown>('POST', '/auth/request-password-reset', { email }),
  resetPassword: (token: string, newPassword: string) => request<unknown>('POST', '/auth/reset-password', { token, newPassword }),

  me: () => request<Me>('GET', '/me'),
  updateMe: (patch: z.input<typeof mePatch>) => request<User>('PATCH', '/me', patch),
  tokens: () => request<List<ApiToken>>('GET', '/tokens'),
  createToken: (name: string) => request<{ id: string; name: string; token: string }>('POST', '/tokens', { name }),
  revokeToken: (id: string) => request<void>('DELETE', `/tokens/${encodeURIComponent(id)}`),

  createWorkspace: (body: WorkspaceCreate) => request<Workspace>('POST', '/workspaces', body),
  workspace: (slug: string) => request<Workspace>('GET', ws(slug)),
  updateWorkspace: (slug: string, patch: WorkspacePatch) => request<Workspace>('PATCH', ws(slug), patch),
  requestParent: (slug: string, parent: string) => request<Workspace>('PUT', ws(slug, '/parent'), { parent }),
  leaveParent: (slug: string) => request<void>('DELETE', ws(slug, '/parent')),

  people: (slug: string) => request<List<Person>>('GET', ws(slug, '/users')),
  changeRole: (slug: string, userId: string, role: Role) => request<Person>('PATCH', ws(slug, `/users/${encodeURIComponent(userId)}`), { role }),
  removePerson: (slug: string, userId: string) => request<void>('DELETE', ws(slug, `/users/${encodeURIComponent(userId)}`)),

  invitations: (slug: string) => request<List<Invitation>>('GET', ws(slug, '/invitations')),
  invite: (slug: string, body: z.input<typeof invitationCreate>) =>
    request<{ id: string; email: string; role: Role; acceptUrl: string }>('POST', ws(slug, '/invitations'), body),
  withdrawInvitation: (slug: string, id: string) => request<void>('DELETE', ws(slug, `/invitations/${encodeURIComponent(id)}`)),
  invitation: (token: string) => request<InvitationPreview>('GET', `/invitations/${encodeURIComponent(token)}`),
  acceptInvitation: (token: string) => request<{ workspace: { slug: string; role: Role } }>('POST', `/invitations/${encodeURIComponent(token)}/accept`),

  affiliations: (slug: string) => request<List<Affiliation>>('GET', ws(slug, '/affiliations')),
  decideAffiliation: (slug: string, child: string, verb: 'approve' | 'reject') =>
    request<unknown>('POST', ws(slug, `/affiliations/${encodeURIComponent(child)}/${verb}`)),

  // ── Events, registrations, calendar, occasions (issue 5; shapes in api-events.ts) ──
  events: (slug: string, q: EventQuery) => request<List<ListedEvent>>('GET', ws(slug, `/events${searchOf(q)}`)),
  event: (slug: string, id: string) => request<EventSeries>('GET', eventPath(slug, id)),
  createEvent: (slug: string, body: EventCreate) => request<EventSeries>('POST', ws(slug, '/events'), body),
  updateEvent: (slug: string, id: string, patch: EventPatch) => request<EventSeries>('PATCH', eventPath(slug, id), patch),
  deleteEvent: (slug: string, id: string) => request<void>('DELETE', eventPath(slug, id)),
  updateOccurrence: (slug: string, id: string, date: string, patch: OccurrencePatch) =>
    request<EventOccurrence>('PATCH', eventPath(slug, id, `/occurrences/${date}`), patch),
  restoreOccurrence: (slug: string, id: string, date: string) => request<void>('DELETE', eventPath(slug, id, `/occurrences/${date}`)),
  registrations: (slug: string, id: string, q: { q?: string; cursor?: string }) =>
    request<List<Registration>>('GET', eventPath(slug, id, `/registrations${searchOf({ ...q, limit: 200 })}`)),
  register: (slug: string, id: string, body: RegistrationCreate) => request<Registration>('POST', eventPath(slug, id, '/registrations'), body),
  cancelRegistration: (slug: string, id: string, rid: string) =>
    request<Registration>('POST', eventPath(slug, id, `/registrations/${encodeURIComponent(rid)}/cancel`)),
  checkIn: (slug: string, id: string, rid: string) => request<Registration>('POST', eventPath(slug, id, `/registrations/${encodeURIComponent(rid)}/check-in`)),
  occasions: (slug: string, country?: string) => request<List<Occasion>>('GET', ws(slug, `/occasions${searchOf({ country })}`)),
  relations: (slug: string) => request<List<Relation>>('GET', ws(slug, '/occasions/relations')),
  setRelation: (slug: string, country: string, since: string) =>
    request<Relation>('PUT', ws(slug, `/occasions/relations/${encodeURIComponent(country)}`), { since }),
  resetRelation: (slug: string, country: string) => request<void>('DELETE', ws(slug, `/occasions/relations/${encodeURIComponent(country)}`)),
  calendar: (slug: string) => request<CalendarFeed>('GET', ws(slug, '/calendar')),
  rotateCalendar: (slug: string) => request<CalendarFeed>('POST', ws(slug, '/calendar/rotate')),
  memberChoices: (slug: string, q: string) => request<List<MemberChoice>>('GET', ws(slug, `/members${searchOf({ q, limit: 8 })}`)),

  // ── Correspondence registers, attachments, letters (issue 6; shapes in api-correspondence.ts) ──
  documents: (slug: string, q: DocumentQuery) => request<List<CorrespondenceDocument>>('GET', ws(slug, `/correspondence${searchOf(q)}`)),
  followUp: (slug: string, cursor?: string) => request<List<CorrespondenceDocument>>('GET', ws(slug, `/correspondence/follow-up${searchOf({ cursor, limit: 200 })}`)),
  document: (slug: string, id: string) => request<CorrespondenceDocument>('GET', documentPath(slug, id)),
  createDocument: (slug: string, body: DocumentCreate) => request<CorrespondenceDocument>('POST', ws(slug, '/correspondence'), body),
  voidDocument: (slug: string, id: string, reason?: string) => request<CorrespondenceDocument>('POST', documentPath(slug, id, '/void'), { reason }),
  linkReply: (slug: string, id: string, replyId: string | null) => request<CorrespondenceDocument>('POST', documentPath(slug, id, '/reply'), { replyId }),
  uploadAttachment: (slug: string, id: string, file: File, onProgress: (sent: number) => void) =>
    upload<AttachmentInfo>(documentPath(slug, id, '/attachments'), file, onProgress),
  deleteAttachment: (slug: string, id: string, aid: string) => request<void>('DELETE', documentPath(slug, id, `/attachments/${encodeURIComponent(aid)}`)),
  letterTemplates: (slug: string) => request<List<LetterTemplate>>('GET', ws(slug, '/letter-templates')),
  previewLetter: (slug: string, body: LetterInput) => request<RenderedLetter>('POST', ws(slug, '/letters/preview'), body),
  issueLetter: (slug: string, body: LetterInput) => request<CorrespondenceDocument>('POST', ws(slug, '/letters/issue'), body),
  // ── Members, leadership, dues (issue 4; shapes in api-members.ts) ──
  members: (slug: string, q: MemberQuery) => request<List<Member>>('GET', ws(slug, `/members${searchOf(q)}`)),
  member: (slug: string, id: string) => request<Member>('GET', memberPath(slug, id)),
  createMember: (slug: string, body: MemberCreate) => request<Member>('POST', ws(slug, '/members'), body),
  updateMember: (slug: string, id: string, patch: MemberPatch) => request<Member>('PATCH', memberPath(slug, id), patch),
  archiveMember: (slug: string, id: string) => request<void>('DELETE', memberPath(slug, id)),
  restoreMember: (slug: string, id: string) => request<Member>('POST', memberPath(slug, id, '/restore')),
  importMembers: (slug: string, file: File, dryRun: boolean, onProgress: (sent: number) => void) =>
    upload<ImportCounts>(ws(slug, `/members/import${searchOf({ dryRun: dryRun ? 1 : undefined })}`), file, onProgress, sendCsv),
  terms: (slug: string) => request<List<Term>>('GET', ws(slug, '/terms')),
  createTerm: (slug: string, body: TermCreate) => request<Term>('POST', ws(slug, '/terms'), body),
  assignPosition: (slug: string, body: PositionCreate) => request<Position>('POST', ws(slug, '/positions'), body),
  updatePosition: (slug: string, id: string, patch: PositionPatch) => request<Position>('PATCH', ws(slug, `/positions/${encodeURIComponent(id)}`), patch),
  removePosition: (slug: string, id: string) => request<void>('DELETE', ws(slug, `/positions/${encodeURIComponent(id)}`)),
  leadership: (slug: string) => request<Leadership>('GET', ws(slug, '/leadership')),
  leadershipHistory: (slug: string) => request<List<TermHistory>>('GET', ws(slug, '/leadership/history')),
  duesYear: (slug: string, year: number) => request<DuesYear>('GET', ws(slug, `/dues/${year}`)),
  setDuesRates: (slug: string, year: number, body: DuesRatesPut) => request<DuesYear>('PUT', ws(slug, `/dues/${year}`), body),
  unpaid: (slug: string, year: number, cursor?: string) => request<List<UnpaidMember>>('GET', ws(slug, `/dues/${year}/unpaid${searchOf({ cursor, limit: 200 })}`)),
  recordPayment: (slug: string, body: PaymentCreate) => request<Payment>('POST', ws(slug, '/dues/payments'), body),
  payments: (slug: string, year: number, cursor?: string) => request<List<Payment>>('GET', ws(slug, `/dues/payments${searchOf({ year, cursor, limit: 200 })}`)),
  removePayment: (slug: string, id: string) => request<void>('DELETE', ws(slug, `/dues/payments/${encodeURIComponent(id)}`)),

  // ── Partners, agreements, aid, awards (issue 7; shapes in api-partners.ts) ──
  partners: (slug: string, q: PartnerQuery) => request<List<Partner>>('GET', ws(slug, `/partners${searchOf(q)}`)),
  partner: (slug: string, id: string) => request<Partner>('GET', ws(slug, `/partners/${encodeURIComponent(id)}`)),
  partnerTimeline: (slug: string, id: string) => request<List<TimelineItem>>('GET', ws(slug, `/partners/${encodeURIComponent(id)}/timeline`)),
  createPartner: (slug: string, body: PartnerCreate) => request<Partner>('POST', ws(slug, '/partners'), body),
  updatePartner: (slug: string, id: string, body: PartnerPatch) => request<Partner>('PATCH', ws(slug, `/partners/${encodeURIComponent(id)}`), body),
  deletePartner: (slug: string, id: string) => request<void>('DELETE', ws(slug, `/partners/${encodeURIComponent(id)}`)),
  agreement: (slug: string, id: string) => request<Agreement>('GET', ws(slug, `/agreements/${encodeURIComponent(id)}`)),
  updateAgreement: (slug: string, id: string, body: AgreementPatch) => request<Agreement>('PATCH', ws(slug, `/agreements/${encodeURIComponent(id)}`), body),
  renewAgreement: (slug: string, id: string, body: AgreementRenew) => request<Agreement>('POST', ws(slug, `/agreements/${encodeURIComponent(id)}/renew`), body),
  deleteAgreement: (slug: string, id: string) => request<void>('DELETE', ws(slug, `/agreements/${encodeURIComponent(id)}`)),
  createAid: (slug: string, body: AidCreate) => request<Aid>('POST', ws(slug, '/aid'), body),
  createAward: (slug: string, body: AwardCreate) => request<Award>('POST', ws(slug, '/awards'), body),
  agreements: (slug: string, q: { expiring?: 1; partnerId?: string; limit?: number; cursor?: string }) => request<List<Agreement>>('GET', ws(slug, `/agreements${searchOf(q)}`)),
  createAgreement: (slug: string, body: AgreementCreate) => request<Agreement>('POST', ws(slug, '/agreements'), body),
  aid: (slug: string, cursor?: string) => request<List<Aid>>('GET', ws(slug, `/aid${searchOf({ cursor, limit: 200 })}`)),
  awards: (slug: string, cursor?: string) => request<List<Award>>('GET', ws(slug, `/awards${searchOf({ cursor, limit: 200 })}`)),

  // ── Figures and rollups (issue 8; shapes in api-rollup.ts) ──
  stats: (slug: string, q: { from?: string; to?: string } = {}) => request<Stats>('GET', ws(slug, `/stats${searchOf(q)}`)),
  rollup: (slug: string, q: RollupQuery) => request<Rollup>('GET', ws(slug, `/rollup${searchWithGroup(q)}`)),

  // ── Emulation clusters (issue 8; shapes in shared/clusters.ts) ──
  clusters: (slug: string, year: number) => request<ClusterYear>('GET', ws(slug, `/clusters?year=${year}`)),
  createCluster: (slug: string, body: ClusterCreate) => request<Cluster>('POST', ws(slug, '/clusters'), body),
  renameCluster: (slug: string, id: string, name: string) => request<Cluster>('PATCH', clusterPath(slug, id), { name }),
  deleteCluster: (slug: string, id: string) => request<void>('DELETE', clusterPath(slug, id)),
  setClusterMembers: (slug: string, id: string, workspaceIds: string[]) => request<Cluster>('PUT', clusterPath(slug, id, '/members'), { workspaceIds }),
  copyClusters: (slug: string, fromYear: number, toYear: number) => request<ClusterYear>('POST', ws(slug, '/clusters/copy'), { fromYear, toYear }),

  // ── Periodic reports, submissions, deadlines (issue 8; shapes in api-reports.ts) ──
  reports: (slug: string, cursor?: string) => request<List<ListedReport>>('GET', ws(slug, `/reports${searchOf({ cursor, limit: 200 })}`)),
  report: (slug: string, id: string) => request<Report>('GET', reportPath(slug, id)),
  createReport: (slug: string, period: string) => request<Report>('POST', ws(slug, '/reports'), { period }),
  updateReport: (slug: string, id: string, patch: NarrativePatch) => request<Report>('PATCH', reportPath(slug, id), patch),
  submitReport: (slug: string, id: string) => request<Report>('POST', reportPath(slug, id, '/submit')),
  deleteReport: (slug: string, id: string) => request<void>('DELETE', reportPath(slug, id)),
  submissions: (slug: string, period: string) => request<Submissions>('GET', ws(slug, `/submissions${searchOf({ period })}`)),
  receivedReport: (slug: string, id: string) => request<ReceivedReport>('GET', ws(slug, `/submissions/${encodeURIComponent(id)}`)),
  setDeadline: (slug: string, period: string, dueOn: string) => request<unknown>('PUT', ws(slug, `/deadlines/${encodeURIComponent(period)}`), { dueOn }),
  removeDeadline: (slug: string, period: string) => request<void>('DELETE', ws(slug, `/deadlines/${encodeURIComponent(period)}`)),
};

const reportPath = (slug: string, id: string, rest = '') => ws(slug, `/reports/${encodeURIComponent(id)}${rest}`);

const clusterPath = (slug: string, id: string, rest = '') => ws(slug, `/clusters/${encodeURIComponent(id)}${rest}`);
const documentPath = (slug: string, id: string, rest = '') => ws(slug, `/correspondence/${encodeURIComponent(id)}${rest}`);

/** Like `request`, for a file upload that reports its progress. */
async function upload<T>(path: string, file: File, onProgress: (sent: number) => void, send = sendFile): Promise<T> {
  const res = await send(`/api${path}`, file, onProgress).catch(() => {
    throw new ApiError(0, 'network', 'The server could not be reached.');
  });
  if (!res.ok) throw await ApiError.from(res);
  return (await res.json()) as T;
}

/** A link that downloads an attachment under its own name. */
export const attachmentHref = (slug: string, id: string, aid: string) => `/api${documentPath(slug, id, `/attachments/${encodeURIComponent(aid)}`)}`;

/** The register book of a year, as a printable page (html) or a spreadsheet (csv). */
export const registerHref = (slug: string, ext: 'html' | 'csv', q: { direction: string; year: number; series?: 'classified' }) =>
  `/api${ws(slug, `/correspondence/register.${ext}${searchOf(q)}`)}`;

const eventPath = (slug: string, id: string, rest = '') => ws(slug, `/events/${encodeURIComponent(id)}${rest}`);

/** The .ics file of one event, for a download link. */
export const eventIcsHref = (slug: string, id: string) => `/api${eventPath(slug, id, '.ics')}`;

const memberPath = (slug: string, id: string, rest = '') => ws(slug, `/members/${encodeURIComponent(id)}${rest}`);

/** The register as a CSV file for Excel, with the list's filters and headers in the current language. */
export const membersCsvHref = (slug: string, q: MemberQuery & { lang: string }) => `/api${ws(slug, `/members/export.csv${searchOf(q)}`)}`;

/** The rollup table of a query as a CSV file for Excel. */
export const rollupCsvHref = (slug: string, q: RollupQuery) => `/api${ws(slug, `/rollup.csv${searchWithGroup(q)}`)}`;
