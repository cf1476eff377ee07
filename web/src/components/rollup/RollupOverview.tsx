import { createAsync } from '@solidjs/router';
import { Show } from 'solid-js';
import type { RollupGrouping } from '../../../../shared/indicators';
import { locale, t } from '../../i18n';
import type { Rollup } from '../../lib/api';
import { formatNumber } from '../../lib/event-format';
import { formatMonth } from '../../lib/event-time';
import { getRollup } from '../../lib/queries';
import { compactNumber, formatFigure, groupLabel, indicatorLabel, monthShort } from '../../lib/rollup-format';
import { monthsBetween, rollupHref, rollupQuery, type RollupState } from '../../lib/rollup-state';
import { useWorkspace } from '../../lib/workspace';
import { BarList } from './BarList';
import { ColumnChart } from './ColumnChart';
import { GroupTable } from './GroupTable';
import { IndicatorCards } from './IndicatorCards';
import { RollupMeta } from './RollupMeta';
import { StockNote } from './StockNote';
import { TopTable } from './TopTable';

/**
 * The whole subtree for the period: totals, the chosen indicator month by month, by kind and by
 * partner country, the table of the chosen grouping and the leading workspaces. Every bar, column
 * and group row drills down into its group (`group` in the address).
 */
export function RollupOverview(props: { state: RollupState }) {
  const ws = useWorkspace();
  const by = (groupBy: RollupGrouping) => createAsync(() => getRollup(ws().slug, rollupQuery(props.state, groupBy, undefined)));
  const main = createAsync(() => getRollup(ws().slug, rollupQuery(props.state)));
  const byMonth = by('month');
  const byKind = by('kind');
  const byCountry = by('country');
  const byWorkspace = by('workspace');
  const indicator = () => props.state.indicator;
  const format = (n: number) => formatFigure(indicator(), n);
  const drill = (groupBy: RollupGrouping) => (key: string) => rollupHref(`/w/${ws().slug}`, props.state, { groupBy, group: key });
  const bars = (groupBy: RollupGrouping, r: Rollup | undefined) =>
    (r?.groups ?? []).map((g) => ({ key: g.key, label: groupLabel(groupBy, g), value: g.indicators[indicator()], href: drill(groupBy)(g.key) }));
  const columns = () => {
    const values = new Map((byMonth()?.groups ?? []).map((g) => [g.key, g.indicators[indicator()]]));
    return monthsBetween(props.state.from, props.state.to).map((m) => ({ key: m, value: values.get(m) ?? 0, href: drill('month')(m) }));
  };
  return (
    <Show when={main()}>
      {(m) => (
        <>
          <RollupMeta rollup={m()} />
          <Show when={m().asOf} fallback={<p class="card empty">{t('rollup.noData')}</p>}>
            <h2>{t('rollup.totals')}</h2>
            <p class="muted">{t('rollup.workspacesCounted', { n: formatNumber(m().totals.workspaces) })}</p>
            <IndicatorCards label={t('rollup.totals')} indicators={m().totals.indicators} chosen={indicator()} />
            <StockNote indicator={indicator()} />
            <div class="card">
              <ColumnChart
                title={t('rollup.trend', { indicator: indicatorLabel(indicator()) })}
                columns={columns()}
                label={formatMonth}
                short={monthShort}
                format={format}
                axis={compactNumber}
              />
            </div>
            <p class="hint">{t('rollup.chartHint')}</p>
            <div class="rollup-pair">
              <div class="card">
                <BarList title={t('rollup.byKind')} bars={bars('kind', byKind())} format={format} empty={t('rollup.empty')} />
              </div>
              <div class="card">
                <BarList title={t('rollup.byCountry')} bars={bars('country', byCountry())} format={format} empty={t('rollup.empty')} note={t('rollup.countryNote')} />
              </div>
            </div>
            <section>
              <h2>{t('rollup.table', { grouping: t(`rollup.groupBy.${m().groupBy}`).toLocaleLowerCase(locale()) })}</h2>
              <GroupTable
                title={t('rollup.table', { grouping: t(`rollup.groupBy.${m().groupBy}`).toLocaleLowerCase(locale()) })}
                rollup={m()}
                indicator={indicator()}
                // A workspace is a group of one: nothing to drill into.
                drill={m().groupBy === 'workspace' ? undefined : drill(m().groupBy)}
              />
            </section>
            <TopTable workspaces={byWorkspace()?.groups ?? []} indicator={indicator()} total={m().totals.indicators[indicator()]} />
          </Show>
        </>
      )}
    </Show>
  );
}
