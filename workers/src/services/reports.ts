import { and, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { CatalogDb, TenantDb } from '../../../db';
import { reportDeadlines, reports } from '../../../db/catalog/reports';
import { affiliations, users, workspaces } from '../../../db/catalog/schema';
import type { Indicators } from '../../../shared/indicators';
import { parsePeriod, type Period, type Report } from '../../../shared/reports';
import { ApiError, invalidField } from '../errors';
import { computeIndicators } from './indicators';
import { afterCursor } from './partners';

/**
 * A workspace's periodic reports to its parent (DOMAIN.md "Reporting to the parent"), kept
 * in the catalog so that the parent reads them without opening the child's database. A draft's
 * figures are the live shared indicators of its period (computeIndicators: the one definition
 * /stats and the rollups use); submission freezes them.
 */

export type ReportRow = typeof reports.$inferSelect;
export interface ParentRef {
  id: string;
  slug: string;
  name: string;
}

/** The period named in a request, or 422 `period_invalid` at `path`. */
export function periodOf(text: string, path = 'period'): Period {
  const period = parsePeriod(text);
  if (!period) throw invalidField(path, 'period_invalid');
  return period;
}

/** The report `id` of this workspace (404 for any other workspace's, exactly as for none). */
export async function findReport(catalog: CatalogDb, workspaceId: string, id: string): Promise<ReportRow> {
  const [row] = await catalog.select().from(reports).where(and(eq(reports.id, id), eq(reports.workspaceId, workspaceId)));
  if (!row) throw ApiError.notFound('report');
  return row;
}

/** The workspace's parent if it approved the affiliation; reports go only there. */
export async function approvedParent(catalog: CatalogDb, workspaceId: string): Promise<ParentRef | null> {
  const [row] = await catalog
    .select({ id: workspaces.id, slug: workspaces.slug, name: workspaces.name })
    .from(affiliations)
    .innerJoin(workspaces, eq(workspaces.id, affiliations.parentId))
    .where(and(eq(affiliations.childId, workspaceId), eq(affiliations.status, 'approved')));
  return row ?? null;
}

/** The deadline `parentId` set for `period`, if any. */
export async function deadlineOf(catalog: CatalogDb, parentId: string | null, period: string): Promise<string | null> {
  if (!parentId) return null;
  const [row] = await catalog
    .select({ dueOn: reportDeadlines.dueOn })
    .from(reportDeadlines)
    .where(and(eq(reportDeadlines.unionId, parentId), eq(reportDeadlines.period, period)));
  return row?.dueOn ?? null;
}

/** The shared indicators of the report's period, from the workspace's own data now. */
export const liveFigures = (db: TenantDb, row: Pick<ReportRow, 'fromDate' | 'toDate'>): Promise<Indicators> => computeIndicators(db, { from: row.fromDate, to: row.toDate });

async function parentById(catalog: CatalogDb, id: string | null): Promise<ParentRef | null> {
  if (!id) return null;
  const [row] = await catalog.select({ id: workspaces.id, slug: workspaces.slug, name: workspaces.name }).from(workspaces).where(eq(workspaces.id, id));
  return row ?? null;
}

async function userName(catalog: CatalogDb, id: string | null): Promise<string | null> {
  if (!id) return null;
  const [row] = await catalog.select({ name: users.name }).from(users).where(eq(users.id, id));
  return row?.name ?? null;
}

/** The kind of a stored period (stored periods were parsed when the report was made). */
export const periodKindOf = (period: string) => parsePeriod(period)?.kind ?? 'year';

/**
 * The report as its own workspace sees it: a draft with live figures, its current approved
 * parent and that parent's deadline; a submitted one with what was frozen when it went.
 */
export async function reportView(catalog: CatalogDb, db: TenantDb, row: ReportRow): Promise<Report> {
  const submitted = row.status === 'submitted';
  const [figures, parent, submittedBy] = await Promise.all([
    submitted && row.figures ? row.figures : liveFigures(db, row),
    submitted ? parentById(catalog, row.parentId) : approvedParent(catalog, row.workspaceId),
    userName(catalog, row.submittedBy),
  ]);
  return {
    id: row.id,
    period: row.period,
    kind: periodKindOf(row.period),
    from: row.fromDate,
    to: row.toDate,
    status: row.status,
    results: row.results,
    limitations: row.limitations,
    plans: row.plans,
    proposals: row.proposals,
    figures,
    parent: parent && { slug: parent.slug, name: parent.name },
    dueOn: await deadlineOf(catalog, parent?.id ?? null, row.period),
    submittedAt: row.submittedAt?.toISOString() ?? null,
    submittedBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Keyset cursor of the list: '<period>_<id>'. */
export const periodCursor = z.string().regex(/^[0-9H-]{4,9}_[a-z0-9]{1,40}$/).optional();

/**
 * A page of the workspace's reports (one extra row, for pageOf), figures left out (a draft's
 * cost a computation each). Periods sort as text, which puts the latest first: 2026-H2,
 * 2026-H1, 2026, 2025-H2, … and a term among the years it starts in. Each comes with the
 * deadline of the parent it goes to: the current approved parent while a draft, the one it
 * was submitted to after.
 */
export function listedReports(catalog: CatalogDb, workspaceId: string, currentParentId: string | null, page: { limit: number; cursor?: string }) {
  const parentOf = sql`CASE WHEN ${reports.status} = 'submitted' THEN ${reports.parentId} ELSE ${currentParentId} END`;
  return catalog
    .select({
      id: reports.id,
      period: reports.period,
      from: reports.fromDate,
      to: reports.toDate,
      status: reports.status,
      dueOn: reportDeadlines.dueOn,
      submittedAt: reports.submittedAt,
      updatedAt: reports.updatedAt,
    })
    .from(reports)
    .leftJoin(reportDeadlines, and(eq(reportDeadlines.unionId, parentOf), eq(reportDeadlines.period, reports.period)))
    .where(and(eq(reports.workspaceId, workspaceId), afterCursor(reports.period, reports.id, page.cursor, 'desc')))
    .orderBy(desc(reports.period), desc(reports.id))
    .limit(page.limit + 1);
}

export const reportSubmitted = () => new ApiError(409, 'report_submitted', 'This report has been submitted to the parent organisation; it can no longer change.');
