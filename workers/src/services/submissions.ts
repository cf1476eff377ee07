import { and, asc, eq } from 'drizzle-orm';
import type { CatalogDb } from '../../../db';
import { reports } from '../../../db/catalog/reports';
import { affiliations, workspaces } from '../../../db/catalog/schema';
import { localDate } from '../../../shared/correspondence';
import { zeroIndicators } from '../../../shared/indicators';
import { submissionStatus, type Period, type ReceivedReport, type Submission } from '../../../shared/reports';
import { ApiError } from '../errors';
import { deadlineOf, periodKindOf } from './reports';

/**
 * The parent's side of reporting: who of its approved direct children has submitted a period's
 * report, and the reports themselves — figures and narrative only, never anyone's personal data.
 * Only reports submitted to this parent count: a child that moved from another parent brings
 * none along.
 */

export async function submissionsOf(catalog: CatalogDb, parentId: string, period: Period, today: string) {
  const [dueOn, rows] = await Promise.all([
    deadlineOf(catalog, parentId, period.period),
    catalog
      .select({ slug: workspaces.slug, name: workspaces.name, kind: workspaces.kind, reportId: reports.id, submittedAt: reports.submittedAt })
      .from(affiliations)
      .innerJoin(workspaces, eq(workspaces.id, affiliations.childId))
      .leftJoin(
        reports,
        and(eq(reports.workspaceId, affiliations.childId), eq(reports.period, period.period), eq(reports.status, 'submitted'), eq(reports.parentId, parentId)),
      )
      .where(and(eq(affiliations.parentId, parentId), eq(affiliations.status, 'approved')))
      .orderBy(asc(workspaces.name), asc(workspaces.slug)),
  ]);
  const items: Submission[] = rows.map((r) => {
    const status = submissionStatus(r.submittedAt ? localDate(r.submittedAt) : null, dueOn);
    return {
      slug: r.slug,
      name: r.name,
      kind: r.kind,
      status,
      overdue: status === 'missing' && dueOn !== null && today > dueOn,
      reportId: r.reportId,
      submittedAt: r.submittedAt?.toISOString() ?? null,
    };
  });
  return { ...period, dueOn, items };
}

/** A report submitted to `parentId`; 404 for any other (a draft, another parent's, another workspace's). */
export async function receivedReport(catalog: CatalogDb, parentId: string, id: string): Promise<ReceivedReport> {
  const [row] = await catalog
    .select({ report: reports, slug: workspaces.slug, name: workspaces.name, kind: workspaces.kind })
    .from(reports)
    .innerJoin(workspaces, eq(workspaces.id, reports.workspaceId))
    .where(and(eq(reports.id, id), eq(reports.parentId, parentId), eq(reports.status, 'submitted')));
  if (!row?.report.submittedAt) throw ApiError.notFound('report');
  const { report } = row;
  const dueOn = await deadlineOf(catalog, parentId, report.period);
  const status = submissionStatus(localDate(report.submittedAt!), dueOn);
  return {
    id: report.id,
    workspace: { slug: row.slug, name: row.name, kind: row.kind },
    period: report.period,
    kind: periodKindOf(report.period),
    from: report.fromDate,
    to: report.toDate,
    results: report.results,
    limitations: report.limitations,
    plans: report.plans,
    proposals: report.proposals,
    figures: report.figures ?? zeroIndicators(),
    dueOn,
    status: status === 'late' ? 'late' : 'submitted',
    submittedAt: report.submittedAt!.toISOString(),
  };
}
