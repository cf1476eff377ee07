import { createRoute } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { onError } from '../errors';
import { router, wsParams } from './openapi';

/** A router with one workspace route whose query is counted each time zod reads it. */
function probe() {
  let parsed = 0;
  const query = z.object({
    n: z.coerce.number().int().max(5),
    tag: z.union([z.string(), z.array(z.string())]).optional(),
  }).transform((q) => (parsed++, q));
  const routes = router();
  routes.onError(onError);
  routes.openapi(
    createRoute({ method: 'get', path: '/w/{ws}/probe', request: { params: wsParams, query }, responses: { 200: { description: 'OK' } } }),
    (c) => {
      const q = c.req.valid('query');
      return c.json({ ...q, frozen: Object.isFrozen(q) }, 200);
    },
  );
  return { routes, parsed: () => parsed };
}

describe('router', () => {
  it('validates a query string once and answers the same values after', async () => {
    const { routes, parsed } = probe();
    for (let i = 0; i < 3; i++) {
      const res = await routes.request('/w/hoi/probe?n=3');
      expect(await res.json()).toEqual({ n: 3, frozen: true });
    }
    expect(parsed()).toBe(1);
    expect(await (await routes.request('/w/hoi/probe?n=1&tag=a&tag=b')).json()).toEqual({ n: 1, tag: ['a', 'b'], frozen: true });
    expect(parsed()).toBe(2);
  });

  it('answers 422 to a bad query every time', async () => {
    const { routes } = probe();
    for (let i = 0; i < 2; i++) {
      const res = await routes.request('/w/hoi/probe?n=9');
      expect(res.status).toBe(422);
      expect((await res.json()).errors[0].path).toBe('n');
    }
  });

  it('still documents the workspace and query parameters', () => {
    const { routes } = probe();
    const doc = routes.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 't', version: '1' } });
    const names = (doc.paths!['/w/{ws}/probe'].get!.parameters as { name: string; in: string }[]).map((p) => `${p.in} ${p.name}`);
    expect(names.sort()).toEqual(['path ws', 'query n', 'query tag']);
  });
});
