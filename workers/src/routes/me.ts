import { createRoute } from '@hono/zod-openapi';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { apiTokens, users, workspaceUsers, workspaces } from '../../../db/catalog/schema';
import { mePatch, tokenCreate } from '../../../shared/account';
import { roles, workspaceKinds } from '../../../shared/workspace';
import { ApiError } from '../errors';
import { requireUser } from '../middleware/auth';
import { newId, newSecret, sha256Hex } from '../services/ids';
import { jsonAnswer, jsonBody, noContent, problems, router } from './openapi';

const me = z.object({
  user: z.object({ id: z.string(), name: z.string(), email: z.string(), locale: z.string() }),
  workspaces: z.array(z.object({ slug: z.string(), name: z.string(), kind: z.enum(workspaceKinds), role: z.enum(roles) })),
});
const token = z.object({ id: z.string(), name: z.string(), createdAt: z.string(), lastUsedAt: z.string().nullable() });

/** /api/me and /api/tokens: the signed-in user, their workspaces and their API tokens. */
export const meRoutes = router();

meRoutes.openapi(
  createRoute({ method: 'get', path: '/me', tags: ['Accounts'], responses: { 200: jsonAnswer(me), 401: problems[401] } }),
  async (c) => {
    const user = requireUser(c);
    const list = await c
      .get('deps')
      .catalog.select({ slug: workspaces.slug, name: workspaces.name, kind: workspaces.kind, role: workspaceUsers.role })
      .from(workspaceUsers)
      .innerJoin(workspaces, eq(workspaces.id, workspaceUsers.workspaceId))
      .where(eq(workspaceUsers.userId, user.id))
      .orderBy(workspaces.name);
    return c.json({ user, workspaces: list }, 200);
  },
);

meRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/me',
    tags: ['Accounts'],
    request: jsonBody(mePatch),
    responses: { 200: jsonAnswer(me.shape.user), 401: problems[401], 422: problems[422] },
  }),
  async (c) => {
    const user = requireUser(c);
    const patch = c.req.valid('json');
    const [row] = await c
      .get('deps')
      .catalog.update(users)
      .set({ ...patch, updatedAt: new Date() })
      .where(eq(users.id, user.id))
      .returning({ id: users.id, name: users.name, email: users.email, locale: users.locale });
    c.get('caches').sessions.clear();
    return c.json(row, 200);
  },
);

meRoutes.openapi(
  createRoute({ method: 'get', path: '/tokens', tags: ['Accounts'], responses: { 200: jsonAnswer(z.object({ items: z.array(token) })), 401: problems[401] } }),
  async (c) => {
    const user = requireUser(c);
    const rows = await c
      .get('deps')
      .catalog.select()
      .from(apiTokens)
      .where(and(eq(apiTokens.userId, user.id), isNull(apiTokens.revokedAt)))
      .orderBy(desc(apiTokens.createdAt));
    const items = rows.map((t) => ({ id: t.id, name: t.name, createdAt: t.createdAt.toISOString(), lastUsedAt: t.lastUsedAt?.toISOString() ?? null }));
    return c.json({ items }, 200);
  },
);

meRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/tokens',
    tags: ['Accounts'],
    description: 'The token is shown once; only its hash is stored.',
    request: jsonBody(tokenCreate),
    responses: { 201: jsonAnswer(z.object({ id: z.string(), name: z.string(), token: z.string() }), 'Created'), 401: problems[401], 422: problems[422] },
  }),
  async (c) => {
    const user = requireUser(c);
    const { name } = c.req.valid('json');
    const id = newId();
    const secret = newSecret('amt');
    await c.get('deps').catalog.insert(apiTokens).values({ id, userId: user.id, name, tokenHash: await sha256Hex(secret) });
    return c.json({ id, name, token: secret }, 201);
  },
);

meRoutes.openapi(
  createRoute({
    method: 'delete',
    path: '/tokens/{id}',
    tags: ['Accounts'],
    request: { params: z.object({ id: z.string() }) },
    responses: { 204: noContent, 401: problems[401], 404: problems[404] },
  }),
  async (c) => {
    const user = requireUser(c);
    const done = await c
      .get('deps')
      .catalog.update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiTokens.id, c.req.valid('param').id), eq(apiTokens.userId, user.id), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id });
    if (!done.length) throw ApiError.notFound('token');
    return c.body(null, 204);
  },
);
