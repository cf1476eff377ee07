import { and, eq, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { MiddlewareHandler } from 'hono';
import { affiliations, workspaceUsers, workspaces } from '../../../db/catalog/schema';
import { hasRole, type Role } from '../../../shared/workspace';
import { ApiError } from '../errors';
import type { CatalogDb } from '../../../db';
import type { Access, AppEnv } from '../env';
import { isCalendarFeed } from '../routes/calendar';
import { refreshAfterChange } from '../services/snapshot-hook';
import { requireUser } from './auth';

/**
 * For /api/w/:ws routes: slug → the caller's membership → the workspace's own database; once
 * the route has answered, a successful change schedules the workspace's snapshot refresh.
 * A workspace the caller is not in answers 404, exactly like one that does not exist. Calendar
 * apps fetch the feed without a session: that one route authenticates by its key instead.
 */
export const resolveWorkspace: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (isCalendarFeed(c)) return next();
  const user = requireUser(c);
  const slug = c.req.param('ws') ?? '';
  const { access } = c.get('caches');
  const key = `${user.id} ${slug}`;
  const found = access.get(key) ?? (await lookUp(c.get('deps').catalog, user.id, slug));
  // Only access that exists is remembered: someone who just joined is let in at once.
  if (!found) throw ApiError.notFound('workspace');
  access.set(key, found);
  c.set('workspace', found.workspace);
  c.set('role', found.role);
  c.set('parent', found.parent);
  c.set('affiliates', found.affiliates);
  c.set('db', c.get('deps').tenants.open(found.ref));
  await next();
  refreshAfterChange(c);
};

const parents = alias(workspaces, 'parents');

/** The caller's access to the workspace `slug`, with its parent (a rejected request is none). */
async function lookUp(catalog: CatalogDb, userId: string, slug: string): Promise<Access | undefined> {
  const [row] = await catalog
    .select({
      id: workspaces.id,
      slug: workspaces.slug,
      name: workspaces.name,
      kind: workspaces.kind,
      code: workspaces.code,
      countries: workspaces.countries,
      ref: workspaces.databaseRef,
      role: workspaceUsers.role,
      parentSlug: parents.slug,
      parentName: parents.name,
      parentStatus: affiliations.status,
      affiliates: sql<number>`(SELECT COUNT(*) FROM affiliations a WHERE a.parent_id = ${workspaces.id} AND a.status = 'approved')`,
    })
    .from(workspaces)
    .innerJoin(workspaceUsers, and(eq(workspaceUsers.workspaceId, workspaces.id), eq(workspaceUsers.userId, userId)))
    .leftJoin(affiliations, and(eq(affiliations.childId, workspaces.id), ne(affiliations.status, 'rejected')))
    .leftJoin(parents, eq(parents.id, affiliations.parentId))
    .where(eq(workspaces.slug, slug));
  if (!row) return undefined;
  const { ref, role, parentSlug, parentName, parentStatus, affiliates, ...workspace } = row;
  const parent = parentSlug && parentName && parentStatus ? { slug: parentSlug, name: parentName, status: parentStatus } : null;
  return { workspace, role, ref, parent, affiliates: Number(affiliates) };
}

/** Route guard: the caller's role in this workspace must be at least `needed` (else 403). */
export function requireRole(needed: Role): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!hasRole(c.get('role'), needed)) {
      throw new ApiError(403, 'forbidden', `This needs the ${needed} role or higher in this workspace.`);
    }
    return next();
  };
}
