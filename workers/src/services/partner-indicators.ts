import { sql } from 'drizzle-orm';
import type { TenantDb } from '../../../db';
import { agreements, aidProjects, awards, events, partners } from '../../../db/tenant/schema';
import { partnerIndicatorsOf, type DayRange, type PartnerActivity, type PartnerIndicators } from '../../../shared/partner-indicators';

export type { PartnerIndicators };

/**
 * The rows the partners issue's indicators are decided from (shared/partner-indicators.ts):
 * one batch, only the columns the definitions read. Loaded once, they serve any number of
 * ranges (the snapshots' months), so the definitions live in one place and not in SQL.
 */
export async function loadPartnerActivity(db: TenantDb): Promise<PartnerActivity> {
  const [partnerRows, agreementRows, aidRows, awardRows, eventRows] = await db.batch([
    db.select({ id: partners.id }).from(partners),
    db
      .select({
        signedOn: agreements.signedOn,
        validFrom: agreements.validFrom,
        validTo: agreements.validTo,
        partnerIds: sql<string>`(SELECT json_group_array(ap.partner_id) FROM agreement_partners ap WHERE ap.agreement_id = "agreements"."id")`,
      })
      .from(agreements),
    db
      .select({
        donorPartnerId: aidProjects.donorPartnerId,
        status: aidProjects.status,
        committedVnd: aidProjects.committedVnd,
        disbursedVnd: aidProjects.disbursedVnd,
        startsOn: aidProjects.startsOn,
        endsOn: aidProjects.endsOn,
        createdAt: aidProjects.createdAt,
      })
      .from(aidProjects),
    db.select({ decidedOn: awards.decidedOn }).from(awards),
    db
      .select({ startsAt: events.startsAt, lastEndsAt: events.lastEndsAt, partnerIds: events.partnerIds })
      .from(events)
      .where(sql`json_array_length(${events.partnerIds}) > 0`),
  ]);
  return {
    partnerIds: partnerRows.map((p) => p.id),
    agreements: agreementRows.map((a) => ({ ...a, partnerIds: JSON.parse(a.partnerIds) as string[] })),
    aid: aidRows,
    awards: awardRows,
    events: eventRows,
  };
}

/** The six indicators of one workspace for the days `range.from`..`range.to`. */
export async function partnerIndicators(db: TenantDb, range: DayRange): Promise<PartnerIndicators> {
  return partnerIndicatorsOf(await loadPartnerActivity(db), range);
}
