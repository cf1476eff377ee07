import { createAsync, Navigate, useLocation, type RouteSectionProps } from '@solidjs/router';
import { Show } from 'solid-js';
import { getMe } from '../lib/queries';
import { linkWithNext } from '../lib/session';

/** Layout for pages that need an account: signed-out visitors go to sign in, then come back. */
export function SignedIn(props: RouteSectionProps) {
  const me = createAsync(() => getMe());
  const location = useLocation();
  return (
    <Show when={me() !== undefined}>
      <Show when={me()} fallback={<Navigate href={linkWithNext('/sign-in', location.pathname + location.search)} />}>
        {props.children}
      </Show>
    </Show>
  );
}
