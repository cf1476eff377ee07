import { Field } from '../Field';
import { formatNumber } from '../../lib/event-format';
import { parseWhole } from '../../lib/forms';

/** The fields of the event form: a label, a value to start from, and the form's last error. */
interface InputProps {
  label: string;
  name: string;
  error: unknown;
  value?: string | number | null;
  hint?: string;
  required?: boolean;
}

export function TextInput(props: InputProps & { autocomplete?: string }) {
  return (
    <Field label={props.label} name={props.name} hint={props.hint} error={props.error}>
      {(c) => <input {...c} value={props.value ?? ''} required={props.required} autocomplete={props.autocomplete ?? 'off'} />}
    </Field>
  );
}

export function TextArea(props: InputProps) {
  return (
    <Field label={props.label} name={props.name} hint={props.hint} error={props.error}>
      {(c) => <textarea {...c} rows={3} value={props.value ?? ''} />}
    </Field>
  );
}

/** A whole number: a count, a capacity. */
export function WholeInput(props: InputProps) {
  return (
    <Field label={props.label} name={props.name} hint={props.hint} error={props.error}>
      {(c) => <input {...c} type="text" inputmode="numeric" class="number" value={props.value ?? ''} autocomplete="off" />}
    </Field>
  );
}

/** Rewrites a typed amount with the language's thousands separators, when it is a whole number. */
export function tidyWhole(input: HTMLInputElement) {
  const n = parseWhole(input.value);
  if (n !== null && Number.isFinite(n)) input.value = formatNumber(n);
}

/** Whole đồng, shown with the language's thousands separators once the field is left. */
export function MoneyInput(props: InputProps) {
  return (
    <Field label={props.label} name={props.name} hint={props.hint} error={props.error}>
      {(c) => (
        <input
          {...c}
          type="text"
          inputmode="numeric"
          class="number"
          value={typeof props.value === 'number' ? formatNumber(props.value) : ''}
          autocomplete="off"
          onBlur={(e) => tidyWhole(e.currentTarget)}
        />
      )}
    </Field>
  );
}
