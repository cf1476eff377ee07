import { describe, expect, it } from 'vitest';
import { defaultRelations, nationalDays, occasionsBetween, vietnamDate } from './occasions';
import { isCountryCode } from '../../../shared/countries';
import { parseDate } from '../../../shared/time';

describe('occasions', () => {
  it('seed data uses real country codes and real dates', () => {
    for (const [country, since] of Object.entries(defaultRelations)) {
      expect(isCountryCode(country), country).toBe(true);
      expect(parseDate(since), `${country} ${since}`).not.toBeNull();
    }
    for (const [country, day] of Object.entries(nationalDays)) {
      expect(isCountryCode(country), country).toBe(true);
      expect(parseDate(`2024-${day}`), `${country} ${day}`).not.toBeNull();
    }
    expect(defaultRelations.JP).toBe('1973-09-21');
  });

  it('marks anniversaries, round ones flagged, with English ordinals', () => {
    const items = occasionsBetween(['BN'], { BN: '1992-02-29' }, '2001-01-01', '2004-12-31').filter((o) => o.kind === 'relations_anniversary');
    expect(items.map((o) => [o.date, o.years, o.round])).toEqual([
      ['2001-02-28', 9, false],
      ['2002-02-28', 10, true],
      ['2003-02-28', 11, false],
      ['2004-02-29', 12, false],
    ]);
    expect(items.map((o) => o.titleEn.split(' ')[0])).toEqual(['9th', '10th', '11th', '12th']);
    expect(occasionsBetween(['KR'], { KR: '1992-12-22' }, '2013-12-01', '2013-12-31')[0].titleEn).toMatch(/^21st /);
    expect(occasionsBetween(['XK'], {}, '2020-01-01', '2020-12-31')).toEqual([]);
  });

  it('knows today in Vietnam', () => {
    expect(vietnamDate(new Date('2026-06-17T17:30:00Z'))).toBe('2026-06-18');
    expect(vietnamDate(new Date('2026-06-17T16:30:00Z'), 1)).toBe('2026-06-18');
  });
});
