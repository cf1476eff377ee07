import { sql } from 'drizzle-orm';
import type { TenantDb } from '../../../db';
import { addDays } from '../../../shared/partners';

/** The shared indicators (DOMAIN.md) that partners, agreements, aid and awards feed. */
export interface PartnerIndicators {
  partners_active: number;
  agreements_signed: number;
  agreements_active: number;
  aid_committed_vnd: number;
  aid_disbursed_vnd: number;
  awards: number;
}

/**
 * An aid project's period: from `startsOn` (else the day it was entered, in Vietnam) to `endsOn`.
 * Without `endsOn`, a completed or cancelled project is taken to have ended the day it started,
 * a planned or ongoing one to run on.
 */
const aidStart = sql`coalesce(a.starts_on, date(a.created_at / 1000, 'unixepoch', '+7 hours'))`;
const aidEnd = sql`coalesce(a.ends_on, CASE WHEN a.status IN ('completed', 'cancelled') THEN ${aidStart} END, '9999-12-31')`;

/**
 * The indicators of one workspace for the days `from`..`to` (both included, 'YYYY-MM-DD',
 * Vietnam time), each one SQL aggregate (sums by `total()`, which cannot overflow):
 *
 * - `agreements_signed`: agreements whose `signedOn` falls in the range.
 * - `agreements_active`: agreements valid on at least one day of the range (`validFrom` ≤ `to`
 *   and `validTo` ≥ `from` or open-ended), whatever their status today.
 * - `aid_committed_vnd`, `aid_disbursed_vnd`: the committed and disbursed VND of the aid projects
 *   whose period (see `aidStart`/`aidEnd`) overlaps the range, each counted in full (there are no
 *   dated disbursements to pro-rate): a project running over two years counts in both years, so
 *   sums over consecutive ranges can exceed the total. Cancelled projects add nothing to the
 *   committed value; what they disbursed before cancellation still counts as disbursed.
 * - `partners_active`: partners with any of these in the range: an agreement they are party to
 *   (signed in it, or valid on a day of it), an aid project they give that overlaps it and is
 *   not cancelled, or an event naming them (`partnerIds`) whose span overlaps it (a series by
 *   its whole span, first start to last end).
 * - `awards`: award decisions whose `decidedOn` falls in the range.
 */
export async function partnerIndicators(db: TenantDb, range: { from: string; to: string }): Promise<PartnerIndicators> {
  const { from, to } = range;
  const fromMs = Date.parse(`${from}T00:00:00+07:00`);
  const untilMs = Date.parse(`${addDays(to, 1)}T00:00:00+07:00`);
  const agreementInRange = sql`(g.signed_on BETWEEN ${from} AND ${to} OR (g.valid_from <= ${to} AND coalesce(g.valid_to, '9999-12-31') >= ${from}))`;
  const row = await db.get<Record<keyof PartnerIndicators, number | null>>(sql`SELECT
    (SELECT count(*) FROM agreements g WHERE g.signed_on BETWEEN ${from} AND ${to}) AS agreements_signed,
    (SELECT count(*) FROM agreements g WHERE g.valid_from <= ${to} AND coalesce(g.valid_to, '9999-12-31') >= ${from}) AS agreements_active,
    (SELECT total(CASE WHEN a.status = 'cancelled' THEN 0 ELSE a.committed_vnd END) FROM aid_projects a WHERE ${aidStart} <= ${to} AND ${aidEnd} >= ${from}) AS aid_committed_vnd,
    (SELECT total(a.disbursed_vnd) FROM aid_projects a WHERE ${aidStart} <= ${to} AND ${aidEnd} >= ${from}) AS aid_disbursed_vnd,
    (SELECT count(*) FROM awards w WHERE w.decided_on BETWEEN ${from} AND ${to}) AS awards,
    (SELECT count(*) FROM partners p WHERE
      EXISTS (SELECT 1 FROM agreement_partners ap JOIN agreements g ON g.id = ap.agreement_id WHERE ap.partner_id = p.id AND ${agreementInRange})
      OR EXISTS (SELECT 1 FROM aid_projects a WHERE a.donor_partner_id = p.id AND a.status <> 'cancelled' AND ${aidStart} <= ${to} AND ${aidEnd} >= ${from})
      OR EXISTS (SELECT 1 FROM events e, json_each(e.partner_ids) j WHERE j.value = p.id AND e.starts_at < ${untilMs} AND e.last_ends_at > ${fromMs})
    ) AS partners_active`);
  return {
    partners_active: Number(row.partners_active ?? 0),
    agreements_signed: Number(row.agreements_signed ?? 0),
    agreements_active: Number(row.agreements_active ?? 0),
    aid_committed_vnd: Number(row.aid_committed_vnd ?? 0),
    aid_disbursed_vnd: Number(row.aid_disbursed_vnd ?? 0),
    awards: Number(row.awards ?? 0),
  };
}
