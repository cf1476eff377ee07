import type { Context } from 'hono';
import type { AppEnv } from '../env';

export const now = (c: Context<AppEnv>): Date => c.get('deps').now?.() ?? new Date();

/** Today's date in Vietnam (UTC+7 all year): the day terms, positions and dues go by. */
export function today(c: Context<AppEnv>): string {
  return new Date(now(c).getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** This calendar year in Vietnam: dues years follow it. */
export const currentYear = (c: Context<AppEnv>): number => Number(today(c).slice(0, 4));
