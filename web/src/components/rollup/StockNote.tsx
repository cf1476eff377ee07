import { Show } from 'solid-js';
import { indicators, type IndicatorName } from '../../../../shared/indicators';
import { t } from '../../i18n';

/** Says that a stock indicator (active members, agreements, partners) is the value at the end of the period, not a sum. */
export function StockNote(props: { indicator: IndicatorName }) {
  return (
    <Show when={indicators[props.indicator].overTime === 'stock'}>
      <p class="hint">{t('rollup.stockNote')}</p>
    </Show>
  );
}
