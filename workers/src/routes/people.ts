import { createRoute } from '@hono/zod-openapi';
import { and, eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { z } from 'zod';
import { users, workspaceUsers } from '../../../db/catalog/schema';
import { roleChange } from '../../../shared/account';
import { roles, type Role } from '../../../shared/workspace';
import { ApiError } from '../errors';
import type { AppEnv } from '../env';
import { requireUser } from '../middleware/auth';
import { requireRole } from '../middleware/workspace';
import { auditInsert } from '../services/audit';
import { jsonAnswer, jsonBody, noContent, problems, router, wsParams } from './openapi';

const person = z.object({ userId: z.string(), name: z.string(), email: z.string(), role: z.enum(roles), since: z.string() });
const params = wsParams.extend({ userId: z.string() });

async function people(c: Context<AppEnv>) {
  const rows = await c
    .get('deps')
    .catalog.select({ userId: users.id, name: users.name, email: users.email, role: workspaceUsers.role, since: workspaceUsers.createdAt })
    .from(workspaceUsers)
    .innerJoin(users, eq(users.id, workspaceUsers.userId))
    .where(eq(workspaceUsers.workspaceId, c.get('workspace').id))
    .orderBy(users.name);
  return rows.map((r) => ({ ...r, since: r.since.toISOString() }));
}

/** The person `userId` in this workspace, or 404; owners can only be changed by owners. */
async function target(c: Context<AppEnv>, userId: string) {
  const all = await people(c);
  const person = all.find((p) => p.userId === userId);
  if (!person) throw ApiError.notFound('person in this workspace');
  return { person, owners: all.filter((p) => p.role === 'owner').length };
}

function guardOwners(c: Context<AppEnv>, from: Role, to: Role | null, owners: number) {
  if ((from === 'owner' || to === 'owner') && c.get('role') !== 'owner') {
    throw new ApiError(403, 'forbidden', 'Only an owner can add or remove owners.');
  }
  if (from === 'owner' && to !== 'owner' && owners === 1) {
    throw new ApiError(409, 'last_owner', 'A workspace needs at least one owner. Make someone else owner first.');
  }
}

/** /api/w/:ws/users — the people with access to a workspace and their roles. */
export const peopleRoutes = router();

peopleRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/w/{ws}/users',
    tags: ['People'],
    middleware: [requireRole('admin')],
    request: { params: wsParams },
    responses: { 200: jsonAnswer(z.object({ items: z.array(person), nextCursor: z.null() })), 401: problems[401], 403: problems[403], 404: problems[404] },
  }),
  async (c) => c.json({ items: await people(c), nextCursor: null }, 200),
);

peopleRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/w/{ws}/users/{userId}',
    tags: ['People'],
    middleware: [requireRole('admin')],
    request: { params, ...jsonBody(roleChange) },
    responses: { 200: jsonAnswer(person), 401: problems[401], 403: problems[403], 404: problems[404], 409: problems[409], 422: problems[422] },
  }),
  async (c) => {
    const { userId } = c.req.valid('param');
    const { role } = c.req.valid('json');
    const { person, owners } = await target(c, userId);
    guardOwners(c, person.role, role, owners);
    await c
      .get('deps')
      .catalog.update(workspaceUsers)
      .set({ role })
      .where(and(eq(workspaceUsers.workspaceId, c.get('workspace').id), eq(workspaceUsers.userId, userId)));
    c.get('caches').access.delete(`${userId} ${c.get('workspace').slug}`);
    await auditInsert(c.get('db'), requireUser(c), { action: `user.role.${role}`, entity: 'user', entityId: userId });
    return c.json({ ...person, role }, 200);
  },
);

peopleRoutes.openapi(
  createRoute({
    method: 'delete',
    path: '/w/{ws}/users/{userId}',
    tags: ['People'],
    description: 'Removes access (admins; anyone may remove themselves).',
    request: { params },
    responses: { 204: noContent, 401: problems[401], 403: problems[403], 404: problems[404], 409: problems[409] },
  }),
  async (c) => {
    const { userId } = c.req.valid('param');
    const me = requireUser(c);
    const { person, owners } = await target(c, userId);
    if (userId !== me.id) {
      await requireRole('admin')(c, async () => {});
      guardOwners(c, person.role, null, owners);
    } else if (person.role === 'owner' && owners === 1) {
      guardOwners(c, 'owner', null, owners);
    }
    await c
      .get('deps')
      .catalog.delete(workspaceUsers)
      .where(and(eq(workspaceUsers.workspaceId, c.get('workspace').id), eq(workspaceUsers.userId, userId)));
    c.get('caches').access.delete(`${userId} ${c.get('workspace').slug}`);
    await auditInsert(c.get('db'), me, { action: 'user.remove', entity: 'user', entityId: userId });
    return c.body(null, 204);
  },
);
