import { eq } from 'drizzle-orm';
import { affiliations, workspaceUsers, workspaces } from '../../../db/catalog/schema';
import type { CatalogDb } from '../../../db';
import { fieldMessages } from '../../../shared/messages';
import { defaultCode, type WorkspaceCreate, type WorkspaceKind } from '../../../shared/workspace';
import type { AppDeps } from '../deps';
import type { CurrentUser } from '../env';
import { ApiError } from '../errors';
import { auditInsert } from './audit';
import { nowOf } from './clock';
import { newId } from './ids';

const parentError = (code: 'parent_unknown' | 'parent_kind' | 'parent_cycle') =>
  new ApiError(422, 'validation_failed', 'Some fields are not valid.', [{ path: 'parent', message: fieldMessages[code], code }]);

/** Which kinds may be the parent of which (the tree of DOMAIN.md "The organisations"). */
const allowedParents: Record<WorkspaceKind, WorkspaceKind[]> = {
  union: ['union'],
  association: ['union'],
  branch: ['association', 'union'],
};

/**
 * The workspace `slug` names as a parent for a `kind` workspace, or a 422. `childId` is given
 * when an existing workspace changes parent, so that it cannot join its own subtree.
 */
export async function findParent(catalog: CatalogDb, kind: WorkspaceKind, slug: string, childId?: string) {
  const [parent] = await catalog.select({ id: workspaces.id, kind: workspaces.kind, slug: workspaces.slug }).from(workspaces).where(eq(workspaces.slug, slug));
  if (!parent) throw parentError('parent_unknown');
  if (!allowedParents[kind].includes(parent.kind)) throw parentError('parent_kind');
  for (let id: string | undefined = parent.id; id; ) {
    if (id === childId) throw parentError('parent_cycle');
    const [up] = await catalog.select({ parentId: affiliations.parentId }).from(affiliations).where(eq(affiliations.childId, id));
    id = up?.parentId;
  }
  return parent;
}

/**
 * Creates the workspace's own database first, then registers it in the catalog in one batch
 * (workspace, owner, pending affiliation). If registering fails, the new database is dropped:
 * no orphan database, no half-registered workspace.
 */
export async function createWorkspace(deps: AppDeps, owner: CurrentUser, input: WorkspaceCreate) {
  const { catalog, tenants } = deps;
  const taken = await catalog.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.slug, input.slug));
  if (taken.length) throw new ApiError(409, 'slug_taken', `The address "${input.slug}" is already taken.`);
  const parent = input.parent ? await findParent(catalog, input.kind, input.parent) : null;

  const id = newId();
  const ref = await tenants.create(id).catch((e) => {
    console.error(`[workspaces] creating the database of ${input.slug} failed:`, e);
    throw new ApiError(503, 'provisioning_failed', 'The workspace database could not be created. Nothing was saved; please try again in a moment.');
  });
  const now = nowOf(deps);
  try {
    const workspace = {
      id,
      slug: input.slug,
      name: input.name,
      kind: input.kind,
      code: input.code ?? defaultCode(input.slug),
      countries: input.countries ?? [],
      databaseRef: ref,
    };
    await catalog.batch([
      catalog.insert(workspaces).values(workspace),
      catalog.insert(workspaceUsers).values({ workspaceId: id, userId: owner.id, role: 'owner' }),
      ...(parent ? [catalog.insert(affiliations).values({ childId: id, parentId: parent.id, status: 'pending', requestedAt: now })] : []),
    ]);
  } catch (e) {
    await tenants.drop(ref);
    if (String(e).includes('UNIQUE')) throw new ApiError(409, 'slug_taken', `The address "${input.slug}" is already taken.`);
    throw e;
  }
  await auditInsert(tenants.open(ref), owner, { action: 'workspace.create', entity: 'workspace', entityId: id });
  return id;
}
