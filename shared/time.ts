/**
 * Time-zone arithmetic on Intl alone (no tz database package): every runtime the app runs on
 * (Node, Cloudflare Workers, browsers) ships the IANA zones inside Intl.
 */

export const defaultTimeZone = 'Asia/Ho_Chi_Minh';

/** A wall-clock date and time, months 1–12. */
export interface LocalDateTime {
  y: number;
  m: number;
  d: number;
  h: number;
  mi: number;
  s: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      era: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

let zoneNames: Map<string, string> | undefined;

/**
 * `name` as a time zone Intl knows, spelled as IANA spells it ('asia/ho_chi_minh' →
 * 'Asia/Ho_Chi_Minh'), or null. Links are kept as given: ICU would turn Asia/Ho_Chi_Minh into
 * its old alias Asia/Saigon.
 */
export function canonicalTimeZone(name: string): string | null {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/.test(name)) return null;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
  } catch {
    return null;
  }
  if (!zoneNames) {
    const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
    zoneNames = new Map([...supported, 'Asia/Ho_Chi_Minh', 'UTC'].map((z) => [z.toLowerCase(), z]));
  }
  return zoneNames.get(name.toLowerCase()) ?? name;
}

export function isTimeZone(name: string): boolean {
  return canonicalTimeZone(name) !== null;
}

/** The wall clock in `timeZone` at the instant `ms`. */
export function localParts(ms: number, timeZone: string): LocalDateTime {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(ms))) parts[p.type] = p.value;
  const year = Number(parts.year);
  return {
    y: parts.era === 'BC' ? 1 - year : year,
    m: Number(parts.month),
    d: Number(parts.day),
    h: Number(parts.hour),
    mi: Number(parts.minute),
    s: Number(parts.second),
  };
}

const wallMs = (t: LocalDateTime) => {
  const date = new Date(0);
  date.setUTCFullYear(t.y, t.m - 1, t.d);
  date.setUTCHours(t.h, t.mi, t.s, 0);
  return date.getTime();
};

/** UTC offset of `timeZone` at the instant `ms`, in minutes (+420 for Asia/Ho_Chi_Minh). */
export function offsetMinutes(ms: number, timeZone: string): number {
  const whole = Math.floor(ms / 1000) * 1000;
  return Math.round((wallMs(localParts(whole, timeZone)) - whole) / 60_000);
}

/**
 * The instant at which the wall clock in `timeZone` shows `t`. A time skipped by a DST change
 * resolves to the later offset's reading; a repeated one to its first occurrence.
 */
export function zonedInstant(t: LocalDateTime, timeZone: string): number {
  const wall = wallMs(t);
  const first = wall - offsetMinutes(wall, timeZone) * 60_000;
  const second = wall - offsetMinutes(first, timeZone) * 60_000;
  if (first === second) return first;
  const earlier = Math.min(first, second);
  return wallMs(localParts(earlier, timeZone)) === wall ? earlier : Math.max(first, second);
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** '+07:00' style offset. */
export function formatOffset(minutes: number, separator = ':'): string {
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}${separator}${pad(Math.abs(minutes) % 60)}`;
}

/** RFC 3339 with the zone's offset at that instant: '2021-06-18T08:00:00+07:00'. */
export function formatInstant(ms: number, timeZone: string): string {
  const t = localParts(ms, timeZone);
  return `${pad(t.y, 4)}-${pad(t.m)}-${pad(t.d)}T${pad(t.h)}:${pad(t.mi)}:${pad(t.s)}${formatOffset(offsetMinutes(ms, timeZone))}`;
}

/** 'YYYY-MM-DD' of the local date. */
export function formatDate(t: Pick<LocalDateTime, 'y' | 'm' | 'd'>): string {
  return `${pad(t.y, 4)}-${pad(t.m)}-${pad(t.d)}`;
}

const dateTimePattern = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?$/i;
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function validParts(t: LocalDateTime): boolean {
  if (t.m < 1 || t.m > 12 || t.d < 1 || t.h > 23 || t.mi > 59 || t.s > 59) return false;
  return t.d <= daysInMonth(t.y, t.m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * An instant from what a person or a client sends: RFC 3339 with an offset or Z, or a local
 * date-time without offset ('2026-06-18T08:00'), read on the wall clock of `timeZone`.
 * Null when it is not a real date and time.
 */
export function parseDateTime(value: string, timeZone: string): number | null {
  const match = dateTimePattern.exec(value.trim());
  if (!match) return null;
  const [, y, m, d, h, mi, s, zone] = match;
  const t: LocalDateTime = { y: +y, m: +m, d: +d, h: +h, mi: +mi, s: s ? +s : 0 };
  if (!validParts(t)) return null;
  if (!zone) return zonedInstant(t, timeZone);
  const offset = zone.toUpperCase() === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  return wallMs(t) - offset * 60_000;
}

/** 'YYYY-MM-DD' that is a real date → its parts, else null. */
export function parseDate(value: string): { y: number; m: number; d: number } | null {
  const match = datePattern.exec(value);
  if (!match) return null;
  const t = { y: +match[1], m: +match[2], d: +match[3], h: 0, mi: 0, s: 0 };
  return validParts(t) ? { y: t.y, m: t.m, d: t.d } : null;
}

/**
 * A range bound from a query: a full instant as `parseDateTime` reads it, or a bare date, which
 * means the start of that day in `timeZone` (or of the next day when `endOfDay`, making `to`
 * inclusive).
 */
export function parseBound(value: string, timeZone: string, endOfDay = false): number | null {
  const date = parseDate(value);
  if (!date) return parseDateTime(value, timeZone);
  const start = { ...date, h: 0, mi: 0, s: 0 };
  if (!endOfDay) return zonedInstant(start, timeZone);
  const next = new Date(Date.UTC(date.y, date.m - 1, date.d + 1));
  return zonedInstant({ y: next.getUTCFullYear(), m: next.getUTCMonth() + 1, d: next.getUTCDate(), h: 0, mi: 0, s: 0 }, timeZone);
}
