import { createMemo, For } from 'solid-js';
import { t } from '../../i18n';
import { countryOptions } from '../../lib/event-format';
import { Field } from '../Field';

/** A required country of ISO 3166-1, by its name in the current language. */
export function CountrySelect(props: { label: string; name: string; selected?: string; error: unknown }) {
  const countries = createMemo(countryOptions);
  return (
    <Field label={props.label} name={props.name} error={props.error}>
      {(c) => (
        <select {...c}>
          <option value="">{t('partners.chooseCountry')}</option>
          <For each={countries()}>
            {(country) => (
              <option value={country.code} selected={country.code === props.selected}>
                {country.name}
              </option>
            )}
          </For>
        </select>
      )}
    </Field>
  );
}
