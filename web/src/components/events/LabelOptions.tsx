import { For } from 'solid-js';
import type { Labels } from '../../../../shared/members';
import { labelOf } from '../../lib/event-format';
import { Field } from '../Field';

/** The values of a shared label table as <option>s in the current language, `selected` chosen. */
export function LabelOptions<T extends string>(props: { values: readonly T[]; labels: Labels<T>; selected: string }) {
  return (
    <For each={props.values}>
      {(value) => (
        <option value={value} selected={value === props.selected}>
          {labelOf(props.labels, value)}
        </option>
      )}
    </For>
  );
}

interface LabelSelectProps<T extends string> {
  label: string;
  name: string;
  values: readonly T[];
  labels: Labels<T>;
  selected: T;
  onChange: (value: T) => void;
  error: unknown;
}

/** A form field choosing one value of a shared label table. */
export function LabelSelect<T extends string>(props: LabelSelectProps<T>) {
  return (
    <Field label={props.label} name={props.name} error={props.error}>
      {(c) => (
        <select {...c} onChange={(e) => props.onChange(e.currentTarget.value as T)}>
          <LabelOptions values={props.values} labels={props.labels} selected={props.selected} />
        </select>
      )}
    </Field>
  );
}
