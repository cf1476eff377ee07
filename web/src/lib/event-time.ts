import { formatDate as isoDate, localParts, offsetMinutes } from '../../../shared/time';
import { locale } from '../i18n';

/**
 * Dates and times of events. An event keeps its own time zone (default Asia/Ho_Chi_Minh); the
 * app shows it on the viewer's clock, and also on the event's when the two differ.
 */

/** The time zone of this browser. */
export const viewerZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

const tags = { vi: 'vi-VN', en: 'en-GB' } as const;
/** The Intl locale of the interface language (the same ones i18n/index.ts writes dates with). */
export const intlLocale = () => tags[locale()];

const cache = new Map<string, Intl.DateTimeFormat>();
function dateTimeFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${intlLocale()}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) cache.set(key, (format = new Intl.DateTimeFormat(intlLocale(), options)));
  return format;
}

const short: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'numeric', year: 'numeric', hour: '2-digit', minute: '2-digit' };
const full: Intl.DateTimeFormatOptions = { dateStyle: 'full', timeStyle: 'short' };

/** "08:00–11:30 Thứ 5, 18/6/2026" on the viewer's clock (or on `timeZone`'s); `long` spells the day out. */
export function formatWhen(startsAt: string, endsAt: string, opts: { long?: boolean; timeZone?: string } = {}): string {
  return dateTimeFormat({ ...(opts.long ? full : short), timeZone: opts.timeZone }).formatRange(new Date(startsAt), new Date(endsAt));
}

/** "Thứ 5, 18/6/2026 08:00" — one instant on the viewer's clock. */
export function formatInstant(ms: number): string {
  return dateTimeFormat(short).format(ms);
}

/** "08:00" on the viewer's clock. */
export function formatTime(iso: string): string {
  return dateTimeFormat({ hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/** A calendar date 'YYYY-MM-DD' written the way the current language writes dates: "2 tháng 9, 2026". */
export function formatDay(date: string): string {
  return dateTimeFormat({ day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** "Tháng 6 năm 2026" / "June 2026" for a month 'YYYY-MM'. */
export function formatMonth(month: string): string {
  const text = dateTimeFormat({ month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Monday-first weekday names, narrow ("T2", "M") and short ("Thứ 2", "Mon"). */
export function weekdayNames(width: 'narrow' | 'short'): string[] {
  const format = dateTimeFormat({ weekday: width, timeZone: 'UTC' });
  // 1 June 2026 is a Monday.
  return Array.from({ length: 7 }, (_, i) => format.format(Date.UTC(2026, 5, 1 + i)));
}

/** True when the event's clock reads differently from the viewer's at that instant. */
export function otherZone(ms: number, timeZone: string): boolean {
  return offsetMinutes(ms, timeZone) !== offsetMinutes(ms, viewerZone());
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The wall clock of `timeZone` at an instant, as a datetime-local value 'YYYY-MM-DDTHH:mm'. */
export function localInput(ms: number, timeZone: string): string {
  const t = localParts(ms, timeZone);
  return `${isoDate(t)}T${pad(t.h)}:${pad(t.mi)}`;
}

/** The date 'YYYY-MM-DD' of an instant on the clock of `timeZone` (the viewer's by default). */
export function dayOf(ms: number, timeZone = viewerZone()): string {
  return isoDate(localParts(ms, timeZone));
}

/** This month on the viewer's clock, 'YYYY-MM'. */
export const currentMonth = () => dayOf(Date.now()).slice(0, 7);

/** 'YYYY-MM' `n` months after `month`. */
export function shiftMonth(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 + n, 1));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
}

/** The date `n` days after 'YYYY-MM-DD'. */
export function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** The last date 'YYYY-MM-DD' of a month 'YYYY-MM'. */
export const lastDay = (month: string) => addDays(`${shiftMonth(month, 1)}-01`, -1);

/** The dates 'YYYY-MM-DD' of the weeks (Monday first) that cover `month`, including days of the months around it. */
export function monthWeeks(month: string): string[][] {
  const first = `${month}-01`;
  const lead = (new Date(`${first}T00:00:00Z`).getUTCDay() + 6) % 7;
  const weeks = Math.ceil((lead + Number(lastDay(month).slice(8))) / 7);
  return Array.from({ length: weeks }, (_, w) => Array.from({ length: 7 }, (_, d) => addDays(first, w * 7 + d - lead)));
}
