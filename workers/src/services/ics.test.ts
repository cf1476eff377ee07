import { describe, expect, it } from 'vitest';
import { params, parseIcs, prop, unescapeText } from '../../../test/fixtures/ical';
import { parseDateTime } from '../../../shared/time';
import type { EventRow, OverrideRow } from './events';
import { buildCalendar, escapeText, foldLine } from './ics';
import { findTransitions, vtimezone } from './vtimezone';

const info = { name: 'Hội hữu nghị Việt Nam – Nhật Bản; lịch, sự kiện', appUrl: 'https://amity.example/w/vn-nhat-ban', version: '0.1.0' };
const at = (s: string, tz = 'Asia/Ho_Chi_Minh') => new Date(parseDateTime(s, tz)!);

function row(fields: Partial<EventRow>): EventRow {
  const startsAt = fields.startsAt ?? at('2023-09-21T08:30');
  const endsAt = fields.endsAt ?? new Date(startsAt.getTime() + 3 * 3600_000);
  return {
    id: 'ev1',
    type: 'anniversary',
    title: 'Lễ kỷ niệm 50 năm quan hệ ngoại giao Việt Nam – Nhật Bản',
    titleEn: null,
    description: null,
    startsAt,
    endsAt,
    lastEndsAt: endsAt,
    timeZone: 'Asia/Ho_Chi_Minh',
    rrule: null,
    location: null,
    format: 'in_person',
    connectionPoints: null,
    countries: ['JP'],
    partnerIds: [],
    organisers: [],
    capacity: null,
    registrationOpen: true,
    participants: null,
    delegation: null,
    outcomes: null,
    sequence: 0,
    createdAt: new Date('2023-08-01T00:00:00Z'),
    updatedAt: new Date('2023-08-02T03:04:05Z'),
    ...fields,
  };
}

describe('iCalendar text', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    const raw = 'Hà Nội; phòng 2, tầng 3\\cổng\r\nsau đó\nhết';
    expect(escapeText(raw)).toBe('Hà Nội\\; phòng 2\\, tầng 3\\\\cổng\\nsau đó\\nhết');
    expect(unescapeText(escapeText(raw))).toBe(raw.replace(/\r\n/g, '\n'));
  });

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const line = `SUMMARY:${'Đối ngoại nhân dân 🇻🇳 '.repeat(12)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(3);
    for (const physical of folded) expect(new TextEncoder().encode(physical).length).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(folded.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(line);
    // Every piece is whole characters: re-encoding each piece alone gives the same bytes.
    expect(folded.every((l) => !l.includes('\uFFFD') && l === new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(l)))).toBe(true);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });
});

describe('VTIMEZONE', () => {
  it('one STANDARD observance at +0700 for Asia/Ho_Chi_Minh', () => {
    expect(vtimezone('Asia/Ho_Chi_Minh', 2021, 2026)).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Asia/Ho_Chi_Minh',
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      'TZOFFSETFROM:+0700',
      'TZOFFSETTO:+0700',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('the actual DST transitions for a zone with DST', () => {
    const t = findTransitions('Europe/Paris', Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1));
    expect(t.map((x) => [new Date(x.at).toISOString(), x.from, x.to])).toEqual([
      ['2026-03-29T01:00:00.000Z', 60, 120],
      ['2026-10-25T01:00:00.000Z', 120, 60],
    ]);
    const lines = vtimezone('Europe/Paris', 2026, 2026);
    expect(lines).toContain('DTSTART:20260329T020000');
    expect(lines).toContain('DTSTART:20261025T030000');
    expect(lines.filter((l) => l === 'BEGIN:DAYLIGHT')).toHaveLength(1);
  });
});

describe('buildCalendar', () => {
  it('a single event: required properties, TZID with its VTIMEZONE, CRLF', () => {
    const text = buildCalendar(info, [{ row: row({ location: 'Hà Nội, Việt Nam', description: 'Chủ trì: VUFO; phối hợp Bộ Ngoại giao.\nKhách mời: 300' }), overrides: [] }]);
    const cal = parseIcs(text);
    expect(prop(cal, 'VERSION')).toBe('2.0');
    expect(prop(cal, 'CALSCALE')).toBe('GREGORIAN');
    expect(unescapeText(prop(cal, 'X-WR-CALNAME')!)).toBe(info.name);
    const [event] = cal.children.filter((c) => c.name === 'VEVENT');
    expect(prop(event, 'UID')).toBe('ev1@amity');
    expect(prop(event, 'DTSTAMP')).toBe('20230802T030405Z');
    expect(prop(event, 'DTSTART')).toBe('20230921T083000');
    expect(params(event, 'DTSTART')).toEqual({ TZID: ['Asia/Ho_Chi_Minh'] });
    expect(prop(event, 'DTEND')).toBe('20230921T113000');
    expect(unescapeText(prop(event, 'LOCATION')!)).toBe('Hà Nội, Việt Nam');
    expect(unescapeText(prop(event, 'DESCRIPTION')!)).toContain('Chủ trì: VUFO; phối hợp Bộ Ngoại giao.\nKhách mời: 300');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('a series: RRULE, EXDATE for a cancelled occurrence, RECURRENCE-ID for a moved one', () => {
    const series = row({
      id: 'ev2',
      title: 'Giao ban tháng',
      rrule: 'FREQ=MONTHLY;BYDAY=1MO;COUNT=6',
      startsAt: at('2026-01-05T09:00'),
      endsAt: at('2026-01-05T11:00'),
      lastEndsAt: at('2026-06-01T11:00'),
    });
    const override = (key: string, fields: Partial<OverrideRow>): OverrideRow => ({ eventId: 'ev2', key, cancelled: false, startsAt: null, endsAt: null, title: null, titleEn: null, location: null, updatedAt: new Date('2026-01-10T00:00:00Z'), ...fields });
    const text = buildCalendar(info, [
      { row: series, overrides: [override('20260202', { cancelled: true }), override('20260302', { startsAt: at('2026-03-03T14:00'), endsAt: at('2026-03-03T16:00'), title: 'Giao ban tháng (dời)' })] },
    ]);
    const events = parseIcs(text).children.filter((c) => c.name === 'VEVENT');
    expect(events).toHaveLength(2);
    expect(prop(events[0], 'RRULE')).toBe('FREQ=MONTHLY;BYDAY=1MO;COUNT=6');
    expect(prop(events[0], 'EXDATE')).toBe('20260202T090000');
    expect(prop(events[1], 'UID')).toBe('ev2@amity');
    expect(prop(events[1], 'RECURRENCE-ID')).toBe('20260302T090000');
    expect(prop(events[1], 'DTSTART')).toBe('20260303T140000');
    expect(prop(events[1], 'SUMMARY')).toBe('Giao ban tháng (dời)');
  });

  it('one VTIMEZONE per zone used; an empty calendar still has a component', () => {
    const text = buildCalendar(info, [
      { row: row({ id: 'a' }), overrides: [] },
      { row: row({ id: 'b', timeZone: 'Europe/Paris', startsAt: at('2026-07-01T10:00', 'Europe/Paris'), endsAt: at('2026-07-01T12:00', 'Europe/Paris'), lastEndsAt: at('2026-07-01T12:00', 'Europe/Paris') }), overrides: [] },
      { row: row({ id: 'c' }), overrides: [] },
    ]);
    const cal = parseIcs(text);
    expect(cal.children.filter((c) => c.name === 'VTIMEZONE').map((c) => prop(c, 'TZID'))).toEqual(['Asia/Ho_Chi_Minh', 'Europe/Paris']);
    expect(parseIcs(buildCalendar(info, [])).children.map((c) => c.name)).toEqual(['VTIMEZONE']);
  });
});

describe('the strict checker itself', () => {
  const good = buildCalendar(info, [{ row: row({}), overrides: [] }]);
  it('refuses what calendar apps may choke on', () => {
    expect(() => parseIcs(good)).not.toThrow();
    expect(() => parseIcs(good.replace(/\r\n/g, '\n'))).toThrow(/CRLF|bare/);
    expect(() => parseIcs(good.replace('SUMMARY:', `SUMMARY:${'x'.repeat(80)}`))).toThrow(/octets/);
    expect(() => parseIcs(good.replace('STATUS:CONFIRMED', 'LOCATION:a, b'))).toThrow(/unescaped/);
    expect(() => parseIcs(good.replace('STATUS:CONFIRMED', 'LOCATION:a\\x'))).toThrow(/bad escape/);
    expect(() => parseIcs(good.replace('TZID:Asia/Ho_Chi_Minh', 'TZID:Asia/Tokyo'))).toThrow(/no VTIMEZONE/);
    expect(() => parseIcs(good.replace(/DTSTAMP:[^\r]*\r\n/, ''))).toThrow(/DTSTAMP missing/);
    expect(() => parseIcs(good.replace('END:VEVENT\r\n', ''))).toThrow(/END:VCALENDAR does not close VEVENT/);
    expect(() => parseIcs(good.replace('DTSTART;TZID=Asia/Ho_Chi_Minh:20230921T083000', 'DTSTART;TZID=Asia/Ho_Chi_Minh:20230921T083000Z'))).toThrow(/non-local/);
  });
});

describe('the strict checker on bytes', () => {
  it('fails a fold that splits a UTF-8 character', () => {
    const good = new TextEncoder().encode(buildCalendar(info, [{ row: row({}), overrides: [] }]));
    expect(() => parseIcs(good)).not.toThrow();
    const text = new TextDecoder().decode(good);
    const at = new TextEncoder().encode(text.slice(0, text.indexOf('ỷ'))).length;
    // Move the CRLF+space fold into the middle of the 3-byte 'ỷ'.
    const broken = new Uint8Array([...good.slice(0, at + 1), 0x0d, 0x0a, 0x20, ...good.slice(at + 1)]);
    expect(() => parseIcs(broken)).toThrow(/UTF-8/);
  });
});
