import { and, eq, gt, gte, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { TenantDb } from '../../../db';
import { agreementPartners, agreements } from '../../../db/tenant/schema';
import { addDays, agreementStatus, expiringWithinDays, type Agreement, type AgreementStatus } from '../../../shared/partners';
import { ApiError, invalidField } from '../errors';

export type AgreementRow = typeof agreements.$inferSelect;
/** The fields a person sets, as stored (every optional field present, null when empty). */
export type AgreementData = Pick<AgreementRow, 'title' | 'signedOn' | 'validFrom' | 'validTo' | 'documentId' | 'renewedFromId' | 'notes'> & { partnerIds: string[] };

export const emptyAgreement: AgreementData = { title: '', partnerIds: [], signedOn: '', validFrom: '', validTo: null, documentId: null, renewedFromId: null, notes: null };

/**
 * An agreement row with its parties in order and the agreement renewing it. Qualified by hand:
 * drizzle leaves columns of the only table unqualified.
 */
export const agreementSelection = {
  row: agreements,
  partnerIds: sql<string>`(SELECT json_group_array(partner_id) FROM (SELECT ap.partner_id FROM agreement_partners ap WHERE ap.agreement_id = "agreements"."id" ORDER BY ap.position))`,
  renewedById: sql<string | null>`(SELECT s.id FROM agreements s WHERE s.renewed_from_id = "agreements"."id")`,
};
type Selected = { row: AgreementRow; partnerIds: string; renewedById: string | null };

export const dataOf = (s: Selected): AgreementData => ({
  title: s.row.title,
  partnerIds: JSON.parse(s.partnerIds) as string[],
  signedOn: s.row.signedOn,
  validFrom: s.row.validFrom,
  validTo: s.row.validTo,
  documentId: s.row.documentId,
  renewedFromId: s.row.renewedFromId,
  notes: s.row.notes,
});

export function toAgreement(s: Selected, today: string): Agreement {
  const data = dataOf(s);
  return {
    id: s.row.id,
    ...data,
    status: agreementStatus(data, today),
    renewedById: s.renewedById,
    createdAt: s.row.createdAt.toISOString(),
    updatedAt: s.row.updatedAt.toISOString(),
  };
}

export async function findAgreement(db: TenantDb, id: string): Promise<Selected> {
  const [row] = await db.select(agreementSelection).from(agreements).where(eq(agreements.id, id));
  if (!row) throw ApiError.notFound('agreement');
  return row;
}

/** The SQL twin of shared/partners.ts `agreementStatus`: the agreements with `status` on `today`. */
export function statusIs(status: AgreementStatus, today: string): SQL | undefined {
  const soon = addDays(today, expiringWithinDays);
  const started = lte(agreements.validFrom, today);
  switch (status) {
    case 'not_yet_valid':
      return gt(agreements.validFrom, today);
    case 'expired':
      return and(started, lt(agreements.validTo, today));
    case 'expiring':
      return and(started, gte(agreements.validTo, today), lte(agreements.validTo, soon));
    case 'active':
      return and(started, or(isNull(agreements.validTo), gt(agreements.validTo, soon)));
  }
}

export const partyOf = (partnerId: string) =>
  sql`EXISTS (SELECT 1 FROM agreement_partners ap WHERE ap.agreement_id = "agreements"."id" AND ap.partner_id = ${partnerId})`;

/** The statements that store an agreement's data (new or changed): the row and its parties. */
export function agreementWrites(db: TenantDb, id: string, data: AgreementData, at: Date, isNew: boolean) {
  const { partnerIds, ...fields } = data;
  const parties = partnerIds.map((partnerId, position) => ({ agreementId: id, partnerId, position }));
  return [
    isNew ? db.insert(agreements).values({ id, ...fields, createdAt: at, updatedAt: at }) : db.update(agreements).set({ ...fields, updatedAt: at }).where(eq(agreements.id, id)),
    ...(isNew ? [] : [db.delete(agreementPartners).where(eq(agreementPartners.agreementId, id))]),
    db.insert(agreementPartners).values(parties),
  ];
}

/** Throws 422 unless the agreement ends on or after it starts. */
export function checkValidity(data: Pick<AgreementData, 'validFrom' | 'validTo'>): void {
  if (data.validTo && data.validTo < data.validFrom) throw invalidField('validTo', 'end_before_start');
}

/** Throws 422 `agreement_unknown` / 409 `already_renewed` unless `id` can be renewed by a new agreement. */
export async function checkRenewable(db: TenantDb, id: string, path?: string): Promise<void> {
  const [before] = await db.select({ id: agreements.id, renewedById: agreementSelection.renewedById }).from(agreements).where(eq(agreements.id, id));
  if (!before) {
    if (path) throw invalidField(path, 'agreement_unknown');
    throw ApiError.notFound('agreement');
  }
  if (before.renewedById) throw new ApiError(409, 'already_renewed', 'This agreement has already been renewed.', path ? [{ path, message: 'This agreement has already been renewed.', code: 'already_renewed' }] : undefined);
}
