import { createSignal, createUniqueId, For } from 'solid-js';
import { Field } from './Field';

export interface ChipOption {
  value: string;
  /** What people type and see on the chip. */
  label: string;
  /** Shown beside the label in the suggestions. */
  detail?: string;
}

interface ChipsFieldProps {
  label: string;
  /** The name each chosen value is sent under, once per value. */
  name: string;
  hint?: string;
  placeholder?: string;
  error: unknown;
  value: string[];
  options: ChipOption[];
  /** The value a typed text stands for, if any. */
  resolve: (typed: string) => string | undefined;
  labelOf: (value: string) => string;
  removeLabel: (label: string) => string;
}

/**
 * Several values chosen by typing (with suggestions) and Enter or picking one; each chosen value
 * is a removable chip and a hidden form value. For partner countries and partner organisations.
 */
export function ChipsField(props: ChipsFieldProps) {
  const [values, setValues] = createSignal(props.value);
  const listId = createUniqueId();
  const add = (input: HTMLInputElement) => {
    const value = props.resolve(input.value);
    if (!value) return;
    if (!values().includes(value)) setValues([...values(), value]);
    input.value = '';
  };
  return (
    <Field label={props.label} name={props.name} hint={props.hint} error={props.error}>
      {(c) => (
        <div class="chips-field">
          <ul class="chips" aria-live="polite">
            <For each={values()}>
              {(value) => (
                <li class="chip">
                  {props.labelOf(value)}
                  <button type="button" aria-label={props.removeLabel(props.labelOf(value))} onClick={() => setValues(values().filter((x) => x !== value))}>
                    ×
                  </button>
                  <input type="hidden" name={props.name} value={value} />
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
            placeholder={props.placeholder}
            onChange={(e) => add(e.currentTarget)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              e.preventDefault();
              add(e.currentTarget);
            }}
          />
          <datalist id={listId}>
            <For each={props.options}>{(o) => <option value={o.label}>{o.detail}</option>}</For>
          </datalist>
        </div>
      )}
    </Field>
  );
}
