import { and, eq } from 'drizzle-orm';
import type { MiddlewareHandler } from 'hono';
import { workspaceUsers, workspaces } from '../../../db/catalog/schema';
import { hasRole, type Role } from '../../../shared/workspace';
import { ApiError } from '../errors';
import type { AppEnv } from '../env';
import { requireUser } from './auth';

/**
 * For /api/w/:ws routes: slug → the caller's membership → the workspace's own database.
 * A workspace the caller is not in answers 404, exactly like one that does not exist.
 */
export const resolveWorkspace: MiddlewareHandler<AppEnv> = async (c, next) => {
  const user = requireUser(c);
  const { catalog, tenants } = c.get('deps');
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
    })
    .from(workspaces)
    .innerJoin(workspaceUsers, and(eq(workspaceUsers.workspaceId, workspaces.id), eq(workspaceUsers.userId, user.id)))
    .where(eq(workspaces.slug, c.req.param('ws') ?? ''));
  if (!row) throw ApiError.notFound('workspace');
  const { ref, role, ...workspace } = row;
  c.set('workspace', workspace);
  c.set('role', role);
  c.set('db', tenants.open(ref));
  return next();
};

/** Route guard: the caller's role in this workspace must be at least `needed` (else 403). */
export function requireRole(needed: Role): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!hasRole(c.get('role'), needed)) {
      throw new ApiError(403, 'forbidden', `This needs the ${needed} role or higher in this workspace.`);
    }
    return next();
  };
}
