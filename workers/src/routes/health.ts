import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { jsonAnswer, router } from './openapi';

export const healthRoutes = router();

healthRoutes.openapi(
  createRoute({ method: 'get', path: '/health', tags: ['Operations'], responses: { 200: jsonAnswer(z.object({ ok: z.boolean(), version: z.string() })) } }),
  (c) => c.json({ ok: true, version: c.get('deps').config.version }, 200),
);
