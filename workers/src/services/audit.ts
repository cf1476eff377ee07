import { auditLog } from '../../../db/tenant/schema';
import type { TenantDb } from '../../../db';
import type { CurrentUser } from '../env';
import { insertStatements } from './batch';

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | null;
}

const values = (actor: CurrentUser, entry: AuditEntry) => ({
  actorId: actor.id,
  actor: `${actor.name} <${actor.email}>`,
  action: entry.action,
  entity: entry.entity,
  entityId: entry.entityId ?? null,
});

/**
 * The insert that records a change in a workspace's audit log. Returned unexecuted so that a
 * route can put it in the same `db.batch([...])` as the change itself.
 */
export function auditInsert(db: TenantDb, actor: CurrentUser, entry: AuditEntry) {
  return db.insert(auditLog).values(values(actor, entry));
}

/** The inserts recording many changes (a bulk write), as multi-row statements for one raw batch. */
export function auditStatements(actor: CurrentUser, entries: AuditEntry[]) {
  return insertStatements(auditLog, entries.map((e) => values(actor, e)), { perStatement: 1000 });
}
