import type { Indicators, RollupGrouping } from '../../../shared/indicators';

/** The shapes of the figures and rollup answers (API.md "Figures, rollups, reports"; docs/indicators.md). */

export type { IndicatorName, Indicators, RollupGrouping } from '../../../shared/indicators';

/** GET /stats: the workspace's own figures for the days from..to. */
export interface Stats {
  from: string;
  to: string;
  indicators: Indicators;
}

/** GET /rollup filters, as the query string carries them: whole months 'YYYY-MM'. */
export interface RollupQuery {
  from?: string;
  to?: string;
  groupBy?: RollupGrouping;
  /** Drill-down: the key of one group of `groupBy`; its workspaces become the rows. */
  group?: string;
}

export interface RollupGroup {
  key: string;
  label: string;
  indicators: Indicators;
  workspaces: number;
}

/** GET /rollup: sums over the workspace and its approved affiliates, from monthly snapshots. */
export interface Rollup {
  from: string;
  to: string;
  groupBy: RollupGrouping;
  group: string | null;
  totals: { indicators: Indicators; workspaces: number };
  groups: RollupGroup[];
  /** When the oldest snapshot used was computed; null when there were none. */
  asOf: string | null;
}

/**
 * A query string that keeps an empty `group` (the drill-down into "no partner country" or "no
 * cluster"), which the app's general `searchOf` would drop.
 */
export function searchWithGroup(params: object): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && (value !== '' || key === 'group')) search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}
