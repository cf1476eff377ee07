import { z } from 'zod';
import type { Indicators } from './indicators';
import { isoDate } from './members';
import type { WorkspaceKind } from './workspace';

/**
 * Periodic reports to the parent (DOMAIN.md "Reporting to the parent"). A period is written
 * the way people name the report:
 *   '2026-H1', '2026-H2'  six-month review (sơ kết 6 tháng), first or second half of the year;
 *   '2026'                annual review (tổng kết năm);
 *   '2023-2028'           term report (nhiệm kỳ), from the first day of the congress year to
 *                         the last day of the next congress's year: the congress year belongs
 *                         to both terms, as it does in the reports people write.
 */

export const periodKinds = ['half', 'year', 'term'] as const;
export type PeriodKind = (typeof periodKinds)[number];

export interface Period {
  period: string;
  kind: PeriodKind;
  /** Days, inclusive, 'YYYY-MM-DD'. */
  from: string;
  to: string;
}

const minYear = 1950;
const maxYear = 2100;
/** A term runs 1 to 10 years (usually 5). */
const maxTermYears = 10;
const inRange = (y: number) => y >= minYear && y <= maxYear;

/** The period named by `text`, or null when it is not one. */
export function parsePeriod(text: string): Period | null {
  const half = /^(\d{4})-H([12])$/.exec(text);
  if (half) {
    const y = Number(half[1]);
    if (!inRange(y)) return null;
    return half[2] === '1' ? { period: text, kind: 'half', from: `${y}-01-01`, to: `${y}-06-30` } : { period: text, kind: 'half', from: `${y}-07-01`, to: `${y}-12-31` };
  }
  const year = /^(\d{4})$/.exec(text);
  if (year) {
    const y = Number(year[1]);
    return inRange(y) ? { period: text, kind: 'year', from: `${y}-01-01`, to: `${y}-12-31` } : null;
  }
  const term = /^(\d{4})-(\d{4})$/.exec(text);
  if (term) {
    const [start, end] = [Number(term[1]), Number(term[2])];
    if (!inRange(start) || !inRange(end) || end <= start || end - start > maxTermYears) return null;
    return { period: text, kind: 'term', from: `${start}-01-01`, to: `${end}-12-31` };
  }
  return null;
}

type Names = Record<PeriodKind, Record<'vi' | 'en', (p: string) => string>>;
const firstHalf = (p: string) => p.endsWith('H1');
const term = (p: string) => p.replace('-', '–');

const titles: Names = {
  half: {
    vi: (p) => `Báo cáo sơ kết 6 tháng ${firstHalf(p) ? 'đầu' : 'cuối'} năm ${p.slice(0, 4)}`,
    en: (p) => `Six-month report, ${firstHalf(p) ? 'first' : 'second'} half of ${p.slice(0, 4)}`,
  },
  year: { vi: (p) => `Báo cáo tổng kết năm ${p}`, en: (p) => `Annual report ${p}` },
  term: { vi: (p) => `Báo cáo nhiệm kỳ ${term(p)}`, en: (p) => `Term report ${term(p)}` },
};

/** The period alone, for a list that already says which kind of report it is. */
const names: Names = {
  half: {
    vi: (p) => `6 tháng ${firstHalf(p) ? 'đầu' : 'cuối'} năm ${p.slice(0, 4)}`,
    en: (p) => `${firstHalf(p) ? 'First' : 'Second'} half of ${p.slice(0, 4)}`,
  },
  year: { vi: (p) => `Năm ${p}`, en: (p) => `Year ${p}` },
  term: { vi: (p) => `Nhiệm kỳ ${term(p)}`, en: (p) => `Term ${term(p)}` },
};

/** The report's title for a period, e.g. 'Báo cáo sơ kết 6 tháng đầu năm 2026'; the text itself if it is no period. */
export function periodLabel(text: string, locale: 'vi' | 'en'): string {
  const p = parsePeriod(text);
  return p ? titles[p.kind][locale](text) : text;
}

/** The period alone, e.g. '6 tháng đầu năm 2026', 'Năm 2026', 'Nhiệm kỳ 2023–2028'. */
export function periodName(text: string, locale: 'vi' | 'en'): string {
  const p = parsePeriod(text);
  return p ? names[p.kind][locale](text) : text;
}

export const reportPeriod = z
  .string({ message: 'period_invalid' })
  .trim()
  .refine((p) => parsePeriod(p) !== null, { message: 'period_invalid' });

export const reportCreate = z.object({ period: reportPeriod });
export type ReportCreate = z.infer<typeof reportCreate>;

/** The four narrative sections, in the order a report presents them. */
export const narrativeSections = ['results', 'limitations', 'plans', 'proposals'] as const;
export type NarrativeSection = (typeof narrativeSections)[number];
export type Narrative = Record<NarrativeSection, string>;

/** About ten printed pages per section: enough for any review, small enough for one row. */
export const narrativeMaxLength = 20_000;
const section = z.string({ message: 'required' }).max(narrativeMaxLength, { message: 'too_long' });

export const narrativePatch = z.object(Object.fromEntries(narrativeSections.map((s) => [s, section])) as Record<NarrativeSection, typeof section>).partial();
export type NarrativePatch = z.infer<typeof narrativePatch>;

export const deadlinePut = z.object({ dueOn: isoDate });

export const submissionsQuery = z.object({ period: reportPeriod });

export const reportStatuses = ['draft', 'submitted'] as const;
export type ReportStatus = (typeof reportStatuses)[number];

/** Where a child stands for a period, as its parent sees it. */
export const submissionStatuses = ['submitted', 'late', 'missing'] as const;
export type SubmissionStatus = (typeof submissionStatuses)[number];

/**
 * `submitted` on or before the deadline (or when there is none), `late` after it, `missing`
 * when not submitted. `submittedOn` and `dueOn` are local days ('YYYY-MM-DD').
 */
export function submissionStatus(submittedOn: string | null, dueOn: string | null): SubmissionStatus {
  if (!submittedOn) return 'missing';
  return dueOn && submittedOn > dueOn ? 'late' : 'submitted';
}

/** A report as the API answers it. */
export interface Report extends Narrative {
  id: string;
  period: string;
  kind: PeriodKind;
  from: string;
  to: string;
  status: ReportStatus;
  /** Live for a draft, frozen at submission for a submitted report. */
  figures: Indicators;
  /** The approved parent it goes (or went) to. */
  parent: { slug: string; name: string } | null;
  /** The parent's deadline for this period, if it set one. */
  dueOn: string | null;
  submittedAt: string | null;
  submittedBy: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A child's report as the parent receives it: figures and narrative, nothing personal. */
export interface ReceivedReport extends Narrative {
  id: string;
  workspace: { slug: string; name: string; kind: WorkspaceKind };
  period: string;
  kind: PeriodKind;
  from: string;
  to: string;
  figures: Indicators;
  dueOn: string | null;
  status: Exclude<SubmissionStatus, 'missing'>;
  submittedAt: string;
}

/** One approved child on the parent's submissions page. */
export interface Submission {
  slug: string;
  name: string;
  kind: WorkspaceKind;
  status: SubmissionStatus;
  /** Missing after the deadline has passed. */
  overdue: boolean;
  reportId: string | null;
  submittedAt: string | null;
}
