import { Show, type JSX } from 'solid-js';
import { problemText } from '../lib/errors';

/** The translated message of a failed request or validation, when there is one. */
export function ProblemAlert(props: { error: unknown }) {
  return (
    <Show when={props.error}>
      <p class="alert alert-error" role="alert">
        {problemText(props.error)}
      </p>
    </Show>
  );
}

/** Good news after an action, announced politely to screen readers. */
export function Notice(props: { children: JSX.Element }) {
  return (
    <div class="alert alert-ok" role="status">
      {props.children}
    </div>
  );
}
