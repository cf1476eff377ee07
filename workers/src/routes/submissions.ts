import { createRoute } from '@hono/zod-openapi';
import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { reportDeadlines } from '../../../db/catalog/reports';
import { workspaceKinds } from '../../../shared/workspace';
import { deadlinePut, submissionStatuses, submissionsQuery } from '../../../shared/reports';
import { ApiError, invalidField } from '../errors';
import { requireUser } from '../middleware/auth';
import { requireRole } from '../middleware/workspace';
import { auditInsert } from '../services/audit';
import { now, today } from '../services/clock';
import { periodOf } from '../services/reports';
import { receivedReport, submissionsOf } from '../services/submissions';
import { jsonAnswer, jsonBody, noContent, problems, router, wsParams } from './openapi';
import { narrativeShape, periodShape } from './reports';
import { indicatorsSchema } from './stats';

const tags = ['Reports'];

const submission = z.object({
  slug: z.string(),
  name: z.string(),
  kind: z.enum(workspaceKinds),
  status: z.enum(submissionStatuses),
  overdue: z.boolean().describe('Missing and the deadline has passed'),
  reportId: z.string().nullable(),
  submittedAt: z.string().nullable(),
});
const received = z.object({
  id: z.string(),
  workspace: z.object({ slug: z.string(), name: z.string(), kind: z.enum(workspaceKinds) }),
  ...periodShape,
  ...narrativeShape,
  figures: indicatorsSchema,
  dueOn: z.string().nullable(),
  status: z.enum(['submitted', 'late']),
  submittedAt: z.string(),
});
const deadline = z.object({ period: z.string(), dueOn: z.string() });
const periodParams = wsParams.extend({ period: z.string() });

/** /api/w/:ws/submissions and /deadlines — the parent's side of periodic reports. */
export const submissionRoutes = router();

submissionRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/w/{ws}/submissions',
    tags,
    description: 'Each approved direct child for the period: `submitted` (on time, or no deadline), `late` (after the deadline) or `missing` (with `overdue` once the deadline has passed).',
    middleware: [requireRole('admin')],
    request: { params: wsParams, query: submissionsQuery },
    responses: {
      200: jsonAnswer(z.object({ ...periodShape, dueOn: z.string().nullable(), items: z.array(submission) })),
      401: problems[401],
      403: problems[403],
      404: problems[404],
      422: problems[422],
    },
  }),
  async (c) => {
    const period = periodOf(c.req.valid('query').period);
    return c.json(await submissionsOf(c.get('deps').catalog, c.get('workspace').id, period, today(c)), 200);
  },
);

submissionRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/w/{ws}/submissions/{id}',
    tags,
    description: 'A report a child submitted to this workspace: its figures and narrative, aggregates only.',
    middleware: [requireRole('admin')],
    request: { params: wsParams.extend({ id: z.string() }) },
    responses: { 200: jsonAnswer(received), 401: problems[401], 403: problems[403], 404: problems[404] },
  }),
  async (c) => c.json(await receivedReport(c.get('deps').catalog, c.get('workspace').id, c.req.valid('param').id), 200),
);

submissionRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/w/{ws}/deadlines',
    tags,
    description: 'The deadlines this workspace set for its children’s reports, latest period first.',
    middleware: [requireRole('admin')],
    request: { params: wsParams },
    responses: { 200: jsonAnswer(z.object({ items: z.array(deadline), nextCursor: z.null() })), 401: problems[401], 403: problems[403], 404: problems[404] },
  }),
  async (c) => {
    const items = await c
      .get('deps')
      .catalog.select({ period: reportDeadlines.period, dueOn: reportDeadlines.dueOn })
      .from(reportDeadlines)
      .where(eq(reportDeadlines.unionId, c.get('workspace').id))
      .orderBy(desc(reportDeadlines.period));
    return c.json({ items, nextCursor: null }, 200);
  },
);

submissionRoutes.openapi(
  createRoute({
    method: 'put',
    path: '/w/{ws}/deadlines/{period}',
    tags,
    description: 'Sets the day the children’s reports for the period are due (on or after the period’s first day).',
    middleware: [requireRole('admin')],
    request: { params: periodParams, ...jsonBody(deadlinePut) },
    responses: { 200: jsonAnswer(deadline), 401: problems[401], 403: problems[403], 404: problems[404], 422: problems[422] },
  }),
  async (c) => {
    const period = periodOf(c.req.valid('param').period);
    const { dueOn } = c.req.valid('json');
    if (dueOn < period.from) throw invalidField('dueOn', 'due_before_period');
    const unionId = c.get('workspace').id;
    const at = now(c);
    await c
      .get('deps')
      .catalog.insert(reportDeadlines)
      .values({ unionId, period: period.period, dueOn, updatedAt: at })
      .onConflictDoUpdate({ target: [reportDeadlines.unionId, reportDeadlines.period], set: { dueOn, updatedAt: at } });
    await auditInsert(c.get('db'), requireUser(c), { action: 'deadline.set', entity: 'deadline', entityId: period.period });
    return c.json({ period: period.period, dueOn }, 200);
  },
);

submissionRoutes.openapi(
  createRoute({
    method: 'delete',
    path: '/w/{ws}/deadlines/{period}',
    tags,
    description: 'Removes the deadline: every submitted report of the period counts as on time.',
    middleware: [requireRole('admin')],
    request: { params: periodParams },
    responses: { 204: noContent, 401: problems[401], 403: problems[403], 404: problems[404], 422: problems[422] },
  }),
  async (c) => {
    const period = periodOf(c.req.valid('param').period);
    const unionId = c.get('workspace').id;
    const gone = await c
      .get('deps')
      .catalog.delete(reportDeadlines)
      .where(and(eq(reportDeadlines.unionId, unionId), eq(reportDeadlines.period, period.period)))
      .returning({ period: reportDeadlines.period });
    if (!gone.length) throw ApiError.notFound('deadline');
    await auditInsert(c.get('db'), requireUser(c), { action: 'deadline.delete', entity: 'deadline', entityId: period.period });
    return c.body(null, 204);
  },
);
