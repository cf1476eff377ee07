import { Show } from 'solid-js';
import { fieldErrorText, problemText } from '../../lib/errors';

/** A failed cluster change in words: the field's own message when the server named one (e.g. a workspace no longer approved). */
export function ClusterAlert(props: { error: unknown; field: string }) {
  return (
    <Show when={props.error}>
      <p class="alert alert-error" role="alert">
        {fieldErrorText(props.error, props.field) ?? problemText(props.error)}
      </p>
    </Show>
  );
}
