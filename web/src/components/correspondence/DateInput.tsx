import { Field } from '../Field';

/** A calendar date (YYYY-MM-DD), picked with the browser's date picker. */
export function DateInput(props: { label: string; name: string; error: unknown; value?: string; hint?: string; kind?: 'date' | 'datetime-local' }) {
  return (
    <Field label={props.label} name={props.name} hint={props.hint} error={props.error}>
      {(c) => <input {...c} type={props.kind ?? 'date'} value={props.value ?? ''} />}
    </Field>
  );
}
