import { For, Show } from 'solid-js';
import type { IndicatorName } from '../../../../shared/indicators';
import { t } from '../../i18n';
import type { RollupGroup } from '../../lib/api-rollup';
import { intlLocale } from '../../lib/event-time';
import { formatFigure, indicatorLabel } from '../../lib/rollup-format';

interface TopTableProps {
  workspaces: RollupGroup[];
  indicator: IndicatorName;
  /** The figure of everyone together, for each one's share. */
  total: number;
  size?: number;
}

/** The workspaces with the largest figure for the chosen indicator, with their share of the total. */
export function TopTable(props: TopTableProps) {
  const top = () =>
    [...props.workspaces]
      .filter((w) => w.indicators[props.indicator] > 0)
      .sort((a, b) => b.indicators[props.indicator] - a.indicators[props.indicator])
      .slice(0, props.size ?? 10);
  const share = (n: number) => new Intl.NumberFormat(intlLocale(), { style: 'percent', maximumFractionDigits: 1 }).format(props.total ? n / props.total : 0);
  const title = () => t('rollup.top', { indicator: indicatorLabel(props.indicator) });
  return (
    <section class="rollup-top">
      <h2>{title()}</h2>
      <Show when={top().length} fallback={<p class="empty">{t('rollup.topEmpty')}</p>}>
        <div class="table-scroll" role="region" aria-label={title()} tabindex="0">
          <table class="figures">
            <thead>
              <tr>
                <th scope="col" class="number rank">
                  {t('rollup.column.rank')}
                </th>
                <th scope="col">{t('rollup.groupBy.workspace')}</th>
                <th scope="col" class="number">
                  {indicatorLabel(props.indicator)}
                </th>
                <th scope="col" class="number">
                  {t('rollup.column.share')}
                </th>
              </tr>
            </thead>
            <tbody>
              <For each={top()}>
                {(w, i) => (
                  <tr>
                    <td class="number">{i() + 1}</td>
                    <th scope="row">
                      <span class="row-name">{w.label}</span>
                    </th>
                    <td class="number">{formatFigure(props.indicator, w.indicators[props.indicator])}</td>
                    <td class="number">{share(w.indicators[props.indicator])}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </Show>
    </section>
  );
}
