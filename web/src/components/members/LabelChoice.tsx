import { Show } from 'solid-js';
import type { Labels } from '../../../../shared/members';
import { LabelOptions } from '../events/LabelOptions';
import { Field } from '../Field';

interface LabelChoiceProps<T extends string> {
  label: string;
  name: string;
  values: readonly T[];
  labels: Labels<T>;
  selected: string | null | undefined;
  /** Offers "—" for leaving the field empty. */
  optional?: boolean;
  error: unknown;
}

/** A form field choosing one value of a shared label table, sent with the form. */
export function LabelChoice<T extends string>(props: LabelChoiceProps<T>) {
  return (
    <Field label={props.label} name={props.name} error={props.error}>
      {(c) => (
        <select {...c}>
          <Show when={props.optional}>
            <option value="">—</option>
          </Show>
          <LabelOptions values={props.values} labels={props.labels} selected={props.selected ?? ''} />
        </select>
      )}
    </Field>
  );
}
