import { For, Show } from 'solid-js';
import { indicators as definitions, type IndicatorName, type Indicators } from '../../../../shared/indicators';
import { t } from '../../i18n';
import { formatNumber } from '../../lib/event-format';
import { formatFigure, headlineIndicators, indicatorLabel } from '../../lib/rollup-format';

interface IndicatorCardsProps {
  label: string;
  indicators: Indicators;
  /** The indicator the page is about, shown first. */
  chosen?: IndicatorName;
}

/** The figures a reader looks at first; the other indicators are one click away. */
const first: IndicatorName[] = ['members_active', 'members_new', 'events', 'participants', 'delegations_in', 'delegations_out', 'agreements_signed', 'documents_out'];

/** The shared indicators as small cards, with the labels reports and the CSV use. */
export function IndicatorCards(props: IndicatorCardsProps) {
  const shown = () => (props.chosen && !first.includes(props.chosen) ? [props.chosen, ...first.slice(0, -1)] : first);
  const rest = () => headlineIndicators.filter((n) => !shown().includes(n));
  return (
    <div class="figures-block">
      <Cards label={props.label} names={shown()} indicators={props.indicators} chosen={props.chosen} />
      <Show when={rest().length}>
        <details class="more-figures">
          <summary>{t('rollup.moreFigures', { n: String(rest().length) })}</summary>
          <Cards label={props.label} names={rest()} indicators={props.indicators} />
        </details>
      </Show>
    </div>
  );
}

function Cards(props: { label: string; names: IndicatorName[]; indicators: Indicators; chosen?: IndicatorName }) {
  return (
    <dl class="figure-cards" aria-label={props.label}>
      <For each={props.names}>
        {(name) => (
          <div classList={{ chosen: name === props.chosen }}>
            <dt>{indicatorLabel(name)}</dt>
            {/* Amounts are shortened ("2,4 tỷ"); the exact figure is the tooltip. */}
            <dd title={definitions[name].unit === 'vnd' ? formatNumber(props.indicators[name]) : undefined}>{formatFigure(name, props.indicators[name])}</dd>
          </div>
        )}
      </For>
    </dl>
  );
}
