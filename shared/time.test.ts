import { describe, expect, it } from 'vitest';
import { canonicalTimeZone, formatInstant, offsetMinutes, parseBound, parseDateTime, zonedInstant } from './time';

describe('time zones on Intl', () => {
  it('knows IANA names and canonicalises them', () => {
    expect(canonicalTimeZone('Asia/Ho_Chi_Minh')).toBe('Asia/Ho_Chi_Minh');
    expect(canonicalTimeZone('asia/ho_chi_minh')).toBe('Asia/Ho_Chi_Minh');
    expect(canonicalTimeZone('Mars/Olympus')).toBeNull();
    expect(canonicalTimeZone('')).toBeNull();
  });

  it('reads local times and offsets, and writes RFC 3339 with the zone offset', () => {
    const ms = parseDateTime('2021-06-18T08:00', 'Asia/Ho_Chi_Minh')!;
    expect(new Date(ms).toISOString()).toBe('2021-06-18T01:00:00.000Z');
    expect(parseDateTime('2021-06-18T08:00:00+07:00', 'Europe/Paris')).toBe(ms);
    expect(parseDateTime('2021-06-18T01:00:00Z', 'Asia/Tokyo')).toBe(ms);
    expect(formatInstant(ms, 'Asia/Tokyo')).toBe('2021-06-18T10:00:00+09:00');
    expect(offsetMinutes(ms, 'Asia/Ho_Chi_Minh')).toBe(420);
    for (const bad of ['2021-02-30T08:00', '2021-06-18', '2021-06-18T25:00', 'tomorrow', '2021-06-18T08:00+7']) expect(parseDateTime(bad, 'UTC'), bad).toBeNull();
  });

  it('resolves DST gaps and overlaps', () => {
    // 2026-03-08 02:30 does not exist in New York; 2026-11-01 01:30 happens twice.
    expect(formatInstant(zonedInstant({ y: 2026, m: 3, d: 8, h: 2, mi: 30, s: 0 }, 'America/New_York'), 'America/New_York')).toBe('2026-03-08T03:30:00-04:00');
    expect(formatInstant(zonedInstant({ y: 2026, m: 11, d: 1, h: 1, mi: 30, s: 0 }, 'America/New_York'), 'America/New_York')).toBe('2026-11-01T01:30:00-04:00');
  });

  it('reads range bounds: a date is the start of that day, `to` inclusive', () => {
    expect(new Date(parseBound('2026-06-18', 'Asia/Ho_Chi_Minh')!).toISOString()).toBe('2026-06-17T17:00:00.000Z');
    expect(new Date(parseBound('2026-06-18', 'Asia/Ho_Chi_Minh', true)!).toISOString()).toBe('2026-06-18T17:00:00.000Z');
    expect(parseBound('2026-13-01', 'UTC')).toBeNull();
  });
});
