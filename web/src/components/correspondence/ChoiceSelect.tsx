import { For, Show } from 'solid-js';
import { Field } from '../Field';

interface ChoiceSelectProps<T extends string> {
  label: string;
  name: string;
  error: unknown;
  values: readonly T[];
  /** The option's text in the current language. */
  text: (value: T) => string;
  selected?: T;
  /** An empty first option with this text, for a choice that may be left open. */
  none?: string;
  hint?: string;
  onChange?: (value: string) => void;
}

/** A labelled select over one of the shared enums. */
export function ChoiceSelect<T extends string>(props: ChoiceSelectProps<T>) {
  return (
    <Field label={props.label} name={props.name} hint={props.hint} error={props.error}>
      {(c) => (
        <select {...c} onChange={(e) => props.onChange?.(e.currentTarget.value)}>
          <Show when={props.none}>
            <option value="">{props.none}</option>
          </Show>
          <For each={props.values}>
            {(value) => (
              <option value={value} selected={value === props.selected}>
                {props.text(value)}
              </option>
            )}
          </For>
        </select>
      )}
    </Field>
  );
}
