import { For } from 'solid-js';
import { indicatorNames, indicators, type IndicatorName, type Indicators } from '../../../../shared/indicators';
import { t } from '../../i18n';
import { formatNumber, formatVnd } from '../../lib/event-format';
import { indicatorLabel } from '../../lib/rollup-format';

/** A report states amounts in full: "656.700.000.000 ₫", not "656,7 tỷ". */
const value = (name: IndicatorName, n: number) => (indicators[name].unit === 'vnd' ? formatVnd(n) : formatNumber(n));

/** The shared indicators of a report, one row each; events by type indented under the events. */
export function ReportFigures(props: { figures: Indicators; caption?: string }) {
  return (
    <table class="report-figures">
      <caption class="visually-hidden">{props.caption ?? t('reports.figures')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('reports.indicator')}</th>
          <th scope="col" class="number">
            {t('reports.value')}
          </th>
        </tr>
      </thead>
      <tbody>
        <For each={indicatorNames}>
          {(name) => (
            <tr classList={{ sub: name.startsWith('events_') }}>
              <th scope="row">{indicatorLabel(name)}</th>
              <td class="number">{value(name, props.figures[name])}</td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
