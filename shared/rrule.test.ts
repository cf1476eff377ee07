import { describe, expect, it } from 'vitest';
import { expandRrule, formatRrule, parseRrule } from './rrule';
import { formatInstant, parseDateTime } from './time';

const hcm = 'Asia/Ho_Chi_Minh';

function dates(rule: string, start: string, tz = hcm): string[] | string {
  const parsed = parseRrule(rule);
  if (!parsed.ok) return parsed.error;
  const result = expandRrule(parsed.rule, parseDateTime(start, tz)!, tz);
  return result.ok ? result.occurrences.map((o) => formatInstant(o.start, tz)) : result.error;
}

/** Just the local dates of the occurrences. */
const days = (rule: string, start: string) => (dates(rule, start) as string[]).map((d) => d.slice(0, 10));

describe('RRULE expansion', () => {
  it('monthly on the first Monday', () => {
    expect(dates('FREQ=MONTHLY;BYDAY=1MO;COUNT=3', '2026-01-05T09:00')).toEqual([
      '2026-01-05T09:00:00+07:00',
      '2026-02-02T09:00:00+07:00',
      '2026-03-02T09:00:00+07:00',
    ]);
  });

  it('yearly anniversaries, and 29 February only in leap years', () => {
    expect(dates('RRULE:FREQ=YEARLY;COUNT=3', '2023-09-21T08:30')).toEqual(['2023-09-21T08:30:00+07:00', '2024-09-21T08:30:00+07:00', '2025-09-21T08:30:00+07:00']);
    expect(dates('FREQ=YEARLY;COUNT=2', '2024-02-29T08:00')).toEqual(['2024-02-29T08:00:00+07:00', '2028-02-29T08:00:00+07:00']);
  });

  it('every other week on two weekdays until a date (inclusive, local)', () => {
    expect(dates('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;UNTIL=20260122', '2026-01-06T14:00')).toEqual([
      '2026-01-06T14:00:00+07:00',
      '2026-01-08T14:00:00+07:00',
      '2026-01-20T14:00:00+07:00',
      '2026-01-22T14:00:00+07:00',
    ]);
  });

  it('month days: the last day, and a 31st that some months lack', () => {
    expect(days('FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=4', '2026-01-31T08:00')).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30']);
    expect(days('FREQ=MONTHLY;COUNT=3', '2026-01-31T08:00')).toEqual(['2026-01-31', '2026-03-31', '2026-05-31']);
  });

  it('yearly on the last Friday of June; weekdays daily', () => {
    expect(days('FREQ=YEARLY;BYMONTH=6;BYDAY=-1FR;COUNT=2', '2026-06-26T08:00')).toEqual(['2026-06-26', '2027-06-25']);
    expect(days('FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;COUNT=6', '2026-01-02T08:00')).toEqual([
      '2026-01-02',
      '2026-01-05',
      '2026-01-06',
      '2026-01-07',
      '2026-01-08',
      '2026-01-09',
    ]);
    expect(days('FREQ=YEARLY;BYDAY=20MO;COUNT=2', '2026-05-18T08:00')).toEqual(['2026-05-18', '2027-05-17']);
  });

  it('keeps the wall-clock time across a DST change', () => {
    expect(dates('FREQ=WEEKLY;COUNT=3', '2026-03-01T10:00', 'America/New_York')).toEqual([
      '2026-03-01T10:00:00-05:00',
      '2026-03-08T10:00:00-04:00',
      '2026-03-15T10:00:00-04:00',
    ]);
  });

  it('refuses rules that never end, go too far, or are outside the subset', () => {
    expect(dates('FREQ=MONTHLY', '2026-01-05T09:00')).toBe('rrule_unbounded');
    expect(dates('FREQ=DAILY;COUNT=501', '2026-01-05T09:00')).toBe('rrule_too_many');
    expect(dates('FREQ=DAILY;COUNT=500', '2026-01-05T09:00')).toHaveLength(500);
    expect(dates('FREQ=YEARLY;COUNT=12', '2026-01-05T09:00')).toBe('rrule_too_far');
    expect(dates('FREQ=YEARLY;COUNT=11', '2026-01-05T09:00')).toHaveLength(11);
    expect(dates('FREQ=MONTHLY;UNTIL=20400101', '2026-01-05T09:00')).toBe('rrule_too_far');
    expect(dates('FREQ=DAILY;UNTIL=20280101', '2026-01-05T09:00')).toBe('rrule_too_many');
    expect(dates('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;COUNT=5', '2024-02-29T09:00')).toBe('rrule_too_far');
    for (const bad of ['FREQ=HOURLY;COUNT=2', 'FREQ=MONTHLY;BYSETPOS=1;COUNT=2', 'FREQ=DAILY;COUNT=2;UNTIL=20270101', 'FREQ=WEEKLY;BYDAY=1MO;COUNT=2', 'FREQ=WEEKLY;BYMONTHDAY=1;COUNT=2', 'FREQ=DAILY;COUNT=0', 'FREQ=DAILY;INTERVAL=0;COUNT=2', 'COUNT=2', 'FREQ=DAILY;COUNT=2;COUNT=3', 'FREQ=MONTHLY;BYMONTHDAY=32;COUNT=2', 'FREQ=DAILY;UNTIL=20260230', 'FREQ=DAILY;WKST=SU;COUNT=2', 'nonsense', '']) {
      expect(dates(bad, '2026-01-05T09:00'), bad).toBe('rrule_invalid');
    }
  });

  it('asks the first date to be one of the rule’s dates', () => {
    expect(dates('FREQ=MONTHLY;BYDAY=1MO;COUNT=2', '2026-01-06T09:00')).toBe('rrule_start_mismatch');
    expect(dates('FREQ=DAILY;UNTIL=20251231', '2026-01-06T09:00')).toBe('rrule_start_mismatch');
  });

  it('writes the canonical rule, UNTIL in UTC', () => {
    const parsed = parseRrule('freq=weekly;byday=TU,th;until=20260131;interval=2');
    expect(parsed.ok && formatRrule(parsed.rule, hcm)).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;UNTIL=20260131T165959Z');
  });
});
