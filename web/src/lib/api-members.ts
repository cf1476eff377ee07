import type { Body, PositionTitle } from '../../../shared/leadership';
import type { MemberCategory, MemberFilters, MemberStatus } from '../../../shared/members';
import { sendWithProgress } from './send';

/** The shapes of the member, leadership and dues answers (API.md "Members", DOMAIN.md "Members and leadership"). */

export type { Member } from '../../../shared/members';

/** A name in both languages, as the server gives it. */
type Label = { vi: string; en: string };

/** GET /members filters, as the query string carries them. */
export type MemberQuery = Omit<MemberFilters, 'unpaid'> & { unpaid?: number; limit?: number; cursor?: string };

/** POST /members/import, a dry run or the write (the web app shows the counts). */
export type { ImportCounts } from '../../../shared/member-csv';

export interface Term {
  id: string;
  name: string;
  startsOn: string;
  endsOn: string | null;
  congress: string | null;
  notes: string | null;
  /** Running today. */
  current: boolean;
}

export interface Position {
  id: string;
  termId: string;
  notes: string | null;
  body: Body;
  title: PositionTitle;
  titleLabel: Label;
  startsOn: string;
  endsOn: string | null;
  member: { id: string; fullName: string; organisation: string | null; jobTitle: string | null; status: MemberStatus };
}

/** The positions of one body, by rank. */
export interface BodyGroup {
  body: Body;
  label: Label;
  positions: Position[];
}

export interface Leadership {
  on: string;
  term: Term | null;
  bodies: BodyGroup[];
}

export interface TermHistory extends Term {
  bodies: BodyGroup[];
}

export interface DuesYear {
  year: number;
  /** Yearly dues per category in đồng; null when not set. */
  amounts: Record<MemberCategory, number | null>;
  summary: { owing: number; paidInFull: number; due: number; outstanding: number; collected: number };
}

export interface UnpaidMember {
  member: { id: string; fullName: string; category: MemberCategory; email: string | null; phone: string | null; organisation: string | null };
  due: number;
  paid: number;
  outstanding: number;
}

/** A payment of dues: a member may pay a year's dues in several. */
export interface Payment {
  id: string;
  member: { id: string; fullName: string };
  year: number;
  /** Whole đồng. */
  amount: number;
  paidOn: string | null;
  note: string | null;
  createdAt: string;
}

/** POSTs `file` as a text/csv body, reporting how much has been sent (0 to 1). */
export const sendCsv = (url: string, file: File, onProgress: (sent: number) => void) => sendWithProgress(url, file, { 'content-type': 'text/csv; charset=utf-8' }, onProgress);
