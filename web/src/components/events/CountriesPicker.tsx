import { createMemo } from 'solid-js';
import { isCountryCode } from '../../../../shared/countries';
import { normalise } from '../../../../shared/text';
import { t } from '../../i18n';
import { countryLabel, countryOptions } from '../../lib/event-format';
import { ChipsField } from '../ChipsField';

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
  const options = createMemo(countryOptions);
  const codeOf = (typed: string) => {
    const wanted = normalise(typed);
    if (isCountryCode(typed.trim().toUpperCase())) return typed.trim().toUpperCase();
    return options().find((o) => normalise(o.name) === wanted)?.code;
  };
  return (
    <ChipsField
      label={props.label}
      name="countries"
      hint={t('events.countriesHint')}
      placeholder={t('events.countriesPlaceholder')}
      error={props.error}
      value={props.value}
      options={options().map((o) => ({ value: o.code, label: o.name, detail: o.code }))}
      resolve={codeOf}
      labelOf={countryLabel}
      removeLabel={(country) => t('events.removeCountry', { country })}
    />
  );
}
