import { useSubmission, type Action } from '@solidjs/router';
import type { JSX } from 'solid-js';

interface ActionButtonProps {
  /** A router action with all its arguments bound (`someAction.with(...)`). */
  action: Action<[], unknown>;
  /** Asked before going ahead, for changes that are hard to undo. */
  confirm?: string;
  class?: string;
  children: JSX.Element;
}

/** One button that runs an action, as a small form so it works like any other submit. */
export function ActionButton(props: ActionButtonProps) {
  const submission = useSubmission(props.action);
  const confirmFirst = (event: SubmitEvent) => {
    if (props.confirm && !window.confirm(props.confirm)) event.preventDefault();
  };
  return (
    <form action={props.action} method="post" class="action-form" onSubmit={confirmFirst}>
      <button type="submit" class={props.class} disabled={submission.pending}>
        {props.children}
      </button>
    </form>
  );
}
