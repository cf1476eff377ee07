import type { Context } from 'hono';
import { localDate } from '../../../shared/correspondence';
import type { AppDeps } from '../deps';
import type { AppEnv } from '../env';

/** The app's clock: `deps.now` where a test sets it, else the real time. */
export const nowOf = (deps: AppDeps): Date => deps.now?.() ?? new Date();

export const now = (c: Context<AppEnv>): Date => nowOf(c.get('deps'));

/** Today's date in Vietnam (UTC+7 all year): the day terms, positions and dues go by. */
export function today(c: Context<AppEnv>): string {
  return localDate(now(c));
}

/** This calendar year in Vietnam: dues years follow it. */
export const currentYear = (c: Context<AppEnv>): number => Number(today(c).slice(0, 4));
