import { formatOffset, localParts, offsetMinutes } from '../../../shared/time';

/**
 * A VTIMEZONE for `timeZone` built from Intl offsets alone. A zone whose offset does not change
 * over the years the events span (Asia/Ho_Chi_Minh: +07:00 all year) gets one STANDARD
 * observance. A zone with DST gets its actual transitions over those years, found by scanning
 * the offsets week by week and narrowing each change to the minute: one STANDARD or DAYLIGHT
 * observance per transition (explicit DTSTARTs, no RRULE), which is exact for the period the
 * feed covers and valid RFC 5545.
 */
export function vtimezone(timeZone: string, fromYear: number, toYear: number): string[] {
  const start = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear + 1, 0, 1);
  const transitions = findTransitions(timeZone, start, end);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  const initial = offsetMinutes(start, timeZone);
  if (!transitions.length) {
    lines.push(...observance('STANDARD', '19700101T000000', initial, initial));
  } else {
    const first = transitions[0];
    lines.push(...observance(initial > first.to ? 'DAYLIGHT' : 'STANDARD', `${fromYear}0101T000000`, initial, initial));
    for (const t of transitions) lines.push(...observance(t.to > t.from ? 'DAYLIGHT' : 'STANDARD', wallClock(t.at, t.from), t.from, t.to));
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

function observance(kind: 'STANDARD' | 'DAYLIGHT', dtstart: string, from: number, to: number): string[] {
  return [`BEGIN:${kind}`, `DTSTART:${dtstart}`, `TZOFFSETFROM:${formatOffset(from, '')}`, `TZOFFSETTO:${formatOffset(to, '')}`, `END:${kind}`];
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The local time just before the transition at `at`, on the clock of the old offset. */
function wallClock(at: number, offset: number): string {
  const t = new Date(at + offset * 60_000);
  return `${pad(t.getUTCFullYear(), 4)}${pad(t.getUTCMonth() + 1)}${pad(t.getUTCDate())}T${pad(t.getUTCHours())}${pad(t.getUTCMinutes())}${pad(t.getUTCSeconds())}`;
}

interface Transition {
  at: number;
  from: number;
  to: number;
}

const week = 7 * 86_400_000;

export function findTransitions(timeZone: string, start: number, end: number): Transition[] {
  const out: Transition[] = [];
  let prev = offsetMinutes(start, timeZone);
  for (let t = start; t < end; t += week) {
    const next = Math.min(t + week, end);
    const offset = offsetMinutes(next, timeZone);
    if (offset === prev) continue;
    let [lo, hi] = [t, next];
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (offsetMinutes(mid, timeZone) === prev) lo = mid;
      else hi = mid;
    }
    out.push({ at: hi, from: prev, to: offset });
    prev = offset;
  }
  return out;
}

/** The local year of an instant in a zone (for the span a VTIMEZONE must cover). */
export const localYear = (ms: number, timeZone: string) => localParts(ms, timeZone).y;
