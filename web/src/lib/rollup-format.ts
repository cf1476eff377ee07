import { indicatorNames, indicators, type IndicatorName, type RollupGrouping } from '../../../shared/indicators';
import { workspaceKinds } from '../../../shared/workspace';
import { locale, t } from '../i18n';
import type { RollupGroup } from './api-rollup';
import { countryLabel, formatNumber } from './event-format';
import { formatMonth, intlLocale } from './event-time';

/** Figures in the current language, with the labels of shared/indicators.ts (the same ones reports and the CSV use). */

export const indicatorLabel = (name: IndicatorName) => indicators[name][locale()];

/** The indicators a dashboard shows as cards: all but the per-type event counts, which the indicator choice still offers. */
export const headlineIndicators = indicatorNames.filter((n) => !n.startsWith('events_'));

/** 656,7 tỷ / 656.7 billion: short enough for a card or an axis. */
export function compactNumber(n: number): string {
  return new Intl.NumberFormat(intlLocale(), { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 }).format(n);
}

/** A figure as a card or a table shows it: amounts of đồng shortened, counts in full. */
export function formatFigure(name: IndicatorName, n: number): string {
  return indicators[name].unit === 'vnd' && Math.abs(n) >= 1_000_000 ? compactNumber(n) : formatNumber(n);
}

/** A group's name in the current language (the API names kinds, countries and months in Vietnamese). */
export function groupLabel(by: RollupGrouping, group: Pick<RollupGroup, 'key' | 'label'>): string {
  const kind = workspaceKinds.find((k) => k === group.key);
  if (by === 'kind' && kind) return t(`kind.${kind}`);
  if (by === 'country') return group.key ? countryLabel(group.key) : t('rollup.noCountry');
  if (by === 'month' && group.key) return formatMonth(group.key);
  if (by === 'cluster' && !group.key) return t('rollup.noCluster');
  return group.label;
}

/** A month's short name under its column: "T6" / "Jun". */
export function monthShort(month: string): string {
  const m = Number(month.slice(5));
  return locale() === 'vi' ? `T${m}` : new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
}
