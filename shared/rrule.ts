import { daysInMonth, localParts, zonedInstant, type LocalDateTime } from './time';

/**
 * The subset of RFC 5545 recurrence rules Amity supports: FREQ=YEARLY|MONTHLY|WEEKLY|DAILY,
 * INTERVAL, COUNT or UNTIL (one of them is required: a rule must end), BYDAY (with ordinals
 * such as 1MO or -1FR under MONTHLY and YEARLY), BYMONTHDAY, BYMONTH, and WKST=MO. Anything
 * else (BYSETPOS, BYWEEKNO, BYHOUR, …) is refused rather than half-understood. Occurrences
 * keep the wall-clock time of the first one in the event's time zone.
 */

export const rruleFrequencies = ['YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY'] as const;
export type Frequency = (typeof rruleFrequencies)[number];

/** At most this many occurrences, within this many years of the first. */
export const maxOccurrences = 500;
export const maxYears = 10;

const weekdayNames = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

export interface ByDay {
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  /** 1 = first, -1 = last; absent = every such weekday. */
  nth?: number;
}

export interface Rrule {
  freq: Frequency;
  interval: number;
  count?: number;
  /** Last possible start, as an instant; or a local date (YYYYMMDD) until its end, resolved in the event's zone. */
  until?: { utc: number } | { date: { y: number; m: number; d: number } };
  byDay?: ByDay[];
  byMonthDay?: number[];
  byMonth?: number[];
}

/** Field-error keys (shared/messages.ts). */
export type RruleError = 'rrule_invalid' | 'rrule_unbounded' | 'rrule_too_many' | 'rrule_too_far' | 'rrule_start_mismatch';

export type Parsed = { ok: true; rule: Rrule } | { ok: false; error: RruleError };

const intList = (value: string, min: number, max: number, nonZero = false): number[] | null => {
  const out: number[] = [];
  for (const part of value.split(',')) {
    if (!/^[+-]?\d{1,3}$/.test(part)) return null;
    const n = Number(part);
    if (n < min || n > max || (nonZero && n === 0)) return null;
    if (!out.includes(n)) out.push(n);
  }
  return out;
};

function parseUntil(value: string): Rrule['until'] | null {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z)?$/.exec(value);
  if (!m) return null;
  const [y, mo, d] = [+m[1], +m[2], +m[3]];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  if (m[4] === undefined) return { date: { y, m: mo, d } };
  if (+m[4] > 23 || +m[5] > 59 || +m[6] > 59) return null;
  return { utc: Date.UTC(y, mo - 1, d, +m[4], +m[5], +m[6]) };
}

/** Reads a rule ('FREQ=MONTHLY;BYDAY=1MO;COUNT=12', an 'RRULE:' prefix allowed). Syntax and subset only. */
export function parseRrule(text: string): Parsed {
  const bad = { ok: false, error: 'rrule_invalid' } as const;
  const body = text.trim().replace(/^RRULE:/i, '');
  if (!body || body.length > 500) return bad;
  const parts = new Map<string, string>();
  for (const part of body.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 1) return bad;
    const key = part.slice(0, eq).toUpperCase();
    if (parts.has(key)) return bad;
    parts.set(key, part.slice(eq + 1).toUpperCase());
  }
  const freq = parts.get('FREQ') as Frequency | undefined;
  if (!freq || !rruleFrequencies.includes(freq)) return bad;
  const rule: Rrule = { freq, interval: 1 };
  for (const [key, value] of parts) {
    switch (key) {
      case 'FREQ':
        break;
      case 'INTERVAL':
        if (!/^\d{1,4}$/.test(value) || +value < 1) return bad;
        rule.interval = +value;
        break;
      case 'COUNT':
        if (!/^\d{1,6}$/.test(value) || +value < 1) return bad;
        rule.count = +value;
        break;
      case 'UNTIL': {
        const until = parseUntil(value);
        if (!until) return bad;
        rule.until = until;
        break;
      }
      case 'BYMONTH': {
        const list = intList(value, 1, 12);
        if (!list) return bad;
        rule.byMonth = list.sort((a, b) => a - b);
        break;
      }
      case 'BYMONTHDAY': {
        const list = intList(value, -31, 31, true);
        if (!list || freq === 'WEEKLY') return bad;
        rule.byMonthDay = list;
        break;
      }
      case 'BYDAY': {
        const days: ByDay[] = [];
        for (const item of value.split(',')) {
          const m = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(item);
          if (!m) return bad;
          const weekday = weekdayNames.indexOf(m[2] as (typeof weekdayNames)[number]);
          if (m[1] === undefined) {
            days.push({ weekday });
            continue;
          }
          const nth = Number(m[1]);
          const limit = freq === 'YEARLY' && !parts.has('BYMONTH') ? 53 : 5;
          if ((freq !== 'MONTHLY' && freq !== 'YEARLY') || nth === 0 || Math.abs(nth) > limit) return bad;
          days.push({ weekday, nth });
        }
        rule.byDay = days;
        break;
      }
      case 'WKST':
        if (value !== 'MO') return bad;
        break;
      default:
        return bad;
    }
  }
  if (rule.count !== undefined && rule.until !== undefined) return bad;
  if (rule.count === undefined && rule.until === undefined) return { ok: false, error: 'rrule_unbounded' };
  return { ok: true, rule };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function utcStamp(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

/** The last instant a rule allows a start at, in `timeZone`. */
export function untilInstant(rule: Rrule, timeZone: string): number | undefined {
  if (!rule.until) return undefined;
  if ('utc' in rule.until) return rule.until.utc;
  const { y, m, d } = rule.until.date;
  return zonedInstant({ y, m, d, h: 23, mi: 59, s: 59 }, timeZone);
}

/** The canonical text of a rule, UNTIL always in UTC as RFC 5545 requires with a TZID start. */
export function formatRrule(rule: Rrule, timeZone: string): string {
  const parts = [`FREQ=${rule.freq}`];
  if (rule.interval > 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.byMonth) parts.push(`BYMONTH=${rule.byMonth.join(',')}`);
  if (rule.byMonthDay) parts.push(`BYMONTHDAY=${rule.byMonthDay.join(',')}`);
  if (rule.byDay) parts.push(`BYDAY=${rule.byDay.map((b) => `${b.nth ?? ''}${weekdayNames[b.weekday]}`).join(',')}`);
  if (rule.count !== undefined) parts.push(`COUNT=${rule.count}`);
  const until = untilInstant(rule, timeZone);
  if (until !== undefined) parts.push(`UNTIL=${utcStamp(until)}`);
  return parts.join(';');
}

type Day = { y: number; m: number; d: number };

const dayUtc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const weekdayOf = (day: Day) => (dayUtc(day.y, day.m, day.d).getUTCDay() + 6) % 7;
const addDays = (day: Day, n: number): Day => {
  const t = dayUtc(day.y, day.m, day.d + n);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
};

/** Days of a span (a month, or a year) that match BYDAY, ordinals counted within the span. */
function byDayIn(days: Day[], byDay: ByDay[]): Day[] {
  const keep = new Set<number>();
  for (const b of byDay) {
    const matching = days.map((day, i) => [day, i] as const).filter(([day]) => weekdayOf(day) === b.weekday);
    if (b.nth === undefined) matching.forEach(([, i]) => keep.add(i));
    else {
      const hit = b.nth > 0 ? matching[b.nth - 1] : matching[matching.length + b.nth];
      if (hit) keep.add(hit[1]);
    }
  }
  return days.filter((_, i) => keep.has(i));
}

const monthDaysMatch = (day: Day, byMonthDay: number[]) => {
  const last = daysInMonth(day.y, day.m);
  return byMonthDay.some((n) => (n > 0 ? n : last + 1 + n) === day.d);
};

function monthDays(y: number, m: number): Day[] {
  return Array.from({ length: daysInMonth(y, m) }, (_, i) => ({ y, m, d: i + 1 }));
}

/** Candidate days of one month under MONTHLY, or of one BYMONTH month under YEARLY. */
function inMonth(rule: Rrule, y: number, m: number, start: Day): Day[] {
  let days = monthDays(y, m);
  if (!rule.byDay && !rule.byMonthDay) return start.d <= days.length ? [{ y, m, d: start.d }] : [];
  if (rule.byMonthDay) days = days.filter((day) => monthDaysMatch(day, rule.byMonthDay!));
  if (rule.byDay) days = byDayIn(days, rule.byDay);
  return days;
}

/** The candidate days of period `k` (the k-th step of INTERVAL from the first), sorted. */
function period(rule: Rrule, start: Day, k: number): Day[] {
  const step = k * rule.interval;
  const monthOk = (day: Day) => !rule.byMonth || rule.byMonth.includes(day.m);
  switch (rule.freq) {
    case 'DAILY': {
      const day = addDays(start, step);
      if (!monthOk(day)) return [];
      if (rule.byMonthDay && !monthDaysMatch(day, rule.byMonthDay)) return [];
      if (rule.byDay && !rule.byDay.some((b) => b.weekday === weekdayOf(day))) return [];
      return [day];
    }
    case 'WEEKLY': {
      const monday = addDays(start, 7 * step - weekdayOf(start));
      const weekdays = rule.byDay ? rule.byDay.map((b) => b.weekday) : [weekdayOf(start)];
      return Array.from({ length: 7 }, (_, i) => addDays(monday, i)).filter((day, i) => weekdays.includes(i) && monthOk(day));
    }
    case 'MONTHLY': {
      const index = start.y * 12 + start.m - 1 + step;
      const [y, m] = [Math.floor(index / 12), (index % 12) + 1];
      return monthOk({ y, m, d: 1 }) ? inMonth(rule, y, m, start) : [];
    }
    case 'YEARLY': {
      const y = start.y + step;
      if (rule.byMonth) return rule.byMonth.flatMap((m) => inMonth(rule, y, m, start));
      if (rule.byDay) {
        let days = Array.from({ length: 12 }, (_, i) => monthDays(y, i + 1)).flat();
        if (rule.byMonthDay) days = days.filter((day) => monthDaysMatch(day, rule.byMonthDay!));
        return byDayIn(days, rule.byDay);
      }
      if (rule.byMonthDay) return Array.from({ length: 12 }, (_, i) => inMonth(rule, y, i + 1, start)).flat();
      return start.d <= daysInMonth(y, start.m) ? [{ y, m: start.m, d: start.d }] : [];
    }
  }
}

export interface Occurrence {
  /** The local date of the start, YYYYMMDD: stable key of this occurrence in its series. */
  key: string;
  /** Start instant, ms. */
  start: number;
}

export const occurrenceKey = (t: Day) => `${pad(t.y, 4)}${pad(t.m)}${pad(t.d)}`;

export type Expansion = { ok: true; occurrences: Occurrence[] } | { ok: false; error: RruleError };

/**
 * Every occurrence of `rule` for a series whose first start is `startMs` in `timeZone`, checked
 * against the caps: more than `maxOccurrences`, or a start more than `maxYears` after the first,
 * is an error; so is a first start that is not itself one of the rule's dates.
 */
export function expandRrule(rule: Rrule, startMs: number, timeZone: string): Expansion {
  const first = localParts(startMs, timeZone);
  const start: Day = { y: first.y, m: first.m, d: first.d };
  const horizon: LocalDateTime = { ...first, y: first.y + maxYears };
  const horizonMs = zonedInstant({ ...horizon, d: Math.min(horizon.d, daysInMonth(horizon.y, horizon.m)) }, timeZone);
  const until = untilInstant(rule, timeZone);
  if (until !== undefined && until > horizonMs) return { ok: false, error: 'rrule_too_far' };
  const firstKey = occurrenceKey(start);
  const occurrences: Occurrence[] = [];
  // Each period moves at least a day forward, so the horizon check ends even a rule that matches nothing.
  for (let k = 0; ; k++) {
    for (const day of period(rule, start, k)) {
      const key = occurrenceKey(day);
      if (key < firstKey) continue;
      const at = key === firstKey ? startMs : zonedInstant({ ...day, h: first.h, mi: first.mi, s: first.s }, timeZone);
      if (until !== undefined && at > until) return done(occurrences, firstKey);
      if (at > horizonMs) return { ok: false, error: 'rrule_too_far' };
      occurrences.push({ key, start: at });
      if (occurrences.length > maxOccurrences) return { ok: false, error: 'rrule_too_many' };
      if (rule.count !== undefined && occurrences.length === rule.count) return done(occurrences, firstKey);
    }
    if (periodStart(rule, start, k + 1) > horizonMs + 86_400_000 * 7) {
      return until !== undefined ? done(occurrences, firstKey) : { ok: false, error: 'rrule_too_far' };
    }
  }
}

function done(occurrences: Occurrence[], firstKey: string): Expansion {
  if (occurrences[0]?.key !== firstKey) return { ok: false, error: 'rrule_start_mismatch' };
  return { ok: true, occurrences };
}

/** UTC midnight of the first day of period k — only used to know when to stop. */
function periodStart(rule: Rrule, start: Day, k: number): number {
  const step = k * rule.interval;
  switch (rule.freq) {
    case 'DAILY':
      return Date.UTC(start.y, start.m - 1, start.d + step);
    case 'WEEKLY':
      return Date.UTC(start.y, start.m - 1, start.d - weekdayOf(start) + 7 * step);
    case 'MONTHLY':
      return Date.UTC(start.y, start.m - 1 + step, 1);
    case 'YEARLY':
      return Date.UTC(start.y + step, 0, 1);
  }
}
