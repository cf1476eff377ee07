import type { JSX } from 'solid-js';

/** A form's main button, disabled while its request is under way. */
export function SubmitButton(props: { pending: boolean | undefined; children: JSX.Element }) {
  return (
    <button type="submit" class="primary" disabled={props.pending} aria-busy={props.pending}>
      {props.children}
    </button>
  );
}
