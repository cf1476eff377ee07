import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { indicatorNames, statsQuery } from '../../../shared/indicators';
import { invalidField } from '../errors';
import { requireRole } from '../middleware/workspace';
import { today } from '../services/clock';
import { computeIndicators } from '../services/indicators';
import { refreshSnapshots } from '../services/snapshots';
import { jsonAnswer, problems, router, wsParams } from './openapi';

const tags = ['Figures'];
export const indicatorsSchema = z.object(Object.fromEntries(indicatorNames.map((n) => [n, z.number()])) as Record<(typeof indicatorNames)[number], z.ZodNumber>);

/** /api/w/:ws/stats — the workspace's own indicators, live from its database. */
export const statsRoutes = router();

statsRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/w/{ws}/stats',
    tags,
    description: 'The shared indicators (docs/indicators.md) for the days from..to inclusive (default: this year to today), computed from the workspace’s own data. Counts and sums only.',
    request: { params: wsParams, query: statsQuery },
    responses: { 200: jsonAnswer(z.object({ from: z.string(), to: z.string(), indicators: indicatorsSchema })), 401: problems[401], 404: problems[404], 422: problems[422] },
  }),
  async (c) => {
    const q = c.req.valid('query');
    const day = today(c);
    const range = { from: q.from ?? `${day.slice(0, 4)}-01-01`, to: q.to ?? day };
    if (range.from > range.to) throw invalidField('to', 'range_order');
    return c.json({ ...range, indicators: await computeIndicators(c.get('db'), range) }, 200);
  },
);

statsRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/w/{ws}/stats/refresh',
    tags,
    description: 'Recomputes this workspace’s monthly snapshots now (rollups read them); otherwise they follow changes within seconds and a periodic sweep.',
    middleware: [requireRole('admin')],
    request: { params: wsParams },
    responses: { 200: jsonAnswer(z.object({ months: z.number(), computedAt: z.string() })), 401: problems[401], 403: problems[403], 404: problems[404] },
  }),
  async (c) => {
    const done = await refreshSnapshots(c.get('deps'), c.get('workspace').id);
    return c.json({ months: done?.months ?? 0, computedAt: (done?.computedAt ?? new Date()).toISOString() }, 200);
  },
);
