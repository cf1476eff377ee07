import { z } from 'zod';
import { email } from './account';
import { countryCode } from './workspace';

/** Vietnamese and English forms of an enum value. */
export type Labels<T extends string> = Record<T, { vi: string; en: string }>;

export const memberKinds = ['individual', 'organisation'] as const;
export const memberCategories = ['official', 'honorary', 'associate'] as const;
export const memberStatuses = ['active', 'inactive', 'archived'] as const;
export const genders = ['male', 'female', 'other'] as const;
export type MemberKind = (typeof memberKinds)[number];
export type MemberCategory = (typeof memberCategories)[number];
export type MemberStatus = (typeof memberStatuses)[number];
export type Gender = (typeof genders)[number];

export const memberKindLabels: Labels<MemberKind> = {
  individual: { vi: 'cá nhân', en: 'individual' },
  organisation: { vi: 'tổ chức', en: 'organisation' },
};
export const memberCategoryLabels: Labels<MemberCategory> = {
  official: { vi: 'chính thức', en: 'official' },
  honorary: { vi: 'danh dự', en: 'honorary' },
  associate: { vi: 'liên kết', en: 'associate' },
};
export const memberStatusLabels: Labels<MemberStatus> = {
  active: { vi: 'đang sinh hoạt', en: 'active' },
  inactive: { vi: 'ngừng sinh hoạt', en: 'inactive' },
  archived: { vi: 'lưu trữ', en: 'archived' },
};
export const genderLabels: Labels<Gender> = {
  male: { vi: 'nam', en: 'male' },
  female: { vi: 'nữ', en: 'female' },
  other: { vi: 'khác', en: 'other' },
};

/** `YYYY-MM-DD` that is a real calendar date. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date_format' })
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, { message: 'date_format' });

const text = (max: number) => z.string().trim().max(max, { message: 'too_long' });
/** Tags and languages are listed in one CSV cell, so they cannot contain its separators. */
const label = z
  .string()
  .trim()
  .min(1, { message: 'required' })
  .max(50, { message: 'too_long' })
  .regex(/^[^,;|]+$/, { message: 'label_format' });

export const phone = z
  .string()
  .trim()
  .regex(/^(?:\+?[0-9][0-9 ().-]{4,28}[0-9])?$/, { message: 'phone_format' });

export const birthYear = z
  .number({ message: 'birth_year_range' })
  .int({ message: 'birth_year_range' })
  .min(1900, { message: 'birth_year_range' })
  .refine((y) => y <= new Date().getFullYear(), { message: 'birth_year_range' });

/** Every member field a person can set; none required (PATCH). */
export const memberFields = z.object({
  kind: z.enum(memberKinds, { message: 'kind_invalid' }),
  fullName: z.string().trim().min(1, { message: 'required' }).max(200, { message: 'too_long' }),
  gender: z.enum(genders, { message: 'gender_invalid' }).nullable(),
  birthYear: birthYear.nullable(),
  email: z.union([z.literal(''), email]).nullable(),
  phone: phone.nullable(),
  organisation: text(300).nullable(),
  jobTitle: text(200).nullable(),
  address: text(500).nullable(),
  province: text(100).nullable(),
  category: z.enum(memberCategories, { message: 'category_invalid' }),
  status: z.enum(memberStatuses, { message: 'status_invalid' }),
  joinedOn: z.union([z.literal(''), isoDate]).nullable(),
  countries: z.array(countryCode).max(20, { message: 'too_many' }),
  languages: z.array(label).max(20, { message: 'too_many' }),
  tags: z.array(label).max(30, { message: 'too_many' }),
  notes: text(5000).nullable(),
});

export const memberPatch = memberFields.partial();
export type MemberPatch = z.infer<typeof memberPatch>;

/** POST body: a full name is needed; the rest has defaults or may be left out. */
export const memberCreate = memberPatch.extend({
  fullName: memberFields.shape.fullName,
  kind: memberFields.shape.kind.default('individual'),
  category: memberFields.shape.category.default('official'),
  status: z.enum(['active', 'inactive'], { message: 'status_invalid' }).default('active'),
});
export type MemberCreate = z.infer<typeof memberCreate>;

/** A member as the API answers with it. Optional fields are null when not set. */
export interface Member {
  id: string;
  kind: MemberKind;
  fullName: string;
  gender: Gender | null;
  birthYear: number | null;
  email: string | null;
  phone: string | null;
  organisation: string | null;
  jobTitle: string | null;
  address: string | null;
  province: string | null;
  category: MemberCategory;
  status: MemberStatus;
  joinedOn: string | null;
  countries: string[];
  languages: string[];
  tags: string[];
  notes: string | null;
  /** Paid this year's dues in full; null when the member owes none this year. */
  duesPaid: boolean | null;
  createdAt: string;
  updatedAt: string;
}

const flag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

/** `GET /members` (and the export): search and filters. Without `status`, archived members are left out. */
export const memberFilters = z.object({
  q: z.string().max(200, { message: 'too_long' }).optional(),
  category: z.enum(memberCategories, { message: 'category_invalid' }).optional(),
  status: z.enum(memberStatuses, { message: 'status_invalid' }).optional(),
  kind: z.enum(memberKinds, { message: 'kind_invalid' }).optional(),
  tag: z.string().max(50, { message: 'too_long' }).optional(),
  country: countryCode.optional(),
  /** Members who owe dues for this year and have not paid them in full. */
  unpaid: z.coerce.number({ message: 'year_range' }).int({ message: 'year_range' }).min(1900, { message: 'year_range' }).max(2200, { message: 'year_range' }).optional(),
});
export type MemberFilters = z.infer<typeof memberFilters>;

export const importQuery = z.object({ dryRun: flag.optional() });
