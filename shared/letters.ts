import { z } from 'zod';
import { urgency, type TypeCode } from './correspondence';
import { isoDate } from './members';

/**
 * Bilingual letters (Vietnamese and English) to partners: congratulations on a national day or
 * on an anniversary of relations, condolences, invitations. A template fills in the partner,
 * date and signer; issued, the letter becomes an outgoing register entry of its type.
 */

const line = (max = 300) => z.string().trim().min(1, { message: 'required' }).max(max, { message: 'too_long' });
/** The same thing said in both languages. */
export const bilingual = (max = 300) => z.strictObject({ vi: line(max), en: line(max) });
type Bilingual = { vi: string; en: string };

export const letterPartner = z.strictObject({
  /** As written in both languages, without a title: "Fernando González Llort". */
  name: line(200),
  /** "Ngài" / "H.E.", "Ông" / "Mr.", "Bà" / "Ms.". */
  honorific: bilingual(40).optional(),
  /** "Chủ tịch" / "President". */
  title: bilingual(200).optional(),
  organisation: bilingual(300),
  country: bilingual(100),
});

export const letterSigner = z.strictObject({ name: line(200), title: bilingual(200) });

const dateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T(?:[01]\d|2[0-3]):[0-5]\d$/, { message: 'local_time_format' })
  .refine((s) => isoDate.safeParse(s.slice(0, 10)).success, { message: 'local_time_format' });

/** What each template needs besides the partner, date and signer. */
export const letterDetails = {
  'national-day': z.strictObject({
    /** The founding day the national day marks, e.g. 1959-01-01 for Cuba. */
    since: isoDate,
    /** Default: "Quốc khánh <country>" / "the National Day of <country>". */
    occasion: bilingual(200).optional(),
  }),
  'relations-anniversary': z.strictObject({
    /** When diplomatic relations were established, e.g. 1973-09-21 for Japan. */
    since: isoDate,
  }),
  condolences: z.strictObject({
    /** What happened: "trận động đất tại bán đảo Noto" / "the earthquake on the Noto Peninsula". */
    loss: bilingual(500),
  }),
  invitation: z.strictObject({
    event: bilingual(300),
    /** Local time where the event takes place: `YYYY-MM-DDTHH:mm`. */
    startsAt: dateTime,
    venue: bilingual(300),
  }),
} as const;
export type TemplateId = keyof typeof letterDetails;
export const templateIds = Object.keys(letterDetails) as [TemplateId, ...TemplateId[]];

const letterBase = {
  partner: letterPartner,
  /** The date on the letter. */
  date: isoDate,
  signer: letterSigner,
  /** The sending organisation; defaults to the workspace's name in both languages. */
  from: bilingual(300).optional(),
  /** Where the letter is signed; defaults to Hà Nội. */
  place: bilingual(100).optional(),
};

const letterOf = <I extends TemplateId>(id: I) =>
  z.strictObject({
    template: z.literal(id),
    ...letterBase,
    details: letterDetails[id],
    urgency: urgency.optional(),
    notes: z.string().trim().max(2000, { message: 'too_long' }).nullable().optional(),
  });

/** POST /letters/preview and /letters/issue. */
export const letterRequest = z.discriminatedUnion(
  'template',
  [letterOf('national-day'), letterOf('relations-anniversary'), letterOf('condolences'), letterOf('invitation')],
  { message: 'template_unknown' },
);
export type LetterInput = z.infer<typeof letterRequest>;

export interface TemplateField {
  path: string;
  kind: 'text' | 'bilingual' | 'date' | 'datetime';
  required: boolean;
  label: Bilingual;
  hint?: Bilingual;
}

/** How English names are written (see `bare` below). */
const withThe: Bilingual = {
  vi: 'Tên tiếng Anh viết như trong câu, có “the” nếu tiếng Anh dùng: the Japan–Vietnam Friendship Association',
  en: 'Write the English name as it stands in a sentence, with “the” where English uses one: the Japan–Vietnam Friendship Association',
};

export interface LetterTemplate {
  id: TemplateId;
  typeCode: TypeCode;
  name: Bilingual;
  fields: TemplateField[];
}

const commonFields: TemplateField[] = [
  { path: 'partner.name', kind: 'text', required: true, label: { vi: 'Họ tên người nhận', en: 'Recipient’s name' } },
  { path: 'partner.honorific', kind: 'bilingual', required: false, label: { vi: 'Danh xưng (Ngài, Ông, Bà)', en: 'Honorific (H.E., Mr., Ms.)' } },
  { path: 'partner.title', kind: 'bilingual', required: false, label: { vi: 'Chức vụ', en: 'Position' } },
  { path: 'partner.organisation', kind: 'bilingual', required: true, label: { vi: 'Tổ chức đối tác', en: 'Partner organisation' }, hint: withThe },
  { path: 'partner.country', kind: 'bilingual', required: true, label: { vi: 'Nước', en: 'Country' }, hint: withThe },
  { path: 'date', kind: 'date', required: true, label: { vi: 'Ngày gửi thư', en: 'Date of the letter' } },
  { path: 'signer.name', kind: 'text', required: true, label: { vi: 'Người ký', en: 'Signed by' } },
  { path: 'signer.title', kind: 'bilingual', required: true, label: { vi: 'Chức vụ người ký', en: 'Signer’s position' } },
  { path: 'from', kind: 'bilingual', required: false, label: { vi: 'Tổ chức gửi', en: 'Sending organisation' }, hint: withThe },
  { path: 'place', kind: 'bilingual', required: false, label: { vi: 'Địa danh', en: 'Place' } },
];

export const letterTemplates: LetterTemplate[] = [
  {
    id: 'national-day',
    typeCode: 'TM',
    name: { vi: 'Thư mừng Quốc khánh', en: 'Congratulations on a national day' },
    fields: [
      ...commonFields,
      { path: 'details.since', kind: 'date', required: true, label: { vi: 'Ngày Quốc khánh (năm đầu tiên)', en: 'The day it marks (first year)' } },
      { path: 'details.occasion', kind: 'bilingual', required: false, label: { vi: 'Tên ngày lễ', en: 'Name of the day' }, hint: withThe },
    ],
  },
  {
    id: 'relations-anniversary',
    typeCode: 'TM',
    name: { vi: 'Thư mừng kỷ niệm quan hệ ngoại giao', en: 'Congratulations on an anniversary of relations' },
    fields: [...commonFields, { path: 'details.since', kind: 'date', required: true, label: { vi: 'Ngày thiết lập quan hệ ngoại giao', en: 'Diplomatic relations established on' } }],
  },
  {
    id: 'condolences',
    typeCode: 'TC',
    name: { vi: 'Thư chia buồn', en: 'Letter of condolence' },
    fields: [...commonFields, { path: 'details.loss', kind: 'bilingual', required: true, label: { vi: 'Sự việc', en: 'What happened' } }],
  },
  {
    id: 'invitation',
    typeCode: 'GM',
    name: { vi: 'Giấy mời', en: 'Invitation' },
    fields: [
      ...commonFields,
      { path: 'details.event', kind: 'bilingual', required: true, label: { vi: 'Sự kiện', en: 'Event' } },
      { path: 'details.startsAt', kind: 'datetime', required: true, label: { vi: 'Thời gian', en: 'Time' } },
      { path: 'details.venue', kind: 'bilingual', required: true, label: { vi: 'Địa điểm', en: 'Venue' } },
    ],
  },
];

const monthsEn = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const parts = (date: string) => date.split('-').map(Number) as [number, number, number];
const pad = (n: number) => String(n).padStart(2, '0');

/** "ngày 05 tháng 01 năm 2027": days below 10 and months below 3 take a leading zero (Decree 30). */
export function dateVi(date: string): string {
  const [y, m, d] = parts(date);
  return `ngày ${pad(d)} tháng ${m < 3 ? pad(m) : m} năm ${y}`;
}
export const shortDateVi = (date: string) => {
  const [y, m, d] = parts(date);
  return `${pad(d)}/${pad(m)}/${y}`;
};
export function dateEn(date: string): string {
  const [y, m, d] = parts(date);
  return `${d} ${monthsEn[m - 1]} ${y}`;
}
export function ordinalEn(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

export class LetterError extends Error {
  constructor(
    readonly path: string,
    readonly key: string,
  ) {
    super(key);
  }
}

/**
 * Which anniversary of `since` a letter dated `date` marks: the one nearest the letter, so a
 * letter of 28 December greets the coming 1 January and one sent a few days late still counts
 * the day just past. An anniversary needs at least one year.
 */
export function anniversary(since: string, date: string): number {
  const [sy, sm, sd] = parts(since);
  const letter = Date.parse(`${date}T00:00:00Z`);
  const year = parts(date)[0];
  const nearest = [year - 1, year, year + 1].reduce((best, y) =>
    Math.abs(Date.UTC(y, sm - 1, sd) - letter) < Math.abs(Date.UTC(best, sm - 1, sd) - letter) ? y : best,
  );
  const years = nearest - sy;
  if (years < 1) throw new LetterError('details.since', 'anniversary_range');
  return years;
}

export interface RenderedLetter {
  template: TemplateId;
  typeCode: TypeCode;
  /** Trích yếu: the subject line that goes into the register. */
  subject: string;
  recipients: string;
  vi: string;
  en: string;
  /** Both languages, Vietnamese first: what is stored with the register entry. */
  text: string;
}

/**
 * English names are written as they stand in running text, with "the" where English uses one
 * ("the Japan–Vietnam Friendship Association", "the Lao PDR"); the address line drops it and a
 * sentence that starts with one capitalises it.
 */
const bare = (en: string) => en.replace(/^the\s+/i, '');
const sentence = (en: string) => en.charAt(0).toUpperCase() + en.slice(1);
const join = (...lines: (string | false | undefined)[]) => lines.filter((l) => l !== false && l !== undefined).join('\n');
const withHonorific = (honorific: string | undefined, name: string) => (honorific ? `${honorific} ${name}` : name);

/** Fills in a template. Throws LetterError for details that make no sense (e.g. a year-0 anniversary). */
export function renderLetter(input: LetterInput, workspaceName: string): RenderedLetter {
  const template = letterTemplates.find((t) => t.id === input.template);
  if (!template) throw new LetterError('template', 'template_unknown');
  const { partner, signer } = input;
  const from = input.from ?? { vi: workspaceName, en: workspaceName };
  const place = input.place ?? { vi: 'Hà Nội', en: 'Ha Noi' };
  const you = { vi: withHonorific(partner.honorific?.vi, partner.name), en: withHonorific(partner.honorific?.en, partner.name) };
  const addressVi = join(`Kính gửi: ${you.vi}`, `${partner.title ? `${partner.title.vi} ` : ''}${partner.organisation.vi}`);
  const addressEn = join(`To: ${you.en}`, `${partner.title ? `${partner.title.en}, ` : ''}${bare(partner.organisation.en)}`);
  const closeVi = join('Trân trọng.', '', signer.title.vi.toUpperCase(), '', signer.name);
  const closeEn = join('Yours sincerely,', '', signer.name, signer.title.en);
  const wishesVi = join(`Kính chúc ${you.vi} mạnh khỏe, hạnh phúc và thành công.`, '', closeVi);
  const wishesEn = join('With our best wishes for your good health, happiness and success.', '', closeEn);
  const headVi = (title: string) => join(`${place.vi}, ${dateVi(input.date)}`, '', title, '', addressVi, '');
  const headEn = (title: string) => join(`${place.en}, ${dateEn(input.date)}`, '', title, '', addressEn, '', `Dear ${you.en},`, '');

  let subject: string;
  let vi: string;
  let en: string;
  switch (input.template) {
    case 'national-day': {
      const { since } = input.details;
      const years = anniversary(since, input.date);
      const occasion = input.details.occasion ?? { vi: `Quốc khánh ${partner.country.vi}`, en: `the National Day of ${partner.country.en}` };
      subject = `Chúc mừng kỷ niệm ${years} năm ${occasion.vi} (${shortDateVi(since)})`;
      vi = join(
        headVi('THƯ MỪNG'),
        `Nhân dịp kỷ niệm ${years} năm ${occasion.vi} (${shortDateVi(since)}), thay mặt ${from.vi}, tôi xin gửi tới ${you.vi}, các thành viên ${partner.organisation.vi} và nhân dân ${partner.country.vi} lời chúc mừng nồng nhiệt nhất.`,
        '',
        `Chúng tôi tin tưởng rằng tình hữu nghị truyền thống và sự hợp tác tốt đẹp giữa nhân dân Việt Nam và nhân dân ${partner.country.vi} sẽ không ngừng được củng cố và phát triển.`,
        '',
        wishesVi,
      );
      en = join(
        headEn('LETTER OF CONGRATULATIONS'),
        `On the occasion of the ${ordinalEn(years)} anniversary of ${occasion.en} (${dateEn(since)}), on behalf of ${from.en}, I would like to extend to you, to the members of ${partner.organisation.en} and to the people of ${partner.country.en} our warmest congratulations.`,
        '',
        `We are confident that the traditional friendship and fruitful cooperation between the people of Viet Nam and the people of ${partner.country.en} will continue to grow ever stronger.`,
        '',
        wishesEn,
      );
      break;
    }
    case 'relations-anniversary': {
      const { since } = input.details;
      const years = anniversary(since, input.date);
      subject = `Chúc mừng kỷ niệm ${years} năm Ngày thiết lập quan hệ ngoại giao Việt Nam – ${partner.country.vi} (${shortDateVi(since)})`;
      vi = join(
        headVi('THƯ MỪNG'),
        `Nhân dịp kỷ niệm ${years} năm Ngày thiết lập quan hệ ngoại giao Việt Nam – ${partner.country.vi} (${shortDateVi(since)}), thay mặt ${from.vi}, tôi xin gửi tới ${you.vi} và các thành viên ${partner.organisation.vi} lời chúc mừng nồng nhiệt nhất.`,
        '',
        `Trong chặng đường ${years} năm qua, tình hữu nghị và quan hệ hợp tác giữa Việt Nam và ${partner.country.vi} không ngừng được vun đắp và phát triển. ${from.vi} trân trọng những đóng góp quý báu của ${partner.organisation.vi} cho quan hệ hữu nghị giữa nhân dân hai nước và mong muốn tiếp tục tăng cường hợp tác trong thời gian tới.`,
        '',
        wishesVi,
      );
      en = join(
        headEn('LETTER OF CONGRATULATIONS'),
        `On the occasion of the ${ordinalEn(years)} anniversary of the establishment of diplomatic relations between Viet Nam and ${partner.country.en} (${dateEn(since)}), on behalf of ${from.en}, I would like to extend to you and to the members of ${partner.organisation.en} our warmest congratulations.`,
        '',
        `Over the past ${years} years, the friendship and cooperation between Viet Nam and ${partner.country.en} have been constantly nurtured and developed. ${sentence(from.en)} highly values the contributions of ${partner.organisation.en} to the friendship between our two peoples and looks forward to strengthening our cooperation in the years to come.`,
        '',
        wishesEn,
      );
      break;
    }
    case 'condolences': {
      const { loss } = input.details;
      subject = `Chia buồn về ${loss.vi}`;
      vi = join(
        headVi('THƯ CHIA BUỒN'),
        `Chúng tôi vô cùng xúc động và thương tiếc khi được tin ${loss.vi}.`,
        '',
        `Thay mặt ${from.vi}, tôi xin gửi tới ${you.vi}, các thành viên ${partner.organisation.vi} và nhân dân ${partner.country.vi} lời chia buồn sâu sắc nhất. Trong giờ phút khó khăn này, chúng tôi luôn ở bên các bạn.`,
        '',
        closeVi,
      );
      en = join(
        headEn('LETTER OF CONDOLENCE'),
        `It is with deep sorrow that we learned of ${loss.en}.`,
        '',
        `On behalf of ${from.en}, I would like to convey to you, to the members of ${partner.organisation.en} and to the people of ${partner.country.en} our deepest condolences. In this difficult time, our thoughts are with you.`,
        '',
        closeEn,
      );
      break;
    }
    case 'invitation': {
      const { event, venue, startsAt } = input.details;
      const [day, time] = startsAt.split('T');
      const [hh, mm] = time.split(':');
      subject = `Mời dự ${event.vi}`;
      vi = join(
        headVi('GIẤY MỜI'),
        `${from.vi} trân trọng kính mời ${you.vi} tới dự ${event.vi}.`,
        '',
        `Thời gian: ${hh} giờ ${mm}, ${dateVi(day)}.`,
        `Địa điểm: ${venue.vi}.`,
        '',
        `Sự hiện diện của ${you.vi} là niềm vinh dự đối với chúng tôi.`,
        '',
        closeVi,
      );
      en = join(
        headEn('INVITATION'),
        `${sentence(from.en)} has the honour to invite you to attend ${event.en}.`,
        '',
        `Time: ${hh}:${mm}, ${dateEn(day)}.`,
        `Venue: ${venue.en}.`,
        '',
        'We would be honoured by your presence.',
        '',
        closeEn,
      );
      break;
    }
  }
  return {
    template: template.id,
    typeCode: template.typeCode,
    subject,
    recipients: `${withHonorific(partner.honorific?.vi, partner.name)}, ${partner.organisation.vi} (${partner.country.vi})`,
    vi,
    en,
    text: `${vi}\n\n————————————————\n\n${en}`,
  };
}
