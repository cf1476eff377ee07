import type { PeriodKind, Report, Submission } from '../../../shared/reports';

/** The shapes of the report, submission and deadline answers (API.md "Figures, rollups, reports"). */

export type { NarrativePatch, ReceivedReport, Report, Submission } from '../../../shared/reports';

/** One row of GET /reports (figures only in GET /reports/:id). */
export type ListedReport = Pick<Report, 'id' | 'period' | 'kind' | 'from' | 'to' | 'status' | 'dueOn' | 'submittedAt' | 'updatedAt'>;

/** GET /submissions?period=: each approved child and where it stands. */
export interface Submissions {
  period: string;
  kind: PeriodKind;
  from: string;
  to: string;
  dueOn: string | null;
  items: Submission[];
}
