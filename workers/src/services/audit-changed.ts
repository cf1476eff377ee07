import { sql } from 'drizzle-orm';
import type { TenantDb } from '../../../db';
import type { CurrentUser } from '../env';
import type { AuditEntry } from './audit';

/**
 * Like `auditInsert`, but records the entry only when the statement just before it in the same
 * `db.batch([...])` changed a row (SQLite's `changes()`). For guarded writes — a conditional
 * insert or update that may do nothing — so that the log never shows a change that did not
 * happen, without reading first.
 */
export function auditIfChanged(db: TenantDb, actor: CurrentUser, entry: AuditEntry) {
  return db.run(
    sql`INSERT INTO audit_log (actor_id, actor, action, entity, entity_id)
        SELECT ${actor.id}, ${`${actor.name} <${actor.email}>`}, ${entry.action}, ${entry.entity}, ${entry.entityId ?? null}
        WHERE changes() > 0`,
  );
}

/** One audit entry per row of `entity` that the promotion `token` moved up (see services/registrations.ts). */
export function auditPromotions(db: TenantDb, actor: CurrentUser, token: string) {
  return db.run(
    sql`INSERT INTO audit_log (actor_id, actor, action, entity, entity_id)
        SELECT ${actor.id}, ${`${actor.name} <${actor.email}>`}, 'registration.promote', 'registration', id
        FROM registrations WHERE promotion = ${token}`,
  );
}
