import { createUniqueId, Show, type JSX } from 'solid-js';
import { fieldErrorText } from '../lib/errors';

/** What a field hands to its control: ties it to the label, hint and error message. */
export interface ControlProps {
  id: string;
  name: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

interface FieldProps {
  label: string;
  name: string;
  /** The form's last error; the message for this field's name is shown under it. */
  error: unknown;
  hint?: string;
  children: (control: ControlProps) => JSX.Element;
}

/** A labelled form control with an optional hint and its translated error. */
export function Field(props: FieldProps) {
  const id = createUniqueId();
  const message = () => fieldErrorText(props.error, props.name);
  const describedBy = () => [props.hint && `${id}-hint`, message() && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const control: ControlProps = {
    id,
    get name() {
      return props.name;
    },
    get 'aria-invalid'() {
      return Boolean(message());
    },
    get 'aria-describedby'() {
      return describedBy();
    },
  };
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      {props.children(control)}
      <Show when={props.hint}>
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      </Show>
      <Show when={message()}>
        <p class="field-error" id={`${id}-error`}>
          {message()}
        </p>
      </Show>
    </div>
  );
}
