import { countryName } from '../../../shared/countries';
import { parseDate } from '../../../shared/time';
import type { Occasion } from '../../../shared/events';

/**
 * National days (month-day) of common partner countries — the day Vietnam sends its
 * congratulations on. A country not listed simply has no national-day occasion.
 */
export const nationalDays: Record<string, string> = {
  JP: '02-23', // Emperor's Birthday
  CU: '01-01', // Triumph of the Revolution
  LA: '12-02',
  KH: '11-09', // Independence Day
  CN: '10-01',
  RU: '06-12', // Russia Day
  US: '07-04',
  FR: '07-14',
  KR: '10-03', // National Foundation Day
  IN: '01-26', // Republic Day
  DE: '10-03',
  AU: '01-26',
  TH: '12-05',
  SG: '08-09',
  MY: '08-31',
  ID: '08-17',
  PH: '06-12',
  MM: '01-04',
  CA: '07-01',
  IT: '06-02',
  CL: '09-18',
  MN: '07-11',
  KP: '09-09',
  DZ: '11-01',
  CZ: '10-28',
  HU: '08-20',
  BG: '03-03',
  RO: '12-01',
  BR: '09-07',
  AR: '05-25',
  MX: '09-16',
  VE: '07-05',
  NZ: '02-06',
  BN: '02-23',
  BE: '07-21',
  SE: '06-06',
  ES: '10-12',
  ZA: '04-27',
  EG: '07-23',
  MZ: '06-25',
  AO: '11-11',
  UA: '08-24',
  BY: '07-03',
  CH: '08-01',
  AT: '10-26',
  NO: '05-17',
  FI: '12-06',
  IE: '03-17',
  PT: '06-10',
  GR: '03-25',
  NI: '09-15',
};

/**
 * SEED DATA, editable by each workspace (PUT /occasions/relations/:country): the dates Vietnam
 * established diplomatic relations with common partners, as published by Vietnam's foreign
 * ministry. JP 21/9/1973 is confirmed by the seed article on the 50th anniversary; the others
 * are widely published dates but a workspace should check and correct what it relies on.
 */
export const defaultRelations: Record<string, string> = {
  CN: '1950-01-18',
  RU: '1950-01-30',
  KP: '1950-01-31',
  CZ: '1950-02-02',
  HU: '1950-02-03',
  RO: '1950-02-03',
  PL: '1950-02-04',
  BG: '1950-02-08',
  MN: '1954-11-17',
  ID: '1955-12-30',
  CU: '1960-12-02',
  LA: '1962-09-05',
  DZ: '1962-10-28',
  KH: '1967-06-24',
  SE: '1969-01-11',
  CL: '1971-03-25',
  IN: '1972-01-07',
  AU: '1973-02-26',
  BE: '1973-03-22',
  IT: '1973-03-23',
  MY: '1973-03-30',
  NL: '1973-04-09',
  FR: '1973-04-12',
  SG: '1973-08-01',
  CA: '1973-08-21',
  GB: '1973-09-11',
  JP: '1973-09-21',
  AR: '1973-10-25',
  MX: '1975-05-19',
  MM: '1975-05-28',
  NZ: '1975-06-19',
  DE: '1975-09-23',
  PH: '1976-07-12',
  TH: '1976-08-06',
  BR: '1989-05-08',
  BN: '1992-02-29',
  KR: '1992-12-22',
  US: '1995-07-12',
};


const pad = (n: number) => String(n).padStart(2, '0');
const ordinal = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;

/** A month-day in a given year, or null (29 February in a common year). */
function dayIn(year: number, monthDay: string): string | null {
  const date = `${year}-${monthDay}`;
  return parseDate(date) ? date : null;
}

/**
 * The occasions between `from` and `to` (dates, inclusive) for the workspace's countries:
 * national days, and every anniversary of relations with a round one flagged. `relations` maps
 * a country to the date relations began (the workspace's own, else the seed).
 */
export function occasionsBetween(countries: string[], relations: Record<string, string>, from: string, to: string): Occasion[] {
  const out: Occasion[] = [];
  const [y0, y1] = [Number(from.slice(0, 4)), Number(to.slice(0, 4))];
  for (const country of countries) {
    const [vi, en] = [countryName(country, 'vi'), countryName(country, 'en')];
    const national = nationalDays[country];
    const since = relations[country] ?? null;
    for (let y = y0; y <= y1; y++) {
      const day = national ? dayIn(y, national) : null;
      if (day && day >= from && day <= to) {
        out.push({ id: `national_day:${country}:${day}`, kind: 'national_day', country, date: day, precision: 'day', title: `Quốc khánh ${vi}`, titleEn: `National Day of ${en}`, years: null, round: false, since: null });
      }
      if (!since) continue;
      const startYear = Number(since.slice(0, 4));
      const years = y - startYear;
      if (years < 1) continue;
      const precision = since.length === 4 ? 'year' : 'day';
      // A relation that began on 29 February is marked on 28 February in common years.
      const date = precision === 'year' ? `${y}-01-01` : (dayIn(y, since.slice(5)) ?? `${y}-02-28`);
      if (date < from || date > to) continue;
      const began = precision === 'day' ? `${Number(since.slice(8))}/${Number(since.slice(5, 7))}/${startYear}` : String(startYear);
      const anniversary = precision === 'day' ? `${Number(date.slice(8))}/${Number(date.slice(5, 7))}/${y}` : String(y);
      out.push({
        id: `relations_anniversary:${country}:${date}`,
        kind: 'relations_anniversary',
        country,
        date,
        precision,
        title: `Kỷ niệm ${years} năm Ngày thiết lập quan hệ ngoại giao Việt Nam – ${vi} (${began} – ${anniversary})`,
        titleEn: `${ordinal(years)} anniversary of Vietnam – ${en} diplomatic relations (${startYear}–${y})`,
        years,
        round: years % 5 === 0,
        since,
      });
    }
  }
  return out.sort((a, b) => (a.date === b.date ? a.id.localeCompare(b.id) : a.date < b.date ? -1 : 1));
}

/** Today's date in Vietnam, plus `days`. */
export function vietnamDate(now: Date, days = 0): string {
  const t = new Date(now.getTime() + 7 * 3600_000 + days * 86_400_000);
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}
