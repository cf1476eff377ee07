import { expandRrule, parseRrule, type RruleError } from '../../../shared/rrule';
import { canonicalTimeZone, formatDate, localParts, parseDateTime } from '../../../shared/time';

/**
 * The simple repeat choices of the event form — yearly, monthly or weekly, a number of times or
 * until a date — as an RFC 5545 rule, and back. A stored rule the choices cannot express (an
 * interval, BYDAY, …) stays as its text, under "custom".
 */

export const repeats = ['', 'YEARLY', 'MONTHLY', 'WEEKLY', 'custom'] as const;
type Repeat = (typeof repeats)[number];

export interface RepeatChoice {
  repeat: Repeat;
  end: 'count' | 'until';
  count: string;
  /** 'YYYY-MM-DD', the last day an occurrence may start on. */
  until: string;
  custom: string;
}

export const noRepeat: RepeatChoice = { repeat: '', end: 'count', count: '', until: '', custom: '' };

/** The choices that give `rrule` (stored canonically by the server) for an event in `timeZone`. */
export function repeatChoiceOf(rrule: string | null, timeZone: string): RepeatChoice {
  if (!rrule) return noRepeat;
  const parsed = parseRrule(rrule);
  const simple = parsed.ok && parsed.rule.freq !== 'DAILY' && parsed.rule.interval === 1 && !parsed.rule.byDay && !parsed.rule.byMonthDay && !parsed.rule.byMonth;
  if (!parsed.ok || !simple) return { ...noRepeat, repeat: 'custom', custom: rrule };
  const { freq, count, until } = parsed.rule;
  const base = { ...noRepeat, repeat: freq as Repeat };
  if (count !== undefined) return { ...base, count: String(count) };
  if (!until) return base;
  return { ...base, end: 'until', until: 'utc' in until ? formatDate(localParts(until.utc, timeZone)) : formatDate(until.date) };
}

/** The rule the choices describe, or null for an event that happens once. */
export function ruleOf(choice: RepeatChoice): string | null {
  if (choice.repeat === '') return null;
  if (choice.repeat === 'custom') return choice.custom.trim() || null;
  const end = choice.end === 'count' ? (choice.count.trim() && `COUNT=${choice.count.trim()}`) : choice.until && `UNTIL=${choice.until.replace(/-/g, '')}`;
  return end ? `FREQ=${choice.repeat};${end}` : `FREQ=${choice.repeat}`;
}

export type Preview = { ok: true; starts: number[]; total: number } | { ok: false; error: RruleError | 'date_time_format' | 'time_zone_invalid' };

/** The first `shown` starts of a series beginning at the local `startsAt` in `timeZone`, and how many there are. */
export function previewOf(rrule: string, startsAt: string, timeZone: string, shown = 5): Preview {
  const zone = canonicalTimeZone(timeZone);
  if (!zone) return { ok: false, error: 'time_zone_invalid' };
  const start = parseDateTime(startsAt, zone);
  if (start === null) return { ok: false, error: 'date_time_format' };
  const parsed = parseRrule(rrule);
  if (!parsed.ok) return parsed;
  const expanded = expandRrule(parsed.rule, start, zone);
  if (!expanded.ok) return expanded;
  return { ok: true, starts: expanded.occurrences.slice(0, shown).map((o) => o.start), total: expanded.occurrences.length };
}
