import { A, createAsync } from '@solidjs/router';
import { Show } from 'solid-js';
import { t } from '../../i18n';
import { getRollup } from '../../lib/queries';
import { formatFigure, groupLabel, indicatorLabel } from '../../lib/rollup-format';
import { rollupHref, rollupQuery, type RollupState } from '../../lib/rollup-state';
import { useWorkspace } from '../../lib/workspace';
import { BarList } from './BarList';
import { GroupTable } from './GroupTable';
import { IndicatorCards } from './IndicatorCards';
import { RollupMeta } from './RollupMeta';
import { StockNote } from './StockNote';

/** One group's workspaces (`group` of the address), with a way back to every group. */
export function RollupDrillDown(props: { state: RollupState & { group: string } }) {
  const ws = useWorkspace();
  const drilled = createAsync(() => getRollup(ws().slug, rollupQuery(props.state)));
  // The groups around it: only to name this one (a cluster's name, a workspace's).
  const siblings = createAsync(() => getRollup(ws().slug, rollupQuery(props.state, props.state.groupBy, undefined)));
  const name = () => {
    const key = props.state.group;
    return groupLabel(props.state.groupBy, siblings()?.groups.find((g) => g.key === key) ?? { key, label: key });
  };
  const indicator = () => props.state.indicator;
  return (
    <>
      <nav class="breadcrumb" aria-label={t('rollup.breadcrumb')}>
        <ol>
          <li>
            <A href={rollupHref(`/w/${ws().slug}`, props.state, { group: undefined })}>{t('rollup.all')}</A>
          </li>
          <li aria-current="page">{t('rollup.groupOf', { grouping: t(`rollup.groupBy.${props.state.groupBy}`), group: name() })}</li>
        </ol>
      </nav>
      <Show when={drilled()}>
        {(d) => (
          <>
            <RollupMeta rollup={d()} />
            <h2>{name()}</h2>
            <IndicatorCards label={name()} indicators={d().totals.indicators} chosen={indicator()} />
            <StockNote indicator={indicator()} />
            <div class="card">
              <BarList
                title={t('rollup.groupWorkspaces', { indicator: indicatorLabel(indicator()) })}
                bars={d().groups.map((g) => ({ key: g.key, label: g.label, value: g.indicators[indicator()] }))}
                format={(n) => formatFigure(indicator(), n)}
                empty={t('rollup.empty')}
              />
            </div>
            <GroupTable title={name()} rollup={d()} indicator={indicator()} />
          </>
        )}
      </Show>
    </>
  );
}
