import { z } from 'zod';
import { isoDate } from './members';

/**
 * The correspondence registers of Decree 30/2020 (DOMAIN.md "Correspondence register"):
 * enums with their Vietnamese and English labels, and the request schemas shared by the API and
 * the web forms.
 */

type Labelled<T extends string> = Record<T, { vi: string; en: string }>;

/** Document types (tên loại văn bản) and the code that goes into an outgoing symbol. */
export const documentTypes = {
  CV: { vi: 'Công văn', en: 'Official letter' },
  BC: { vi: 'Báo cáo', en: 'Report' },
  KH: { vi: 'Kế hoạch', en: 'Plan' },
  TB: { vi: 'Thông báo', en: 'Notice' },
  QĐ: { vi: 'Quyết định', en: 'Decision' },
  NQ: { vi: 'Nghị quyết', en: 'Resolution' },
  TTr: { vi: 'Tờ trình', en: 'Submission' },
  GM: { vi: 'Giấy mời', en: 'Invitation' },
  BB: { vi: 'Biên bản', en: 'Minutes' },
  CTr: { vi: 'Chương trình', en: 'Programme' },
  GGT: { vi: 'Giấy giới thiệu', en: 'Letter of introduction' },
  TM: { vi: 'Thư mừng', en: 'Letter of congratulations' },
  TC: { vi: 'Thư chia buồn', en: 'Letter of condolence' },
  ĐiệnM: { vi: 'Điện mừng', en: 'Congratulatory telegram' },
} as const satisfies Record<string, { vi: string; en: string }>;
export type TypeCode = keyof typeof documentTypes;
export const typeCodes = Object.keys(documentTypes) as [TypeCode, ...TypeCode[]];

export const directions = ['out', 'in'] as const;
export type Direction = (typeof directions)[number];
export const directionLabels: Labelled<Direction> = {
  out: { vi: 'Văn bản đi', en: 'Outgoing' },
  in: { vi: 'Văn bản đến', en: 'Incoming' },
};

export const urgencies = ['normal', 'urgent', 'very_urgent', 'flash'] as const;
export type Urgency = (typeof urgencies)[number];
export const urgencyLabels: Labelled<Urgency> = {
  normal: { vi: 'Thường', en: 'Normal' },
  urgent: { vi: 'Khẩn', en: 'Urgent' },
  very_urgent: { vi: 'Thượng khẩn', en: 'Very urgent' },
  flash: { vi: 'Hỏa tốc', en: 'Flash' },
};

export const classifications = ['none', 'confidential', 'secret', 'top_secret'] as const;
export type Classification = (typeof classifications)[number];
export const classificationLabels: Labelled<Classification> = {
  none: { vi: 'Không mật', en: 'Unclassified' },
  confidential: { vi: 'Mật', en: 'Confidential' },
  secret: { vi: 'Tối mật', en: 'Secret' },
  top_secret: { vi: 'Tuyệt mật', en: 'Top secret' },
};

/** Each classified level shares one number series, apart from unclassified documents. */
export const seriesList = ['normal', 'classified'] as const;
export type Series = (typeof seriesList)[number];
export const seriesOf = (classification: Classification): Series => (classification === 'none' ? 'normal' : 'classified');

export const documentStatuses = ['registered', 'void'] as const;
export type DocumentStatus = (typeof documentStatuses)[number];

/** Registration dates and years are those of the workspace's own calendar. */
export const workspaceTimeZone = 'Asia/Ho_Chi_Minh';

// One formatter per zone: making an Intl.DateTimeFormat costs far more than formatting with it,
// and every request reads today's date.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date (`YYYY-MM-DD`) of `instant` in `timeZone`. */
export function localDate(instant: Date, timeZone = workspaceTimeZone): string {
  let format = dateFormats.get(timeZone);
  if (!format) {
    // en-CA formats dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormats.set(timeZone, format);
  }
  return format.format(instant);
}

const line = (max: number) => z.string().trim().min(1, { message: 'required' }).max(max, { message: 'too_long' });
const optionalText = (max: number) => z.string().trim().max(max, { message: 'too_long' }).nullable();

/** Numbers and symbols are the server's: a body that carries one is refused. */
const serverAssigned = z
  .unknown()
  .refine((v) => v === undefined, { message: 'server_assigned' })
  .optional()
  .meta({ description: 'Assigned by the server: a request that sends it is refused (422).' });
const assigned = { number: serverAssigned, symbol: serverAssigned, year: serverAssigned };

export const typeCode = z.enum(typeCodes, { message: 'type_unknown' });
export const urgency = z.enum(urgencies, { message: 'urgency_invalid' });
export const classification = z.enum(classifications, { message: 'classification_invalid' });
/** Languages of the document, e.g. `vi`, or `vi+ja` for a bilingual letter. */
export const language = z.string().regex(/^[a-z]{2}(\+[a-z]{2}){0,3}$/, { message: 'language_format' });

/** Fields either register has; all but the subject may be left out. */
const common = {
  subject: line(1000),
  documentDate: isoDate.nullable(),
  urgency,
  classification,
  notes: optionalText(2000),
  /** Ngày chuyển: when the document was passed on (sent out, or handed to the assignee). */
  sentOn: isoDate.nullable(),
  /** The partner organisation it was exchanged with or concerns (its timeline lists it); '' clears it. */
  partnerId: z
    .union([z.literal(''), z.string().min(1, { message: 'required' }).max(64, { message: 'too_long' })])
    .nullable()
    .transform((v) => v || null),
};

/** Outgoing-only fields (văn bản đi), besides the type code, which the symbol fixes. */
const outgoing = {
  signer: optionalText(200),
  /** Nơi nhận. */
  recipients: optionalText(1000),
  /** Đơn vị, người nhận bản lưu. */
  filedWith: optionalText(300),
  /** Số lượng bản. */
  copies: z.number({ message: 'copies_range' }).int({ message: 'copies_range' }).min(1, { message: 'copies_range' }).max(10_000, { message: 'copies_range' }).nullable(),
  language: language.nullable(),
};

/** Incoming-only fields (văn bản đến). */
const incoming = {
  /** Tác giả: who sent it. */
  sender: line(300),
  /** The sender's own number and symbol. */
  senderRef: optionalText(100),
  receivedOn: isoDate,
  /** Đơn vị hoặc người nhận: who handles it. */
  assignee: optionalText(200),
  /** Hạn giải quyết. */
  deadline: isoDate.nullable(),
  progress: optionalText(2000),
  /** The kind of document received, when it has one of the codes. */
  typeCode: typeCode.nullable(),
};

/** A hạn giải quyết cannot fall before the day the document arrived. */
export function deadlineAfterReceipt(d: { deadline?: string | null; receivedOn?: string | null }, ctx: z.RefinementCtx) {
  if (d.deadline && d.receivedOn && d.deadline < d.receivedOn) {
    ctx.addIssue({ code: 'custom', path: ['deadline'], message: 'deadline_before_received' });
  }
}

const optional = <T extends Record<string, z.ZodType>>(shape: T) => z.object(shape).partial().shape;

export const outgoingCreate = z.strictObject({
  ...assigned,
  ...optional(common),
  ...optional(outgoing),
  direction: z.literal('out'),
  subject: common.subject,
  typeCode,
  urgency: urgency.default('normal'),
  classification: classification.default('none'),
});

export const incomingCreate = z
  .strictObject({
    ...assigned,
    ...optional(common),
    ...optional(incoming),
    direction: z.literal('in'),
    subject: common.subject,
    sender: incoming.sender,
    urgency: urgency.default('normal'),
    classification: classification.default('none'),
  })
  .superRefine(deadlineAfterReceipt);

/** POST /correspondence: one of the two registers, told apart by `direction`. */
export const documentCreate = z.discriminatedUnion('direction', [outgoingCreate, incomingCreate], { message: 'direction_invalid' });
export type DocumentCreate = z.infer<typeof documentCreate>;
export type OutgoingCreate = z.infer<typeof outgoingCreate>;
export type IncomingCreate = z.infer<typeof incomingCreate>;

/**
 * PATCH /correspondence/:id: any field of the document's register. Direction, year, number,
 * symbol and an outgoing type code never change; fields of the other register are refused.
 */
export const documentPatch = z.strictObject({
  ...assigned,
  direction: serverAssigned,
  ...optional(common),
  ...optional(outgoing),
  ...optional(incoming),
});
export type DocumentPatch = z.infer<typeof documentPatch>;

/** PATCH fields that belong to one register only. */
export const outgoingOnly = Object.keys(outgoing) as (keyof typeof outgoing)[];
export const incomingOnly = Object.keys(incoming) as (keyof typeof incoming)[];

export const voidBody = z.strictObject({ reason: optionalText(500).optional() });
export const replyLink = z.strictObject({ replyId: z.string().regex(/^[a-z0-9]{1,40}$/, { message: 'reply_invalid' }).nullable() });

/** API.md "Size limits": an attachment is at most 20 MB. */
export const maxAttachmentBytes = 20 * 1024 * 1024;

export const attachmentSchema = z.object({
  id: z.string(),
  filename: z.string(),
  contentType: z.string(),
  size: z.number(),
  sha256: z.string(),
  createdAt: z.string(),
});
export type AttachmentInfo = z.infer<typeof attachmentSchema>;

const maybe = z.string().nullable();

/** A register entry as the API answers with it; fields that do not apply are null. */
export const documentSchema = z.object({
  id: z.string(),
  direction: z.enum(directions),
  series: z.enum(seriesList),
  year: z.number(),
  number: z.number(),
  /** Outgoing: `<number>/<typeCode>-<workspace code>`; incoming: null (see senderRef). */
  symbol: maybe,
  typeCode: typeCode.nullable(),
  subject: z.string(),
  documentDate: maybe,
  registeredAt: z.string(),
  registeredOn: z.string(),
  urgency,
  classification,
  notes: maybe,
  sentOn: maybe,
  signer: maybe,
  recipients: maybe,
  filedWith: maybe,
  copies: z.number().nullable(),
  language: maybe,
  sender: maybe,
  senderRef: maybe,
  receivedOn: maybe,
  assignee: maybe,
  deadline: maybe,
  progress: maybe,
  replyId: maybe,
  repliedOn: maybe,
  partnerId: maybe,
  /** Incoming with a deadline and no reply linked yet. */
  waiting: z.boolean(),
  /** Waiting and past its deadline. */
  overdue: z.boolean(),
  /** The text of a letter issued from a template. */
  body: maybe,
  template: maybe,
  status: z.enum(documentStatuses),
  voidedAt: maybe,
  voidReason: maybe,
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Only in the answer for one document. */
  attachments: z.array(attachmentSchema).optional(),
});
export type CorrespondenceDocument = z.infer<typeof documentSchema>;

const yearParam = z.coerce.number({ message: 'year_range' }).int({ message: 'year_range' }).min(1900, { message: 'year_range' }).max(2200, { message: 'year_range' });

/** GET /correspondence filters. */
export const documentFilters = z.object({
  direction: z.enum(directions, { message: 'direction_invalid' }).optional(),
  year: yearParam.optional(),
  type: typeCode.optional(),
  q: z.string().max(200, { message: 'too_long' }).optional(),
  status: z.enum(documentStatuses).optional(),
});

/** GET /correspondence/register.html and .csv: one register book. */
export const registerQuery = z.object({
  direction: z.enum(directions, { message: 'direction_invalid' }),
  year: yearParam,
  series: z.enum(seriesList).default('normal'),
});
