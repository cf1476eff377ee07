import { createRoute } from '@hono/zod-openapi';
import { and, eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { z } from 'zod';
import { reports } from '../../../db/catalog/reports';
import { narrativePatch, narrativeSections, periodKinds, reportCreate, reportStatuses } from '../../../shared/reports';
import { ApiError } from '../errors';
import type { AppEnv } from '../env';
import { requireUser } from '../middleware/auth';
import { requireRole } from '../middleware/workspace';
import { auditInsert, type AuditEntry } from '../services/audit';
import { now } from '../services/clock';
import { newId } from '../services/ids';
import { isUnique } from '../services/registrations';
import { pageOf } from '../services/partners';
import { approvedParent, findReport, listedReports, liveFigures, periodCursor, periodKindOf, periodOf, reportSubmitted, reportView } from '../services/reports';
import { jsonAnswer, jsonBody, listOf, noContent, problems, router, wsParams } from './openapi';
import { pageQuery } from './pagination';
import { indicatorsSchema } from './stats';

const tags = ['Reports'];
const idParams = wsParams.extend({ id: z.string() });
export const narrativeShape = Object.fromEntries(narrativeSections.map((s) => [s, z.string()])) as Record<(typeof narrativeSections)[number], z.ZodString>;
const place = z.object({ slug: z.string(), name: z.string() });

export const periodShape = { period: z.string(), kind: z.enum(periodKinds), from: z.string(), to: z.string() };
export const reportAnswer = z.object({
  id: z.string(),
  ...periodShape,
  status: z.enum(reportStatuses),
  ...narrativeShape,
  figures: indicatorsSchema.describe('Live from the workspace’s data while a draft; frozen at submission'),
  parent: place.nullable().describe('The approved parent it goes to (a draft) or went to (submitted)'),
  dueOn: z.string().nullable().describe('That parent’s deadline for the period'),
  submittedAt: z.string().nullable(),
  submittedBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const listedAnswer = z.object({ id: z.string(), ...periodShape, status: z.enum(reportStatuses), dueOn: z.string().nullable(), submittedAt: z.string().nullable(), updatedAt: z.string() });

/** Records a report change in the workspace's audit log (the report itself is in the catalog). */
const audit = (c: Context<AppEnv>, action: string, entityId: AuditEntry['entityId']) => auditInsert(c.get('db'), requireUser(c), { action: `report.${action}`, entity: 'report', entityId });

const answer = async (c: Context<AppEnv>, id: string) => reportView(c.get('deps').catalog, c.get('db'), await findReport(c.get('deps').catalog, c.get('workspace').id, id));

/** A draft of this workspace, or 404 / 409 once submitted. */
async function draft(c: Context<AppEnv>, id: string) {
  const row = await findReport(c.get('deps').catalog, c.get('workspace').id, id);
  if (row.status !== 'draft') throw reportSubmitted();
  return row;
}

/** /api/w/:ws/reports — the workspace's periodic reports to its parent. */
export const reportRoutes = router();

reportRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/w/{ws}/reports',
    tags,
    description: 'The workspace’s reports, latest period first: 2026-H2, 2026-H1, 2026, 2025-H2, … (figures: GET one report).',
    request: { params: wsParams, query: pageQuery.extend({ cursor: periodCursor }) },
    responses: { 200: jsonAnswer(listOf(listedAnswer)), 400: problems[400], 401: problems[401], 404: problems[404], 422: problems[422] },
  }),
  async (c) => {
    const { limit, cursor } = c.req.valid('query');
    const { catalog } = c.get('deps');
    const ws = c.get('workspace');
    const parent = await approvedParent(catalog, ws.id);
    const rows = await listedReports(catalog, ws.id, parent?.id ?? null, { limit, cursor });
    const { page, nextCursor } = pageOf(rows, limit, (r) => r.period);
    const items = page.map((r) => ({ ...r, kind: periodKindOf(r.period), submittedAt: r.submittedAt?.toISOString() ?? null, updatedAt: r.updatedAt.toISOString() }));
    return c.json({ items, nextCursor }, 200);
  },
);

reportRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/w/{ws}/reports',
    tags,
    description: 'Starts the report of a period (`2026-H1`, `2026-H2`, `2026`, or a term `2023-2028`) as a draft filled from the workspace’s data; one report per period.',
    middleware: [requireRole('editor')],
    request: { params: wsParams, ...jsonBody(reportCreate) },
    responses: { 201: jsonAnswer(reportAnswer, 'Created'), 401: problems[401], 403: problems[403], 404: problems[404], 409: problems[409], 422: problems[422] },
  }),
  async (c) => {
    const period = periodOf(c.req.valid('json').period);
    const { catalog } = c.get('deps');
    const workspaceId = c.get('workspace').id;
    const at = now(c);
    const id = newId();
    try {
      await catalog.insert(reports).values({ id, workspaceId, period: period.period, fromDate: period.from, toDate: period.to, createdAt: at, updatedAt: at });
    } catch (e) {
      if (isUnique(e)) throw new ApiError(409, 'report_exists', `This workspace already has a report for ${period.period}.`);
      throw e;
    }
    await audit(c, 'create', id);
    return c.json(await answer(c, id), 201);
  },
);

reportRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/w/{ws}/reports/{id}',
    tags,
    request: { params: idParams },
    responses: { 200: jsonAnswer(reportAnswer), 401: problems[401], 404: problems[404] },
  }),
  async (c) => c.json(await answer(c, c.req.valid('param').id), 200),
);

reportRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/w/{ws}/reports/{id}',
    tags,
    description: 'Changes the narrative sections sent (results, limitations, plans, proposals); 409 once submitted.',
    middleware: [requireRole('editor')],
    request: { params: idParams, ...jsonBody(narrativePatch) },
    responses: { 200: jsonAnswer(reportAnswer), 401: problems[401], 403: problems[403], 404: problems[404], 409: problems[409], 422: problems[422] },
  }),
  async (c) => {
    const row = await draft(c, c.req.valid('param').id);
    const changed = await c
      .get('deps')
      .catalog.update(reports)
      .set({ ...c.req.valid('json'), updatedAt: now(c) })
      .where(and(eq(reports.id, row.id), eq(reports.status, 'draft')))
      .returning({ id: reports.id });
    // Submitted between the read and the write: the submitted text stays as it went.
    if (!changed.length) throw reportSubmitted();
    await audit(c, 'update', row.id);
    return c.json(await answer(c, row.id), 200);
  },
);

reportRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/w/{ws}/reports/{id}/submit',
    tags,
    description: 'Sends the report to the approved parent: its figures are frozen as they are now. 409 `report_submitted` if already sent, 409 `parent_required` without an approved parent.',
    middleware: [requireRole('admin')],
    request: { params: idParams },
    responses: { 200: jsonAnswer(reportAnswer), 401: problems[401], 403: problems[403], 404: problems[404], 409: problems[409] },
  }),
  async (c) => {
    const row = await draft(c, c.req.valid('param').id);
    const { catalog } = c.get('deps');
    const parent = await approvedParent(catalog, row.workspaceId);
    if (!parent) throw new ApiError(409, 'parent_required', 'This organisation has no approved parent to submit the report to. Ask to join one in the settings first.');
    const figures = await liveFigures(c.get('db'), row);
    const at = now(c);
    const changed = await catalog
      .update(reports)
      .set({ status: 'submitted', figures, parentId: parent.id, submittedAt: at, submittedBy: requireUser(c).id, updatedAt: at })
      .where(and(eq(reports.id, row.id), eq(reports.status, 'draft')))
      .returning({ id: reports.id });
    if (!changed.length) throw reportSubmitted();
    await audit(c, 'submit', row.id);
    return c.json(await answer(c, row.id), 200);
  },
);

reportRoutes.openapi(
  createRoute({
    method: 'delete',
    path: '/w/{ws}/reports/{id}',
    tags,
    description: 'Deletes a draft; a submitted report stays (409).',
    middleware: [requireRole('editor')],
    request: { params: idParams },
    responses: { 204: noContent, 401: problems[401], 403: problems[403], 404: problems[404], 409: problems[409] },
  }),
  async (c) => {
    const row = await draft(c, c.req.valid('param').id);
    const gone = await c
      .get('deps')
      .catalog.delete(reports)
      .where(and(eq(reports.id, row.id), eq(reports.status, 'draft')))
      .returning({ id: reports.id });
    if (!gone.length) throw reportSubmitted();
    await audit(c, 'delete', row.id);
    return c.body(null, 204);
  },
);
