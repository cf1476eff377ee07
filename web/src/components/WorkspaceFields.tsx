import { Field } from './Field';
import { t } from '../i18n';
import { countryList, optional, text, type FormInput } from '../lib/forms';

/** The name, code and countries as submitted; shared by the create and settings forms. */
export function workspaceDetails(form: FormInput) {
  return {
    name: text(form, 'name'),
    code: optional(form, 'code')?.toUpperCase(),
    countries: countryList(text(form, 'countries')),
  };
}

interface DetailFieldProps {
  error: unknown;
  value?: string;
}

export function NameField(props: DetailFieldProps & { onInput?: (name: string) => void }) {
  return (
    <Field label={t('workspace.name')} name="name" error={props.error}>
      {(c) => <input {...c} value={props.value ?? ''} required autocomplete="organization" onInput={(e) => props.onInput?.(e.currentTarget.value)} />}
    </Field>
  );
}

/** `placeholder` shows the code the server picks when the field is left empty. */
export function CodeField(props: DetailFieldProps & { placeholder?: string }) {
  return (
    <Field label={t('workspace.code')} name="code" hint={t('workspace.codeHint')} error={props.error}>
      {(c) => <input {...c} class="upper" value={props.value ?? ''} placeholder={props.placeholder} autocomplete="off" />}
    </Field>
  );
}

export function CountriesField(props: DetailFieldProps) {
  return (
    <Field label={t('workspace.countries')} name="countries" hint={t('workspace.countriesHint')} error={props.error}>
      {(c) => <input {...c} class="upper" value={props.value ?? ''} placeholder="JP, LA" autocomplete="off" />}
    </Field>
  );
}
