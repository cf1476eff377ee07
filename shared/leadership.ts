import { z } from 'zod';
import { isoDate, type Labels } from './members';

/** Bodies (cơ quan), in the order a leadership page lists them. */
export const bodies = ['presidium', 'standing', 'executive', 'inspection'] as const;
export type Body = (typeof bodies)[number];
export const bodyLabels: Labels<Body> = {
  presidium: { vi: 'Đoàn Chủ tịch', en: 'Presidium' },
  standing: { vi: 'Ban Thường vụ', en: 'Standing Committee' },
  executive: { vi: 'Ban Chấp hành', en: 'Executive Committee' },
  inspection: { vi: 'Ban Kiểm tra', en: 'Inspection Committee' },
};

/** Position titles, highest rank first: the order within a body. */
export const positionTitles = ['president', 'vice_president', 'secretary_general', 'deputy_secretary_general', 'head', 'deputy_head', 'member'] as const;
export type PositionTitle = (typeof positionTitles)[number];
export const positionTitleLabels: Labels<PositionTitle> = {
  president: { vi: 'Chủ tịch', en: 'President' },
  vice_president: { vi: 'Phó Chủ tịch', en: 'Vice-President' },
  secretary_general: { vi: 'Tổng Thư ký', en: 'Secretary General' },
  deputy_secretary_general: { vi: 'Phó Tổng Thư ký', en: 'Deputy Secretary General' },
  head: { vi: 'Trưởng ban', en: 'Head' },
  deputy_head: { vi: 'Phó Trưởng ban', en: 'Deputy Head' },
  member: { vi: 'Ủy viên', en: 'Member' },
};

const name = z.string().trim().min(1, { message: 'required' }).max(200, { message: 'too_long' });
const note = z.string().trim().max(2000, { message: 'too_long' }).nullable();
const endAfterStart = (v: { startsOn?: string | null; endsOn?: string | null }) => !v.startsOn || !v.endsOn || v.endsOn >= v.startsOn;
const endIssue = { message: 'end_before_start', path: ['endsOn'] };

/** A term of office, e.g. { name: 'Nhiệm kỳ 2023–2028', startsOn: '2023-06-10', congress: 'Đại hội lần thứ VI' }. */
export const termFields = z.object({
  name,
  startsOn: isoDate,
  endsOn: isoDate.nullable(),
  congress: z.string().trim().max(200, { message: 'too_long' }).nullable(),
  notes: note,
});
export const termCreate = termFields.partial({ endsOn: true, congress: true, notes: true }).refine(endAfterStart, endIssue);
export const termPatch = termFields.partial().refine(endAfterStart, endIssue);
export type TermCreate = z.infer<typeof termCreate>;
export type TermPatch = z.infer<typeof termPatch>;

/** A member in a position of a body during a term; dates default to the term's. */
export const positionFields = z.object({
  termId: z.string().min(1, { message: 'required' }).max(100),
  memberId: z.string().min(1, { message: 'required' }).max(100),
  body: z.enum(bodies, { message: 'body_invalid' }),
  title: z.enum(positionTitles, { message: 'title_invalid' }),
  startsOn: isoDate.nullable(),
  endsOn: isoDate.nullable(),
  notes: note,
});
export const positionCreate = positionFields.partial({ startsOn: true, endsOn: true, notes: true }).refine(endAfterStart, endIssue);
export const positionPatch = positionFields.partial().refine(endAfterStart, endIssue);
export type PositionCreate = z.infer<typeof positionCreate>;
export type PositionPatch = z.infer<typeof positionPatch>;
