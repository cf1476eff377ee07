import { createRoute } from '@hono/zod-openapi';
import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import type { Context } from 'hono';
import { z } from 'zod';
import { invitations, users, workspaceUsers, workspaces } from '../../../db/catalog/schema';
import { invitationCreate } from '../../../shared/account';
import { hasRole, roles } from '../../../shared/workspace';
import { ApiError } from '../errors';
import type { AppEnv } from '../env';
import { requireUser } from '../middleware/auth';
import { requireRole } from '../middleware/workspace';
import { auditInsert } from '../services/audit';
import { now } from '../services/clock';
import { newId, newSecret, sha256Hex } from '../services/ids';
import { jsonAnswer, jsonBody, noContent, problems, router, wsParams } from './openapi';

const validDays = 14;
const invitation = z.object({ id: z.string(), email: z.string(), role: z.enum(roles), createdAt: z.string(), expiresAt: z.string() });
const tokenParams = z.object({ token: z.string() });

/** The open invitation behind a token (not accepted, revoked or expired), or 404. */
async function openInvitation(c: Context<AppEnv>, token: string) {
  const [row] = await c
    .get('deps')
    .catalog.select({ inv: invitations, ws: { id: workspaces.id, slug: workspaces.slug, name: workspaces.name, kind: workspaces.kind } })
    .from(invitations)
    .innerJoin(workspaces, eq(workspaces.id, invitations.workspaceId))
    .where(and(eq(invitations.tokenHash, await sha256Hex(token)), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, now(c))));
  if (!row) throw new ApiError(404, 'invitation_invalid', 'This invitation link is unknown, already used, withdrawn or expired.');
  return row;
}

/** Invitations: admins invite by e-mail; the invited person accepts through the link. */
export const invitationRoutes = router();

invitationRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/w/{ws}/invitations',
    tags: ['People'],
    middleware: [requireRole('admin')],
    request: { params: wsParams, ...jsonBody(invitationCreate) },
    responses: {
      201: jsonAnswer(z.object({ id: z.string(), email: z.string(), role: z.enum(roles), acceptUrl: z.string() }), 'Created; the e-mail is sent'),
      401: problems[401],
      403: problems[403],
      404: problems[404],
      409: problems[409],
      422: problems[422],
      503: problems[503],
    },
  }),
  async (c) => {
    const me = requireUser(c);
    const { email, role } = c.req.valid('json');
    const ws = c.get('workspace');
    const { catalog, mailer, config } = c.get('deps');
    if (role === 'owner' && c.get('role') !== 'owner') throw new ApiError(403, 'forbidden', 'Only an owner can invite an owner.');
    const [member] = await catalog
      .select({ id: users.id })
      .from(workspaceUsers)
      .innerJoin(users, eq(users.id, workspaceUsers.userId))
      .where(and(eq(workspaceUsers.workspaceId, ws.id), eq(users.email, email)));
    if (member) throw new ApiError(409, 'already_member', `${email} already has access to this workspace.`);

    const id = newId();
    const token = newSecret('inv');
    const expiresAt = new Date(now(c).getTime() + validDays * 86400_000);
    await catalog.insert(invitations).values({ id, workspaceId: ws.id, email, role, tokenHash: await sha256Hex(token), invitedBy: me.id, expiresAt });
    const acceptUrl = `${config.publicUrl}/invitations/${token}`;
    try {
      await mailer.send({
        to: email,
        subject: `Amity: lời mời tham gia ${ws.name} / invitation to ${ws.name}`,
        text:
          `${me.name} mời bạn tham gia "${ws.name}" trên Amity với vai trò ${role}.\nMở liên kết sau để chấp nhận (hiệu lực ${validDays} ngày):\n${acceptUrl}\n\n` +
          `${me.name} invites you to "${ws.name}" on Amity as ${role}.\nOpen this link to accept (valid for ${validDays} days):\n${acceptUrl}\n`,
      });
    } catch (err) {
      // No invitation that nobody was told about: it goes, and the admin can try again.
      console.error(`[${c.get('requestId')}] invitation mail to ${email} failed:`, err);
      await catalog.delete(invitations).where(eq(invitations.id, id));
      throw new ApiError(503, 'mail_unavailable', 'The invitation e-mail could not be sent; nothing was saved. Try again later.');
    }
    await auditInsert(c.get('db'), me, { action: 'invitation.create', entity: 'invitation', entityId: id });
    return c.json({ id, email, role, acceptUrl }, 201);
  },
);

invitationRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/w/{ws}/invitations',
    tags: ['People'],
    middleware: [requireRole('admin')],
    request: { params: wsParams },
    responses: { 200: jsonAnswer(z.object({ items: z.array(invitation), nextCursor: z.null() })), 401: problems[401], 403: problems[403], 404: problems[404] },
  }),
  async (c) => {
    const rows = await c
      .get('deps')
      .catalog.select()
      .from(invitations)
      .where(and(eq(invitations.workspaceId, c.get('workspace').id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, now(c))))
      .orderBy(desc(invitations.createdAt));
    const items = rows.map((r) => ({ id: r.id, email: r.email, role: r.role, createdAt: r.createdAt.toISOString(), expiresAt: r.expiresAt.toISOString() }));
    return c.json({ items, nextCursor: null }, 200);
  },
);

invitationRoutes.openapi(
  createRoute({
    method: 'delete',
    path: '/w/{ws}/invitations/{id}',
    tags: ['People'],
    description: 'Withdraws an invitation; its link stops working.',
    middleware: [requireRole('admin')],
    request: { params: wsParams.extend({ id: z.string() }) },
    responses: { 204: noContent, 401: problems[401], 403: problems[403], 404: problems[404] },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const done = await c
      .get('deps')
      .catalog.update(invitations)
      .set({ revokedAt: now(c) })
      .where(and(eq(invitations.id, id), eq(invitations.workspaceId, c.get('workspace').id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
      .returning({ id: invitations.id });
    if (!done.length) throw ApiError.notFound('invitation');
    await auditInsert(c.get('db'), requireUser(c), { action: 'invitation.revoke', entity: 'invitation', entityId: id });
    return c.body(null, 204);
  },
);

invitationRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/invitations/{token}',
    tags: ['People'],
    description: 'What an invitation link offers, so the page can show it before sign-in.',
    request: { params: tokenParams },
    responses: {
      200: jsonAnswer(z.object({ workspace: z.object({ slug: z.string(), name: z.string(), kind: z.string() }), email: z.string(), role: z.enum(roles) })),
      404: problems[404],
    },
  }),
  async (c) => {
    const { inv, ws } = await openInvitation(c, c.req.valid('param').token);
    return c.json({ workspace: { slug: ws.slug, name: ws.name, kind: ws.kind }, email: inv.email, role: inv.role }, 200);
  },
);

invitationRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/invitations/{token}/accept',
    tags: ['People'],
    request: { params: tokenParams },
    responses: {
      200: jsonAnswer(z.object({ workspace: z.object({ slug: z.string(), role: z.enum(roles) }) })),
      401: problems[401],
      403: problems[403],
      404: problems[404],
    },
  }),
  async (c) => {
    const me = requireUser(c);
    const { inv, ws } = await openInvitation(c, c.req.valid('param').token);
    if (inv.email !== me.email.toLowerCase()) {
      throw new ApiError(403, 'invitation_email_mismatch', `This invitation is for ${inv.email}. Sign in with that address to accept it.`);
    }
    const { catalog, tenants } = c.get('deps');
    const [current] = await catalog
      .select({ role: workspaceUsers.role, ref: workspaces.databaseRef })
      .from(workspaces)
      .leftJoin(workspaceUsers, and(eq(workspaceUsers.workspaceId, workspaces.id), eq(workspaceUsers.userId, me.id)))
      .where(eq(workspaces.id, ws.id));
    // Accepting never lowers a role someone already has.
    const role = current.role && hasRole(current.role, inv.role) ? current.role : inv.role;
    await catalog.batch([
      catalog.update(invitations).set({ acceptedAt: now(c) }).where(eq(invitations.id, inv.id)),
      catalog
        .insert(workspaceUsers)
        .values({ workspaceId: ws.id, userId: me.id, role })
        .onConflictDoUpdate({ target: [workspaceUsers.workspaceId, workspaceUsers.userId], set: { role } }),
    ]);
    await auditInsert(tenants.open(current.ref!), me, { action: 'invitation.accept', entity: 'invitation', entityId: inv.id });
    return c.json({ workspace: { slug: ws.slug, role } }, 200);
  },
);
