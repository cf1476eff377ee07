import { For } from 'solid-js';
import { indicatorNames, rollupGroupings } from '../../../../shared/indicators';
import { t } from '../../i18n';
import { indicatorLabel } from '../../lib/rollup-format';
import { presetOf, presetRange, presets, type RollupState } from '../../lib/rollup-state';

interface RollupFiltersProps {
  state: RollupState;
  /** This month, 'YYYY-MM': where the presets end. */
  now: string;
  change: (patch: Partial<Record<keyof RollupState, string | undefined>>) => void;
}

const isMonth = (value: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(value);

/** The period (a preset or two months), the grouping and the indicator. Changing the grouping leaves any drill-down. */
export function RollupFilters(props: RollupFiltersProps) {
  const chosen = () => presetOf(props.state, props.now);
  return (
    <div class="rollup-filters card">
      <fieldset class="rollup-period">
        <legend>{t('rollup.period')}</legend>
        <div class="preset-switch" role="group" aria-label={t('rollup.presets')}>
          <For each={presets}>
            {(preset) => (
              <button type="button" aria-pressed={chosen() === preset} onClick={() => props.change(presetRange(preset, props.now))}>
                {t(`rollup.preset.${preset}`)}
              </button>
            )}
          </For>
        </div>
        <label>
          <span>{t('rollup.from')}</span>
          <input type="month" value={props.state.from} max={props.now} onChange={(e) => isMonth(e.currentTarget.value) && props.change({ from: e.currentTarget.value })} />
        </label>
        <label>
          <span>{t('rollup.to')}</span>
          <input type="month" value={props.state.to} onChange={(e) => isMonth(e.currentTarget.value) && props.change({ to: e.currentTarget.value })} />
        </label>
      </fieldset>
      <label>
        <span>{t('rollup.indicator')}</span>
        <select onChange={(e) => props.change({ indicator: e.currentTarget.value })}>
          <For each={indicatorNames}>
            {(name) => (
              <option value={name} selected={name === props.state.indicator}>
                {indicatorLabel(name)}
              </option>
            )}
          </For>
        </select>
      </label>
      <label>
        <span>{t('rollup.groupBy')}</span>
        <select onChange={(e) => props.change({ groupBy: e.currentTarget.value, group: undefined })}>
          <For each={rollupGroupings}>
            {(g) => (
              <option value={g} selected={g === props.state.groupBy}>
                {t(`rollup.groupBy.${g}`)}
              </option>
            )}
          </For>
        </select>
      </label>
    </div>
  );
}
