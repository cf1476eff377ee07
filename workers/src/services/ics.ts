import { localParts } from '../../../shared/time';
import { occurrencesOf, type EventRow, type OverrideRow } from './events';
import { localYear, vtimezone } from './vtimezone';

/**
 * RFC 5545 calendars for the feed and the per-event download: VCALENDAR with PRODID, VERSION,
 * CALSCALE and the calendar name; a VTIMEZONE for every TZID used; one VEVENT per event (a
 * series with its RRULE, EXDATE for cancelled occurrences, and a RECURRENCE-ID VEVENT for each
 * changed one). TEXT values escaped, lines folded at 75 octets without splitting a UTF-8
 * character, CRLF line ends.
 */

export interface CalendarInfo {
  name: string;
  /** Where an event opens in the web app: `${appUrl}/events/${id}`. */
  appUrl: string;
  version: string;
}

export interface CalendarEvent {
  row: EventRow;
  overrides: OverrideRow[];
}

/** TEXT value escaping (RFC 5545 §3.3.11); text is put in NFC first so accents stay one character. */
export function escapeText(value: string): string {
  return value
    .normalize('NFC')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const utf8Length = (cp: number) => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

/** Folds a content line so that no physical line exceeds 75 octets (the leading space of a continuation counts). */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Length(ch.codePointAt(0)!);
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function utcStamp(ms: number): string {
  const d = new Date(Math.floor(ms / 1000) * 1000);
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

function localStamp(ms: number, timeZone: string): string {
  const t = localParts(ms, timeZone);
  return `${pad(t.y, 4)}${pad(t.m)}${pad(t.d)}T${pad(t.h)}${pad(t.mi)}${pad(t.s)}`;
}

const zoned = (name: string, ms: number, timeZone: string) => `${name};TZID=${timeZone}:${localStamp(ms, timeZone)}`;

function describe(row: EventRow, info: CalendarInfo): string {
  const parts = [row.description, row.titleEn ? `EN: ${row.titleEn}` : null, `${info.appUrl}/events/${row.id}`];
  return parts.filter(Boolean).join('\n\n');
}

function eventLines(e: CalendarEvent, info: CalendarInfo): string[] {
  const { row } = e;
  const tz = row.timeZone;
  const uid = `UID:${row.id}@amity`;
  const common = (stamp: Date) => [uid, `DTSTAMP:${utcStamp(stamp.getTime())}`, `SEQUENCE:${row.sequence}`];
  const text = (name: string, value: string | null) => (value ? [`${name}:${escapeText(value)}`] : []);
  const lines = [
    'BEGIN:VEVENT',
    ...common(row.updatedAt),
    `CREATED:${utcStamp(row.createdAt.getTime())}`,
    `LAST-MODIFIED:${utcStamp(row.updatedAt.getTime())}`,
    zoned('DTSTART', row.startsAt.getTime(), tz),
    zoned('DTEND', row.endsAt.getTime(), tz),
  ];
  const occurrences = row.rrule ? occurrencesOf(row, e.overrides) : [];
  if (row.rrule) {
    lines.push(`RRULE:${row.rrule}`);
    const cancelled = occurrences.filter((o) => o.cancelled);
    if (cancelled.length) lines.push(`EXDATE;TZID=${tz}:${cancelled.map((o) => localStamp(o.originalStart, tz)).join(',')}`);
  }
  lines.push(
    ...text('SUMMARY', row.title),
    ...text('LOCATION', row.location),
    ...text('DESCRIPTION', describe(row, info)),
    `URL:${info.appUrl}/events/${row.id}`,
    'STATUS:CONFIRMED',
    'END:VEVENT',
  );
  for (const o of occurrences.filter((x) => x.override && !x.cancelled)) {
    lines.push(
      'BEGIN:VEVENT',
      ...common(o.override!.updatedAt > row.updatedAt ? o.override!.updatedAt : row.updatedAt),
      zoned('RECURRENCE-ID', o.originalStart, tz),
      zoned('DTSTART', o.start, tz),
      zoned('DTEND', o.end, tz),
      ...text('SUMMARY', o.title),
      ...text('LOCATION', o.location),
      ...text('DESCRIPTION', describe(row, info)),
      `URL:${info.appUrl}/events/${row.id}`,
      'STATUS:CONFIRMED',
      'END:VEVENT',
    );
  }
  return lines;
}

/** The whole calendar as text/calendar. */
export function buildCalendar(info: CalendarInfo, list: CalendarEvent[], defaultZone = 'Asia/Ho_Chi_Minh'): string {
  const zones = new Map<string, [number, number]>();
  const span = (tz: string, ...ms: number[]) => {
    const years = ms.map((t) => localYear(t, tz));
    const [lo, hi] = zones.get(tz) ?? [Infinity, -Infinity];
    zones.set(tz, [Math.min(lo, ...years), Math.max(hi, ...years)]);
  };
  for (const { row, overrides } of list) {
    span(row.timeZone, row.startsAt.getTime(), row.lastEndsAt.getTime(), ...overrides.flatMap((o) => [o.startsAt?.getTime() ?? row.startsAt.getTime(), o.endsAt?.getTime() ?? row.startsAt.getTime()]));
  }
  // RFC 5545 wants at least one component: an empty calendar still carries the default zone.
  if (!zones.size) span(defaultZone, Date.now());
  const lines = [
    'BEGIN:VCALENDAR',
    `PRODID:-//Amity//Amity ${info.version}//VI`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeText(info.name)}`,
    `NAME:${escapeText(info.name)}`,
    `X-WR-TIMEZONE:${defaultZone}`,
    'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
    'X-PUBLISHED-TTL:PT1H',
    ...[...zones].flatMap(([tz, [from, to]]) => vtimezone(tz, from, to)),
    ...list.flatMap((e) => eventLines(e, info)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
