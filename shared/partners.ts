import { z } from 'zod';
import { email, personName } from './account';
import { knownCountry } from './countries';
import { relationSince, vnd } from './events';
import { isoDate, phone, type Labels } from './members';

/** Kinds of partner organisation (DOMAIN.md "Partners, agreements, aid, awards"). */
export const partnerKinds = ['friendship_society', 'embassy', 'ngo', 'city', 'university', 'company', 'other'] as const;
export type PartnerKind = (typeof partnerKinds)[number];
export const partnerKindLabels: Labels<PartnerKind> = {
  friendship_society: { vi: 'Tổ chức hữu nghị', en: 'Friendship society' },
  embassy: { vi: 'Đại sứ quán, cơ quan đại diện', en: 'Embassy' },
  ngo: { vi: 'Tổ chức phi chính phủ', en: 'NGO' },
  city: { vi: 'Địa phương, thành phố', en: 'City or region' },
  university: { vi: 'Trường đại học, viện nghiên cứu', en: 'University or institute' },
  company: { vi: 'Doanh nghiệp', en: 'Company' },
  other: { vi: 'Khác', en: 'Other' },
};

/** Derived from the dates and the day of reading, never stored (see `agreementStatus`). */
export const agreementStatuses = ['not_yet_valid', 'active', 'expiring', 'expired'] as const;
export type AgreementStatus = (typeof agreementStatuses)[number];
export const agreementStatusLabels: Labels<AgreementStatus> = {
  not_yet_valid: { vi: 'Chưa có hiệu lực', en: 'Not yet in force' },
  active: { vi: 'Đang có hiệu lực', en: 'In force' },
  expiring: { vi: 'Sắp hết hạn', en: 'Expiring' },
  expired: { vi: 'Đã hết hạn', en: 'Expired' },
};

export const aidSectors = ['health', 'education', 'social', 'environment', 'agriculture', 'disaster_relief', 'water_sanitation', 'culture', 'other'] as const;
export type AidSector = (typeof aidSectors)[number];
export const aidSectorLabels: Labels<AidSector> = {
  health: { vi: 'Y tế', en: 'Health' },
  education: { vi: 'Giáo dục, đào tạo', en: 'Education' },
  social: { vi: 'Xã hội, giảm nghèo', en: 'Social welfare, poverty reduction' },
  environment: { vi: 'Môi trường, biến đổi khí hậu', en: 'Environment, climate' },
  agriculture: { vi: 'Nông nghiệp, phát triển nông thôn', en: 'Agriculture, rural development' },
  disaster_relief: { vi: 'Cứu trợ, khắc phục thiên tai', en: 'Disaster relief' },
  water_sanitation: { vi: 'Nước sạch, vệ sinh', en: 'Water and sanitation' },
  culture: { vi: 'Văn hóa, giao lưu', en: 'Culture and exchange' },
  other: { vi: 'Khác', en: 'Other' },
};

export const aidStatuses = ['planned', 'ongoing', 'completed', 'cancelled'] as const;
export type AidStatus = (typeof aidStatuses)[number];
export const aidStatusLabels: Labels<AidStatus> = {
  planned: { vi: 'Đang vận động', en: 'Planned' },
  ongoing: { vi: 'Đang thực hiện', en: 'Ongoing' },
  completed: { vi: 'Đã hoàn thành', en: 'Completed' },
  cancelled: { vi: 'Đã hủy', en: 'Cancelled' },
};

/** An agreement ending within this many days of today is `expiring`. */
export const expiringWithinDays = 90;

/** `date` ('YYYY-MM-DD') plus `days`. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The status of an agreement on `today`: not yet valid before `validFrom`; expired after
 * `validTo` (the last valid day); expiring when `validTo` is at most 90 days away (today
 * included); otherwise active (an agreement without an end never expires).
 */
export function agreementStatus(a: { validFrom: string; validTo: string | null }, today: string): AgreementStatus {
  if (a.validFrom > today) return 'not_yet_valid';
  if (!a.validTo) return 'active';
  if (a.validTo < today) return 'expired';
  return a.validTo <= addDays(today, expiringWithinDays) ? 'expiring' : 'active';
}

const text = (max: number) => z.string().trim().max(max, { message: 'too_long' });
const required = (max: number) => z.string().trim().min(1, { message: 'required' }).max(max, { message: 'too_long' });
const id = z.string().min(1, { message: 'required' }).max(64, { message: 'too_long' });
/** An optional link: '' clears it like null (a form's empty choice). */
const optionalId = z.union([z.literal(''), id]).nullable();
/** An optional date: '' clears it like null. */
const optionalDate = z.union([z.literal(''), isoDate]).nullable();
const flag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

// ── Partners ──

/** A contact person at a partner; `consent` records whether they agreed to have their details kept. */
export const contact = z.object({
  name: personName,
  role: text(200).nullable().optional(),
  email: z.union([z.literal(''), email]).nullable().optional(),
  phone: phone.nullable().optional(),
  consent: z.boolean({ message: 'consent_required' }),
  consentOn: optionalDate.optional(),
});
export type ContactInput = z.infer<typeof contact>;
export interface Contact {
  name: string;
  role: string | null;
  email: string | null;
  phone: string | null;
  consent: boolean;
  consentOn: string | null;
}

/** Every partner field a person can set; none required (PATCH). */
export const partnerFields = z.object({
  name: required(300),
  /** The name in the partner's own language, e.g. 日越友好協会. */
  nameOriginal: text(300).nullable(),
  country: knownCountry,
  kind: z.enum(partnerKinds, { message: 'partner_kind_invalid' }),
  /** Relationship since: 'YYYY-MM-DD', or 'YYYY' when only the year is known. */
  since: z.union([z.literal(''), relationSince.shape.since]).nullable(),
  contacts: z.array(contact).max(20, { message: 'too_many' }),
  notes: text(5000).nullable(),
});
export const partnerPatch = partnerFields.partial();
export type PartnerPatch = z.infer<typeof partnerPatch>;
export const partnerCreate = partnerPatch.extend({ name: partnerFields.shape.name, country: partnerFields.shape.country, kind: partnerFields.shape.kind });
export type PartnerCreate = z.infer<typeof partnerCreate>;

/** `GET /partners`: `q` matches the name, original name and contact names without diacritics. */
export const partnerFilters = z.object({
  q: z.string().max(200, { message: 'too_long' }).optional(),
  country: knownCountry.optional(),
  kind: z.enum(partnerKinds, { message: 'partner_kind_invalid' }).optional(),
});

export interface Partner {
  id: string;
  name: string;
  nameOriginal: string | null;
  country: string;
  kind: PartnerKind;
  since: string | null;
  contacts: Contact[];
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

// ── Agreements ──

export const agreementFields = z.object({
  title: required(500),
  /** The partners party to it, at least one, each once. */
  partnerIds: z
    .array(id)
    .min(1, { message: 'required' })
    .max(50, { message: 'too_many' })
    .transform((ids) => [...new Set(ids)]),
  signedOn: isoDate,
  validFrom: isoDate,
  /** The last day it is valid; null = open-ended. */
  validTo: optionalDate,
  /** The signed copy, a document of this workspace's correspondence register. */
  documentId: optionalId,
  /** The agreement this one renews. Set on creation (or by POST /agreements/:id/renew), never changed. */
  renewedFromId: optionalId,
  notes: text(5000).nullable(),
});
export const agreementPatch = agreementFields.omit({ renewedFromId: true }).partial();
export type AgreementPatch = z.infer<typeof agreementPatch>;
export const agreementCreate = agreementFields.partial().extend({
  title: agreementFields.shape.title,
  partnerIds: agreementFields.shape.partnerIds,
  signedOn: agreementFields.shape.signedOn,
  validFrom: agreementFields.shape.validFrom,
});
export type AgreementCreate = z.infer<typeof agreementCreate>;

/** The successor's dates; the rest is copied from the agreement renewed unless given. `signedOn` defaults to today. */
export const agreementRenew = z.object({
  validFrom: isoDate,
  validTo: optionalDate.optional(),
  signedOn: isoDate.optional(),
  title: agreementFields.shape.title.optional(),
  documentId: optionalId.optional(),
  notes: text(5000).nullable().optional(),
});
export type AgreementRenew = z.infer<typeof agreementRenew>;

/** `GET /agreements`. `expiring=1`: the reminder list, agreements expiring and not yet renewed, soonest first. */
export const agreementFilters = z.object({
  partnerId: id.optional(),
  status: z.enum(agreementStatuses, { message: 'status_invalid' }).optional(),
  expiring: flag.optional(),
});

export interface Agreement {
  id: string;
  title: string;
  partnerIds: string[];
  signedOn: string;
  validFrom: string;
  validTo: string | null;
  status: AgreementStatus;
  documentId: string | null;
  renewedFromId: string | null;
  /** The agreement that renews this one, if any. */
  renewedById: string | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

// ── Aid ──

/** An amount in the original currency: zero or more, cents allowed. */
const originalAmount = z.number({ message: 'amount_invalid' }).min(0, { message: 'amount_invalid' }).max(1e15, { message: 'amount_invalid' });

export const aidFields = z.object({
  title: required(500),
  donorPartnerId: id,
  sector: z.enum(aidSectors, { message: 'sector_invalid' }),
  committedVnd: vnd,
  disbursedVnd: vnd,
  /** ISO 4217 code of the original amounts, e.g. USD. */
  currency: z.union([z.literal(''), z.string().regex(/^[A-Z]{3}$/, { message: 'currency_format' })]).nullable(),
  committedOriginal: originalAmount.nullable(),
  disbursedOriginal: originalAmount.nullable(),
  startsOn: optionalDate,
  endsOn: optionalDate,
  status: z.enum(aidStatuses, { message: 'status_invalid' }),
  /** Why more was disbursed than committed; without it such a value is refused. */
  overDisbursedReason: text(1000).nullable(),
  notes: text(5000).nullable(),
});
export const aidPatch = aidFields.partial();
export type AidPatch = z.infer<typeof aidPatch>;
export const aidCreate = aidPatch.extend({
  title: aidFields.shape.title,
  donorPartnerId: aidFields.shape.donorPartnerId,
  sector: aidFields.shape.sector,
  committedVnd: aidFields.shape.committedVnd,
  disbursedVnd: aidFields.shape.disbursedVnd.default(0),
  status: aidFields.shape.status.default('planned'),
});
export type AidCreate = z.infer<typeof aidCreate>;

export const aidFilters = z.object({
  donorPartnerId: id.optional(),
  sector: z.enum(aidSectors, { message: 'sector_invalid' }).optional(),
  status: z.enum(aidStatuses, { message: 'status_invalid' }).optional(),
});

/** What the rules of an aid project need to see (the whole project, after a change). */
export interface AidFigures {
  committedVnd: number;
  disbursedVnd: number;
  currency: string | null;
  committedOriginal: number | null;
  disbursedOriginal: number | null;
  startsOn: string | null;
  endsOn: string | null;
  overDisbursedReason: string | null;
}

/**
 * The cross-field rules of an aid project, for the form and the API: the end not before the
 * start, a currency for original amounts, and a reason for disbursing more than committed
 * (`disbursed_over_committed`: warn, allow with a reason).
 */
export function aidIssues(a: AidFigures): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  if (a.startsOn && a.endsOn && a.endsOn < a.startsOn) issues.push({ path: 'endsOn', message: 'end_before_start' });
  if (!a.currency && (a.committedOriginal !== null || a.disbursedOriginal !== null)) issues.push({ path: 'currency', message: 'currency_required' });
  if (a.disbursedVnd > a.committedVnd && !a.overDisbursedReason) issues.push({ path: 'disbursedVnd', message: 'disbursed_over_committed' });
  return issues;
}

export interface Aid extends AidFigures {
  id: string;
  title: string;
  donorPartnerId: string;
  sector: AidSector;
  status: AidStatus;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

// ── Awards ──

export const awardFields = z.object({
  /** E.g. Kỷ niệm chương "Vì hòa bình, hữu nghị giữa các dân tộc", Bằng khen. */
  awardName: required(300),
  recipientMemberId: optionalId,
  /** A foreign friend who is not a member; give this or `recipientMemberId`. */
  recipientName: text(200).nullable(),
  recipientCountry: knownCountry.nullable(),
  decisionNumber: required(100),
  decidedOn: isoDate,
  notes: text(5000).nullable(),
});
export const awardPatch = awardFields.partial();
export type AwardPatch = z.infer<typeof awardPatch>;
export const awardCreate = awardPatch.extend({
  awardName: awardFields.shape.awardName,
  decisionNumber: awardFields.shape.decisionNumber,
  decidedOn: awardFields.shape.decidedOn,
});
export type AwardCreate = z.infer<typeof awardCreate>;

export const awardFilters = z.object({ recipientMemberId: id.optional() });

/** Exactly one recipient: a member or a name. */
export function recipientIssue(a: { recipientMemberId: string | null; recipientName: string | null }): { path: string; message: string } | null {
  return !a.recipientMemberId === !a.recipientName ? { path: a.recipientMemberId ? 'recipientName' : 'recipientMemberId', message: 'recipient_one' } : null;
}

export interface Award {
  id: string;
  awardName: string;
  recipientMemberId: string | null;
  /** The foreign friend's name, or the member's full name. */
  recipientName: string;
  recipientCountry: string | null;
  decisionNumber: string;
  decidedOn: string;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}
