import { indicatorNames, rollupGroupings, type IndicatorName, type RollupGrouping } from '../../../shared/indicators';
import { searchWithGroup, type RollupQuery } from './api-rollup';
import { shiftMonth } from './event-time';

/**
 * What the union dashboard shows, kept in the address (?from=&to=&groupBy=&group=&indicator=)
 * so that a reload or a shared link shows the same figures.
 */
export interface RollupState {
  /** Whole months 'YYYY-MM', inclusive. */
  from: string;
  to: string;
  groupBy: RollupGrouping;
  /** Drill-down into one group of `groupBy`. '' is a real key (no partner country, no cluster). */
  group?: string;
  indicator: IndicatorName;
}

export type RollupParams = Partial<Record<keyof RollupState, string>>;

export const presets = ['year', '12m', '36m'] as const;
export type Preset = (typeof presets)[number];

/** The months a preset covers, up to `now` ('YYYY-MM'). */
export function presetRange(preset: Preset, now: string): { from: string; to: string } {
  const back = { year: Number(now.slice(5)) - 1, '12m': 11, '36m': 35 }[preset];
  return { from: shiftMonth(now, -back), to: now };
}

/** The preset the state's period is, if any. */
export function presetOf(state: Pick<RollupState, 'from' | 'to'>, now: string): Preset | undefined {
  return presets.find((p) => {
    const range = presetRange(p, now);
    return range.from === state.from && range.to === state.to;
  });
}

const isMonth = (value: string | undefined): value is string => /^\d{4}-(0[1-9]|1[0-2])$/.test(value ?? '');

/** The state of the address's parameters; anything missing or unreadable takes its default (this year, by kind, activities). */
export function rollupState(params: RollupParams, now: string): RollupState {
  const year = presetRange('year', now);
  const from = isMonth(params.from) ? params.from : year.from;
  const to = isMonth(params.to) ? params.to : now;
  return {
    // A period given backwards is read forwards rather than refused.
    from: from <= to ? from : to,
    to: from <= to ? to : from,
    groupBy: rollupGroupings.find((g) => g === params.groupBy) ?? 'kind',
    group: params.group,
    indicator: indicatorNames.find((n) => n === params.indicator) ?? 'events',
  };
}

/** The API query of the state, grouped by `groupBy` (and drilled into `group`, if any). */
export function rollupQuery(state: RollupState, groupBy = state.groupBy, group = state.group): RollupQuery {
  return { from: state.from, to: state.to, groupBy, group };
}

/** The dashboard's own address for the state changed by `patch` (a link keeps the current filters). */
export function rollupHref(base: string, state: RollupState, patch: Partial<RollupState> = {}): string {
  const next = { ...state, ...patch };
  return `${base}/rollup${searchWithGroup({ from: next.from, to: next.to, groupBy: next.groupBy, indicator: next.indicator, group: next.group })}`;
}

/** Every month 'YYYY-MM' from `from` to `to`, inclusive. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to && out.length < 1200; m = shiftMonth(m, 1)) out.push(m);
  return out;
}
