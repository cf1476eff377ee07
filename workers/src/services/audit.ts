import { auditLog } from '../../../db/tenant/schema';
import type { TenantDb } from '../../../db';
import type { CurrentUser } from '../env';

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | null;
}

/**
 * The insert that records a change in a workspace's audit log. Returned unexecuted so that a
 * route can put it in the same `db.batch([...])` as the change itself.
 */
export function auditInsert(db: TenantDb, actor: CurrentUser, entry: AuditEntry) {
  return db.insert(auditLog).values({
    actorId: actor.id,
    actor: `${actor.name} <${actor.email}>`,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
  });
}
