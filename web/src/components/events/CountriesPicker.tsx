import { createMemo, createSignal, createUniqueId, For } from 'solid-js';
import { isCountryCode } from '../../../../shared/countries';
import { normalise } from '../../../../shared/text';
import { t } from '../../i18n';
import { countryLabel, countryOptions } from '../../lib/event-format';
import { Field } from '../Field';

interface CountriesPickerProps {
  label: string;
  error: unknown;
  value: string[];
}

/**
 * Partner countries chosen by their name in the current language (with or without diacritics)
 * or their ISO code; each chosen one is a removable chip and a hidden `countries` value.
 */
export function CountriesPicker(props: CountriesPickerProps) {
  const [codes, setCodes] = createSignal(props.value);
  const listId = createUniqueId();
  const options = createMemo(countryOptions);
  const codeOf = (typed: string) => {
    const wanted = normalise(typed);
    if (isCountryCode(typed.trim().toUpperCase())) return typed.trim().toUpperCase();
    return options().find((o) => normalise(o.name) === wanted)?.code;
  };
  const add = (input: HTMLInputElement) => {
    const code = codeOf(input.value);
    if (!code) return;
    if (!codes().includes(code)) setCodes([...codes(), code]);
    input.value = '';
  };
  return (
    <Field label={props.label} name="countries" hint={t('events.countriesHint')} error={props.error}>
      {(c) => (
        <div class="chips-field">
          <ul class="chips" aria-live="polite">
            <For each={codes()}>
              {(code) => (
                <li class="chip">
                  {countryLabel(code)}
                  <button type="button" aria-label={t('events.removeCountry', { country: countryLabel(code) })} onClick={() => setCodes(codes().filter((x) => x !== code))}>
                    ×
                  </button>
                  <input type="hidden" name="countries" value={code} />
                </li>
              )}
            </For>
          </ul>
          <input
            id={c.id}
            aria-invalid={c['aria-invalid']}
            aria-describedby={c['aria-describedby']}
            list={listId}
            autocomplete="off"
            placeholder={t('events.countriesPlaceholder')}
            onChange={(e) => add(e.currentTarget)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              e.preventDefault();
              add(e.currentTarget);
            }}
          />
          <datalist id={listId}>
            <For each={options()}>{(o) => <option value={o.name}>{o.code}</option>}</For>
          </datalist>
        </div>
      )}
    </Field>
  );
}
