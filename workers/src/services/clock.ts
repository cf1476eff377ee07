import type { Context } from 'hono';
import type { AppDeps } from '../deps';
import type { AppEnv } from '../env';

/** The app's clock: `deps.now` where a test sets it, else the real time. */
export const nowOf = (deps: AppDeps): Date => deps.now?.() ?? new Date();

export const now = (c: Context<AppEnv>): Date => nowOf(c.get('deps'));

/** Vietnam's offset from UTC: +7 all year, no daylight saving (shared/correspondence.ts workspaceTimeZone). */
const vietnamOffsetMs = 7 * 3_600_000;

/**
 * Today's date in Vietnam: the day terms, positions and dues go by. Worked out from the offset,
 * which gives what `localDate` gives: formatting with Intl costs more than a whole cached list
 * read, and many requests ask for today.
 */
export function today(c: Context<AppEnv>): string {
  return new Date(now(c).getTime() + vietnamOffsetMs).toISOString().slice(0, 10);
}

/** This calendar year in Vietnam: dues years follow it. */
export const currentYear = (c: Context<AppEnv>): number => new Date(now(c).getTime() + vietnamOffsetMs).getUTCFullYear();
