import { createSignal, For, Show } from 'solid-js';
import { parsePeriod, periodName } from '../../../../shared/reports';
import { locale, t } from '../../i18n';
import { Field } from '../Field';

/** The periods offered first: the halves and the whole of this year and the last. */
function choices(year: number) {
  return {
    half: [`${year}-H2`, `${year}-H1`, `${year - 1}-H2`, `${year - 1}-H1`],
    year: [`${year}`, `${year - 1}`],
  };
}

const other = 'other';

/** The current half-year: the report people are most likely to start or to check. */
export function currentHalf(): string {
  const now = new Date();
  return `${now.getFullYear()}-H${now.getMonth() < 6 ? 1 : 2}`;
}

interface PeriodPickerProps {
  /** The period to start from. */
  value: string;
  error: unknown;
  /** Called when one of the listed periods is picked (not while a term is being typed). */
  onPick?: (period: string) => void;
}

/**
 * A report period: a list of the usual ones (six-month and annual, this year and the last)
 * and "other…", which opens a field for a term (2023-2028) or any other period. The form
 * receives it as `period`.
 */
export function PeriodPicker(props: PeriodPickerProps) {
  const year = new Date().getFullYear();
  const listed = choices(year);
  const isListed = (p: string) => [...listed.half, ...listed.year].includes(p);
  const [picked, setPicked] = createSignal(isListed(props.value) ? props.value : other);
  const label = (p: string) => periodName(p, locale());
  return (
    <>
      <Field label={t('reports.period')} name="choice" error={undefined}>
        {(c) => (
          <select
            {...c}
            value={picked()}
            onChange={(e) => {
              setPicked(e.currentTarget.value);
              if (e.currentTarget.value !== other) props.onPick?.(e.currentTarget.value);
            }}
          >
            <optgroup label={t('reports.group.half')}>
              <For each={listed.half}>{(p) => <option value={p}>{label(p)}</option>}</For>
            </optgroup>
            <optgroup label={t('reports.group.year')}>
              <For each={listed.year}>{(p) => <option value={p}>{label(p)}</option>}</For>
            </optgroup>
            <option value={other}>{t('reports.choice.other')}</option>
          </select>
        )}
      </Field>
      <Show when={picked() === other} fallback={<input type="hidden" name="period" value={picked()} />}>
        <Field label={t('reports.otherPeriod')} name="period" hint={t('reports.otherPeriodHint')} error={props.error}>
          {(c) => <input {...c} value={parsePeriod(props.value) && !isListed(props.value) ? props.value : ''} placeholder="2023-2028" autocomplete="off" />}
        </Field>
      </Show>
    </>
  );
}
