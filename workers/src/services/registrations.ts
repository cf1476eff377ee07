import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { members, registrations } from '../../../db/tenant/schema';
import type { TenantDb } from '../../../db';
import type { RegistrationStatus } from '../../../shared/events';
import { normalise } from '../../../shared/text';
import type { CurrentUser } from '../env';
import { ApiError } from '../errors';
import { auditIfChanged, auditPromotions } from './audit-changed';
import { newId } from './ids';

export type RegistrationRow = typeof registrations.$inferSelect;

/** A registration as the API shows it to `viewerId`: `mine` when they made it for themselves. */
export function registrationView(r: RegistrationRow, viewerId: string) {
  return {
    id: r.id,
    eventId: r.eventId,
    status: r.status,
    position: r.position,
    memberId: r.memberId,
    name: r.name,
    email: r.email,
    note: r.note,
    mine: r.userId === viewerId,
    checkedInAt: r.checkedInAt?.toISOString() ?? null,
    cancelledAt: r.cancelledAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/**
 * Moves waitlisted registrations up, in order, into whatever seats are free — all of them when
 * the event has no capacity. One statement, so the count it decides on cannot change under it.
 * The rows it moves carry `token`, for their audit entries.
 */
export function promoteWaitlisted(db: TenantDb, eventId: string, token: string, at: number) {
  return db.run(sql`
    UPDATE registrations SET status = 'registered', promotion = ${token}, updated_at = ${at}
    WHERE id IN (
      SELECT id FROM registrations WHERE event_id = ${eventId} AND status = 'waitlisted' ORDER BY position
      LIMIT coalesce((
        SELECT CASE WHEN e.capacity IS NULL THEN -1
                    ELSE max(0, e.capacity - (SELECT count(*) FROM registrations t WHERE t.event_id = e.id AND t.status IN ('registered', 'attended'))) END
        FROM events e WHERE e.id = ${eventId}), 0)
    )`);
}

export interface NewRegistration {
  eventId: string;
  memberId: string | null;
  userId: string | null;
  name: string;
  email: string | null;
  note: string | null;
  /** Editors may add people after registration has closed. */
  evenIfClosed: boolean;
}

/** True for a write refused by a UNIQUE index (the cause carries it on some drivers). */
export const isUnique = (e: unknown) => /UNIQUE constraint failed/.test(`${e} ${(e as { cause?: unknown })?.cause ?? ''}`);

/**
 * Registers someone in one conditional INSERT … SELECT: SQLite decides `registered` or
 * `waitlisted` from the seats taken at that moment, so concurrent requests can never fill more
 * than the capacity; someone already waiting keeps their turn. The audit entry is in the same
 * batch and written only if the row was.
 */
export async function register(db: TenantDb, actor: CurrentUser, input: NewRegistration): Promise<RegistrationRow> {
  const id = newId();
  const at = Date.now();
  const search = normalise(`${input.name} ${input.email ?? ''}`);
  try {
    await db.batch([
      db.run(sql`
        INSERT INTO registrations (id, event_id, position, member_id, user_id, name, email, note, search_text, status, created_at, updated_at)
        SELECT ${id}, e.id,
          coalesce((SELECT max(position) FROM registrations WHERE event_id = e.id), 0) + 1,
          ${input.memberId}, ${input.userId}, ${input.name}, ${input.email}, ${input.note}, ${search},
          CASE WHEN e.capacity IS NULL
                 OR ((SELECT count(*) FROM registrations WHERE event_id = e.id AND status IN ('registered', 'attended')) < e.capacity
                     AND NOT EXISTS (SELECT 1 FROM registrations WHERE event_id = e.id AND status = 'waitlisted'))
               THEN 'registered' ELSE 'waitlisted' END,
          ${at}, ${at}
        FROM events e WHERE e.id = ${input.eventId} AND (e.registration_open = 1 OR ${input.evenIfClosed ? 1 : 0} = 1)`),
      auditIfChanged(db, actor, { action: 'registration.create', entity: 'registration', entityId: id }),
    ]);
  } catch (e) {
    if (isUnique(e)) throw new ApiError(409, 'already_registered', 'This person is already registered for this event.');
    throw e;
  }
  const [row] = await db.select().from(registrations).where(eq(registrations.id, id));
  if (row) return row;
  throw new ApiError(409, 'registration_closed', 'Registration for this event is closed.');
}

export async function findRegistration(db: TenantDb, eventId: string, id: string): Promise<RegistrationRow> {
  const [row] = await db.select().from(registrations).where(and(eq(registrations.id, id), eq(registrations.eventId, eventId)));
  if (!row) throw ApiError.notFound('registration');
  return row;
}

/**
 * Cancels, and in the same batch moves the first waitlisted people into the freed seat. A
 * cancelled registration stays cancelled (idempotent); one already attended cannot be.
 */
export async function cancel(db: TenantDb, actor: CurrentUser, row: RegistrationRow): Promise<RegistrationRow> {
  if (row.status === 'cancelled') return row;
  if (row.status === 'attended') throw new ApiError(409, 'already_attended', 'This person has already checked in.');
  const at = Date.now();
  const token = newId();
  await db.batch([
    db.run(sql`UPDATE registrations SET status = 'cancelled', cancelled_at = ${at}, updated_at = ${at}
               WHERE id = ${row.id} AND status IN ('registered', 'waitlisted')`),
    auditIfChanged(db, actor, { action: 'registration.cancel', entity: 'registration', entityId: row.id }),
    promoteWaitlisted(db, row.eventId, token, at),
    auditPromotions(db, actor, token),
  ]);
  return findRegistration(db, row.eventId, row.id);
}

/** Marks a registered person as present; checking in twice is harmless. */
export async function checkIn(db: TenantDb, actor: CurrentUser, row: RegistrationRow): Promise<RegistrationRow> {
  if (row.status === 'attended') return row;
  if (row.status !== 'registered') throw new ApiError(409, 'not_registered', `Only registered people can check in; this registration is ${row.status}.`);
  const at = Date.now();
  await db.batch([
    db.run(sql`UPDATE registrations SET status = 'attended', checked_in_at = ${at}, updated_at = ${at}
               WHERE id = ${row.id} AND status = 'registered'`),
    auditIfChanged(db, actor, { action: 'registration.check_in', entity: 'registration', entityId: row.id }),
  ]);
  const fresh = await findRegistration(db, row.eventId, row.id);
  if (fresh.status !== 'attended') throw new ApiError(409, 'not_registered', `Only registered people can check in; this registration is ${fresh.status}.`);
  return fresh;
}

export interface RegistrationFilters {
  status?: RegistrationStatus;
  q?: string;
  limit: number;
  cursor?: string;
}

/** Registrations in their order of arrival; `q` matches folded words of name and e-mail. */
export async function listRegistrations(db: TenantDb, eventId: string, f: RegistrationFilters, viewerId: string) {
  const words = f.q ? normalise(f.q).split(' ').filter(Boolean) : [];
  const rows = await db
    .select()
    .from(registrations)
    .where(
      and(
        eq(registrations.eventId, eventId),
        f.status ? eq(registrations.status, f.status) : undefined,
        f.cursor ? gt(registrations.position, Number(f.cursor)) : undefined,
        ...words.map((w) => sql`instr(${registrations.searchText}, ${w}) > 0`),
      ),
    )
    .orderBy(asc(registrations.position))
    .limit(f.limit + 1);
  const page = rows.slice(0, f.limit);
  return { items: page.map((r) => registrationView(r, viewerId)), nextCursor: rows.length > f.limit ? String(page[page.length - 1].position) : null };
}

/** A member of the register, for registering by `memberId`; archived members cannot register. */
export async function findMember(db: TenantDb, id: string) {
  const [row] = await db.select({ id: members.id, fullName: members.fullName, email: members.email, status: members.status }).from(members).where(eq(members.id, id));
  if (!row || row.status === 'archived') {
    throw new ApiError(422, 'validation_failed', 'Some fields are not valid.', [{ path: 'memberId', message: 'No such member in this workspace.', code: 'member_unknown' }]);
  }
  return row;
}
