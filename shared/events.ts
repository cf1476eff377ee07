import { z } from 'zod';
import { email, personName } from './account';
import { knownCountry } from './countries';
import type { Labels } from './members';
import { expandRrule, formatRrule, parseRrule, type Occurrence, type Rrule } from './rrule';
import { canonicalTimeZone, defaultTimeZone, parseDate, parseDateTime } from './time';
import { slug } from './workspace';

/** Activity types (DOMAIN.md "Activities (events)"). */
export const eventTypes = ['delegation_in', 'delegation_out', 'meeting', 'seminar', 'anniversary', 'festival', 'campaign', 'aid', 'training', 'review', 'other'] as const;
export const eventFormats = ['in_person', 'online', 'hybrid'] as const;
export const delegationDirections = ['in', 'out'] as const;
export const registrationStatuses = ['registered', 'waitlisted', 'cancelled', 'attended'] as const;
export type EventType = (typeof eventTypes)[number];
export type EventFormat = (typeof eventFormats)[number];
export type RegistrationStatus = (typeof registrationStatuses)[number];

export const eventTypeLabels: Labels<EventType> = {
  delegation_in: { vi: 'Đón đoàn vào', en: 'Incoming delegation' },
  delegation_out: { vi: 'Đoàn ra', en: 'Outgoing delegation' },
  meeting: { vi: 'Gặp mặt, làm việc', en: 'Meeting' },
  seminar: { vi: 'Hội thảo, tọa đàm', en: 'Seminar' },
  anniversary: { vi: 'Kỷ niệm', en: 'Anniversary' },
  festival: { vi: 'Liên hoan, giao lưu', en: 'Festival' },
  campaign: { vi: 'Vận động', en: 'Campaign' },
  aid: { vi: 'Viện trợ, dự án', en: 'Aid' },
  training: { vi: 'Tập huấn', en: 'Training' },
  review: { vi: 'Giao ban, sơ kết, tổng kết', en: 'Review meeting' },
  other: { vi: 'Khác', en: 'Other' },
};
export const eventFormatLabels: Labels<EventFormat> = {
  in_person: { vi: 'Trực tiếp', en: 'In person' },
  online: { vi: 'Trực tuyến', en: 'Online' },
  hybrid: { vi: 'Trực tiếp và trực tuyến', en: 'Hybrid' },
};
export const registrationStatusLabels: Labels<RegistrationStatus> = {
  registered: { vi: 'Đã đăng ký', en: 'Registered' },
  waitlisted: { vi: 'Danh sách chờ', en: 'Waitlisted' },
  cancelled: { vi: 'Đã hủy', en: 'Cancelled' },
  attended: { vi: 'Đã có mặt', en: 'Attended' },
};

const text = (max: number) => z.string().trim().max(max, { message: 'too_long' });
const count = (max: number) => z.number({ message: 'number_invalid' }).int({ message: 'number_invalid' }).min(0, { message: 'number_invalid' }).max(max, { message: 'number_invalid' });
/** Money is whole VND: 1.5 đồng is refused, not rounded. */
export const vnd = z
  .number({ message: 'vnd_integer' })
  .int({ message: 'vnd_integer' })
  .min(0, { message: 'vnd_negative' })
  .max(Number.MAX_SAFE_INTEGER, { message: 'vnd_integer' });
/** An instant: RFC 3339 with offset, or a local '2026-06-18T08:00' on the event's wall clock. */
export const dateTimeText = z.string().trim().max(40, { message: 'date_time_format' });

export const delegation = z.object({
  direction: z.enum(delegationDirections, { message: 'direction_invalid' }),
  headName: personName,
  headTitle: text(200).nullable().optional(),
  size: z.number({ message: 'number_invalid' }).int({ message: 'number_invalid' }).min(1, { message: 'number_invalid' }).max(10_000, { message: 'number_invalid' }),
  itinerary: text(5000).nullable().optional(),
  gifts: text(2000).nullable().optional(),
});

export const outcomes = z.object({
  agreementsSigned: count(10_000).nullable().optional(),
  aidCommittedVnd: vnd.nullable().optional(),
  aidDisbursedVnd: vnd.nullable().optional(),
  /** Original currency of the aid figures, e.g. 'USD' (the amounts above stay in VND). */
  aidCurrency: z.string().regex(/^[A-Z]{3}$/, { message: 'currency_format' }).nullable().optional(),
  fundsRaisedVnd: vnd.nullable().optional(),
  fundsTargetVnd: vnd.nullable().optional(),
  mediaCoverage: text(2000).nullable().optional(),
  followUp: text(5000).nullable().optional(),
  notes: text(5000).nullable().optional(),
});

/** Every field a person can set on an event; none required (PATCH). */
export const eventFields = z.object({
  type: z.enum(eventTypes, { message: 'type_invalid' }),
  title: z.string().trim().min(1, { message: 'required' }).max(300, { message: 'too_long' }),
  titleEn: text(300).nullable(),
  description: text(10_000).nullable(),
  startsAt: dateTimeText,
  endsAt: dateTimeText,
  timeZone: z.string().max(64, { message: 'time_zone_invalid' }),
  location: text(500).nullable(),
  format: z.enum(eventFormats, { message: 'format_invalid' }),
  connectionPoints: count(10_000).nullable(),
  countries: z.array(knownCountry).max(20, { message: 'too_many' }),
  partnerIds: z.array(z.string().min(1).max(64)).max(50, { message: 'too_many' }),
  /** Co-organising workspaces, by slug. */
  organisers: z.array(slug).max(20, { message: 'too_many' }),
  capacity: z.number({ message: 'capacity_invalid' }).int({ message: 'capacity_invalid' }).min(0, { message: 'capacity_negative' }).max(1_000_000, { message: 'capacity_invalid' }).nullable(),
  registrationOpen: z.boolean(),
  participants: count(10_000_000).nullable(),
  delegation: delegation.nullable(),
  outcomes: outcomes.nullable(),
  /** RFC 5545 recurrence rule of a series, e.g. 'FREQ=MONTHLY;BYDAY=1MO;COUNT=12' (shared/rrule.ts). */
  rrule: z.string().max(500, { message: 'rrule_invalid' }).nullable(),
});

export const eventPatch = eventFields.partial();
export type EventPatch = z.infer<typeof eventPatch>;

/** When an event happens, resolved: instants, canonical zone and rule, and every occurrence of a series. */
export interface Schedule {
  startMs: number;
  endMs: number;
  timeZone: string;
  rrule: string | null;
  rule: Rrule | null;
  /** Null for a single event. */
  occurrences: Occurrence[] | null;
}

export interface ScheduleInput {
  startsAt: string;
  endsAt: string;
  timeZone?: string | null;
  rrule?: string | null;
}

type Issue = { path: string; message: string };
export type ScheduleResult = { ok: true; schedule: Schedule } | { ok: false; issues: Issue[] };

/**
 * The cross-field rules of an event's timing, shared by the form and the API: a known time
 * zone, real instants, the end after the start, and a rule that ends within the caps.
 */
export function resolveSchedule(input: ScheduleInput): ScheduleResult {
  const timeZone = canonicalTimeZone(input.timeZone ?? defaultTimeZone);
  if (!timeZone) return { ok: false, issues: [{ path: 'timeZone', message: 'time_zone_invalid' }] };
  const startMs = parseDateTime(input.startsAt, timeZone);
  const endMs = parseDateTime(input.endsAt, timeZone);
  const issues: Issue[] = [];
  if (startMs === null) issues.push({ path: 'startsAt', message: 'date_time_format' });
  if (endMs === null) issues.push({ path: 'endsAt', message: 'date_time_format' });
  if (startMs === null || endMs === null) return { ok: false, issues };
  if (endMs <= startMs) return { ok: false, issues: [{ path: 'endsAt', message: 'end_before_start' }] };
  if (!input.rrule) return { ok: true, schedule: { startMs, endMs, timeZone, rrule: null, rule: null, occurrences: null } };
  const parsed = parseRrule(input.rrule);
  if (!parsed.ok) return { ok: false, issues: [{ path: 'rrule', message: parsed.error }] };
  const expanded = expandRrule(parsed.rule, startMs, timeZone);
  if (!expanded.ok) return { ok: false, issues: [{ path: 'rrule', message: expanded.error }] };
  return {
    ok: true,
    schedule: { startMs, endMs, timeZone, rrule: formatRrule(parsed.rule, timeZone), rule: parsed.rule, occurrences: expanded.occurrences },
  };
}

const withSchedule = <T extends ScheduleInput>(value: T, ctx: z.RefinementCtx) => {
  const result = resolveSchedule(value);
  if (!result.ok) for (const issue of result.issues) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
};

/** POST body: type, title, start and end are needed; the rest has defaults. */
export const eventCreate = eventPatch
  .extend({
    type: eventFields.shape.type,
    title: eventFields.shape.title,
    startsAt: dateTimeText,
    endsAt: dateTimeText,
    timeZone: eventFields.shape.timeZone.default(defaultTimeZone),
    format: eventFields.shape.format.default('in_person'),
    countries: eventFields.shape.countries.default([]),
    partnerIds: eventFields.shape.partnerIds.default([]),
    organisers: eventFields.shape.organisers.default([]),
    registrationOpen: z.boolean().default(true),
  })
  .superRefine(withSchedule);
export type EventCreate = z.infer<typeof eventCreate>;

/** Changes to one occurrence of a series: cancel it, or move or retitle it. Null restores the series' value. */
export const occurrencePatch = z
  .object({
    cancelled: z.boolean(),
    startsAt: dateTimeText.nullable(),
    endsAt: dateTimeText.nullable(),
    title: eventFields.shape.title.nullable(),
    titleEn: text(300).nullable(),
    location: text(500).nullable(),
  })
  .partial();
export type OccurrencePatch = z.infer<typeof occurrencePatch>;

/** An occurrence date in a path: 'YYYY-MM-DD' or 'YYYYMMDD' → the occurrence key YYYYMMDD. */
export function occurrenceKeyOf(value: string): string | null {
  const compact = /^\d{8}$/.test(value) ? `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6)}` : value;
  return parseDate(compact) ? compact.replace(/-/g, '') : null;
}

/** `GET /events`: a range (dates or instants; a bare `to` date is inclusive) and filters. */
export const eventFilters = z.object({
  from: z.string().max(40).optional(),
  to: z.string().max(40).optional(),
  type: z.enum(eventTypes, { message: 'type_invalid' }).optional(),
  country: knownCountry.optional(),
});

/** `POST /events/:id/registrations`: a member of the register, or a guest by name (and e-mail). */
export const registrationCreate = z
  .object({
    memberId: z.string().min(1, { message: 'required' }).max(64).optional(),
    name: personName.optional(),
    email: email.optional(),
    note: text(1000).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.memberId && (value.name || value.email)) ctx.addIssue({ code: 'custom', path: ['memberId'], message: 'member_or_guest' });
    if (!value.memberId && !value.name) ctx.addIssue({ code: 'custom', path: ['name'], message: 'required' });
  });
export type RegistrationCreate = z.infer<typeof registrationCreate>;

export const registrationFilters = z.object({
  status: z.enum(registrationStatuses, { message: 'status_invalid' }).optional(),
  /** Name or e-mail, diacritics- and case-insensitive ('nguyen van an' finds 'Nguyễn Văn An'). */
  q: z.string().max(200, { message: 'too_long' }).optional(),
});

/** The date diplomatic relations began: 'YYYY-MM-DD', or just 'YYYY' when the day is not known. */
export const relationSince = z.object({
  since: z.string().refine((s) => (/^\d{4}$/.test(s) ? +s >= 1800 && +s <= 2200 : parseDate(s) !== null), { message: 'date_format' }),
});

/** A suggested occasion of the calendar page: a national day or an anniversary of relations. */
export interface Occasion {
  id: string;
  kind: 'national_day' | 'relations_anniversary';
  country: string;
  date: string;
  /** 'day', or 'year' when only the year relations began is known (then `date` is 1 January). */
  precision: 'day' | 'year';
  title: string;
  titleEn: string;
  /** Years since relations began (anniversaries only). */
  years: number | null;
  /** 5, 10, 15 … years: the anniversaries that call for a celebration. */
  round: boolean;
  since: string | null;
}
