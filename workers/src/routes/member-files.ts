import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { importQuery, memberFilters } from '../../../shared/members';
import { ApiError } from '../errors';
import { requireUser } from '../middleware/auth';
import { requireRole } from '../middleware/workspace';
import { now } from '../services/clock';
import { exportMembers } from '../services/member-export';
import { decodeUtf8, importMembers } from '../services/member-import';
import { jsonAnswer, problems, router, wsParams } from './openapi';

/** The largest CSV import (API.md "General rules"); app.ts lets this route's body through. */
export const csvImportLimit = 10 * 1024 * 1024;
export const csvImportPath = /^\/api\/w\/[^/]+\/members\/import$/;

const csvTypes = /^\s*(text\/csv|application\/csv|text\/plain|application\/vnd\.ms-excel)\s*(;|$)/i;

const importResult = z.object({
  dryRun: z.boolean(),
  rows: z.number(),
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  ignoredColumns: z.array(z.string()),
  preview: z.array(z.object({ row: z.number(), action: z.enum(['create', 'update', 'unchanged']), member: z.record(z.string(), z.unknown()) })),
});

/** /api/w/:ws/members/import and /export.csv — the register as a spreadsheet. */
export const memberFileRoutes = router();

memberFileRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/w/{ws}/members/import',
    tags: ['Members'],
    description:
      'Body: the CSV file (UTF-8, BOM allowed; comma, semicolon or tab; header row of field names or Vietnamese headers). A row matching a member by `id`, else by e-mail, updates it; other rows create members. Any invalid row → 422 listing problems as `row N: field`, nothing written; else one atomic write. `dryRun=1` only validates.',
    middleware: [requireRole('editor')],
    request: { params: wsParams, query: importQuery, body: { content: { 'text/csv': { schema: z.string() } }, required: true } },
    responses: { 200: jsonAnswer(importResult), 401: problems[401], 403: problems[403], 404: problems[404], 409: problems[409], 413: problems[413], 415: problems[415], 422: problems[422] },
  }),
  async (c) => {
    if (!csvTypes.test(c.req.header('content-type') ?? '')) throw new ApiError(415, 'unsupported_media_type', 'Send the file itself as the body, with Content-Type text/csv.');
    const text = decodeUtf8(await c.req.arrayBuffer());
    const result = await importMembers(c.get('db'), requireUser(c), text, { dryRun: c.req.valid('query').dryRun ?? false, now: now(c) });
    return c.json(result, 200);
  },
);

memberFileRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/w/{ws}/members/export.csv',
    tags: ['Members'],
    description: 'The members the same filters list, as CSV for Excel (UTF-8 with BOM). `lang=vi`: Vietnamese headers and labels. Importing the file back changes nothing.',
    request: { params: wsParams, query: memberFilters.extend({ lang: z.enum(['en', 'vi']).default('en') }) },
    responses: { 200: { description: 'The CSV file', content: { 'text/csv': { schema: z.string() } } }, 401: problems[401], 404: problems[404], 422: problems[422] },
  }),
  async (c) => {
    const { lang, ...filters } = c.req.valid('query');
    const csv = await exportMembers(c.get('db'), filters, lang);
    const day = now(c).toISOString().slice(0, 10);
    return c.body(csv, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="members-${c.get('workspace').slug}-${day}.csv"`,
    });
  },
);
