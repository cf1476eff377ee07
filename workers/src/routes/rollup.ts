import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { z } from 'zod';
import { csvLine, neutralise } from '../../../shared/csv';
import { indicatorNames, indicators as definitions, rollupGroupings, rollupQuery } from '../../../shared/indicators';
import { invalidField } from '../errors';
import type { AppEnv } from '../env';
import { today } from '../services/clock';
import { lastDay } from '../services/indicators';
import { rollup } from '../services/rollup';
import { jsonAnswer, problems, router, wsParams } from './openapi';
import { indicatorsSchema } from './stats';

const tags = ['Figures'];

const rollupSchema = z.object({
  from: z.string(),
  to: z.string(),
  groupBy: z.enum(rollupGroupings),
  group: z.string().nullable(),
  totals: z.object({ indicators: indicatorsSchema, workspaces: z.number() }),
  groups: z.array(z.object({ key: z.string(), label: z.string(), indicators: indicatorsSchema, workspaces: z.number() })),
  asOf: z.string().nullable(),
});

/** The rollup of the caller's workspace for the query: months, grouping, drill-down. */
async function rollupOf(c: Context<AppEnv>, q: z.infer<typeof rollupQuery>) {
  const day = today(c);
  const fromMonth = (q.from ?? `${day.slice(0, 4)}-01`).slice(0, 7);
  const toMonth = (q.to ?? day).slice(0, 7);
  if (fromMonth > toMonth) throw invalidField('to', 'range_order');
  const groupBy = q.groupBy ?? 'workspace';
  const result = await rollup(c.get('deps').catalog, {
    rootId: c.get('workspace').id,
    fromMonth,
    toMonth,
    groupBy,
    group: q.group,
    clusterYear: q.year ?? Number(toMonth.slice(0, 4)),
  });
  return { from: `${fromMonth}-01`, to: lastDay(toMonth), groupBy, group: q.group ?? null, ...result };
}

/** /api/w/:ws/rollup — aggregates over the approved affiliation subtree, from the catalog's snapshots. */
export const rollupRoutes = router();

rollupRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/w/{ws}/rollup',
    tags,
    description:
      'The shared indicators summed over this workspace and its approved affiliates at every level, in whole months, from the monthly snapshots. `group` drills into one group: its workspaces as rows. Aggregates only.',
    request: { params: wsParams, query: rollupQuery },
    responses: { 200: jsonAnswer(rollupSchema), 401: problems[401], 404: problems[404], 422: problems[422] },
  }),
  async (c) => c.json(await rollupOf(c, c.req.valid('query')), 200),
);

rollupRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/w/{ws}/rollup.csv',
    tags,
    description: 'The same table as CSV (UTF-8 with BOM): one row per group, then the totals.',
    request: { params: wsParams, query: rollupQuery },
    responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: { type: 'string' } } } }, 401: problems[401], 404: problems[404], 422: problems[422] },
  }),
  async (c) => {
    const r = await rollupOf(c, c.req.valid('query'));
    const header = ['Mã nhóm', 'Nhóm', 'Số tổ chức', ...indicatorNames.map((n) => definitions[n].vi)];
    const rows = [...r.groups, { key: '', label: 'Tổng cộng', workspaces: r.totals.workspaces, indicators: r.totals.indicators }].map((g) =>
      [g.key, g.label, String(g.workspaces), ...indicatorNames.map((n) => String(g.indicators[n]))].map(neutralise),
    );
    const text = '\uFEFF' + [header, ...rows].map((cells) => csvLine(cells)).join('\r\n') + '\r\n';
    const file = `tong-hop-${r.groupBy}-${r.from.slice(0, 7)}-${r.to.slice(0, 7)}.csv`;
    return new Response(text, { headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${file}"` } });
  },
);
