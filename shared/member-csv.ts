/**
 * The columns of the member CSV (import and export): field names as headers, or Vietnamese
 * headers such as "Họ và tên", "Điện thoại"; enum values as API codes or their Vietnamese or
 * English labels; dates as YYYY-MM-DD or DD/MM/YYYY; lists separated by commas or semicolons.
 */
import {
  genderLabels,
  memberCategoryLabels,
  memberKindLabels,
  memberStatusLabels,
  type Labels,
  type MemberPatch,
} from './members';
import { words } from './text';

export type MemberColumn = 'id' | keyof MemberPatch;

interface ColumnSpec {
  field: MemberColumn;
  vi: string;
  /** Other headers people use for it (matched folded, ignoring spaces and punctuation). */
  aliases: string[];
}

/** What an import (POST /members/import) answers, dry run or write; the server adds a preview. */
export interface ImportCounts {
  dryRun: boolean;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Header cells that name no member field; their cells are not read. */
  ignoredColumns: string[];
}

/** In export order. */
export const memberColumns: ColumnSpec[] = [
  { field: 'id', vi: 'Mã', aliases: ['mã hội viên', 'member id'] },
  { field: 'fullName', vi: 'Họ và tên', aliases: ['họ tên', 'tên', 'tên hội viên', 'tên tổ chức', 'name', 'full name'] },
  { field: 'kind', vi: 'Cá nhân/Tổ chức', aliases: ['loại', 'đối tượng', 'type'] },
  { field: 'gender', vi: 'Giới tính', aliases: ['sex'] },
  { field: 'birthYear', vi: 'Năm sinh', aliases: ['year of birth', 'birth year'] },
  { field: 'email', vi: 'Email', aliases: ['e-mail', 'thư điện tử', 'mail'] },
  { field: 'phone', vi: 'Điện thoại', aliases: ['số điện thoại', 'sđt', 'di động', 'mobile', 'telephone', 'tel'] },
  { field: 'organisation', vi: 'Đơn vị công tác', aliases: ['đơn vị', 'cơ quan', 'cơ quan công tác', 'nơi công tác', 'organization', 'workplace'] },
  { field: 'jobTitle', vi: 'Chức vụ', aliases: ['chức danh', 'nghề nghiệp', 'job title', 'position'] },
  { field: 'address', vi: 'Địa chỉ', aliases: [] },
  { field: 'province', vi: 'Tỉnh/thành phố', aliases: ['tỉnh', 'tỉnh thành', 'thành phố'] },
  { field: 'category', vi: 'Loại hội viên', aliases: ['hạng hội viên', 'hình thức'] },
  { field: 'status', vi: 'Trạng thái', aliases: ['tình trạng'] },
  { field: 'joinedOn', vi: 'Ngày gia nhập', aliases: ['ngày vào hội', 'ngày tham gia', 'joined', 'joined on'] },
  { field: 'countries', vi: 'Quốc gia', aliases: ['nước', 'country'] },
  { field: 'languages', vi: 'Ngoại ngữ', aliases: ['ngôn ngữ', 'language'] },
  { field: 'tags', vi: 'Nhãn', aliases: ['thẻ', 'tag'] },
  { field: 'notes', vi: 'Ghi chú', aliases: ['note'] },
];

const key = (s: string) => words(s).join('');
const byHeader = new Map<string, MemberColumn>();
for (const c of memberColumns) for (const h of [c.field, c.vi, ...c.aliases]) byHeader.set(key(h), c.field);

/** The field a header names, if any. */
export function columnFor(header: string): MemberColumn | undefined {
  return byHeader.get(key(header));
}

export function header(field: MemberColumn, lang: 'en' | 'vi'): string {
  return lang === 'vi' ? memberColumns.find((c) => c.field === field)!.vi : field;
}

const enumLabels: Partial<Record<MemberColumn, Labels<string>>> = {
  kind: memberKindLabels,
  gender: genderLabels,
  category: memberCategoryLabels,
  status: memberStatusLabels,
};
const extraValues: Record<string, [string, string][]> = {
  kind: [['organization', 'organisation']],
  gender: [['m', 'male'], ['f', 'female']],
  category: [['hội viên chính thức', 'official'], ['hội viên danh dự', 'honorary'], ['hội viên liên kết', 'associate']],
  status: [['hoạt động', 'active'], ['ngừng hoạt động', 'inactive'], ['tạm ngừng', 'inactive']],
};
const byValue = new Map<string, Map<string, string>>();
for (const [field, labels] of Object.entries(enumLabels)) {
  const map = new Map<string, string>();
  for (const [code, l] of Object.entries(labels!)) for (const v of [code, l.vi, l.en]) map.set(key(v), code);
  for (const [v, code] of extraValues[field] ?? []) map.set(key(v), code);
  byValue.set(field, map);
}

const listFields = new Set<MemberColumn>(['countries', 'languages', 'tags']);

/** DD/MM/YYYY (or with - or .) as people type dates in Vietnam → YYYY-MM-DD; anything else as is. */
function isoDay(text: string): string {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  return m ? `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : text;
}

/**
 * A cell as the value of its field, ready for the shared member schema. Empty cells clear a
 * field (null), except kind, category and status, which keep their value or default
 * (undefined). Values that cannot be read are passed on as text for the schema to reject.
 */
export function cellValue(field: MemberColumn, raw: string): unknown {
  const text = raw.trim();
  const labels = byValue.get(field);
  if (labels) return text ? (labels.get(key(text)) ?? text) : field === 'gender' ? null : undefined;
  if (listFields.has(field)) {
    const items = text.split(/[,;|]/).map((s) => s.trim()).filter(Boolean);
    return field === 'countries' ? items.map((c) => c.toUpperCase()) : items;
  }
  if (!text) return field === 'fullName' || field === 'id' ? text : null;
  if (field === 'birthYear') return /^\d{1,4}$/.test(text) ? Number(text) : text;
  if (field === 'joinedOn') return isoDay(text);
  return text;
}

/** A field's value as a cell of the export (codes, or Vietnamese labels with `lang: 'vi'`). */
export function cellText(field: MemberColumn, value: unknown, lang: 'en' | 'vi'): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(', ');
  const labels = enumLabels[field];
  if (labels && lang === 'vi') return labels[value as string]?.vi ?? String(value);
  return String(value);
}
