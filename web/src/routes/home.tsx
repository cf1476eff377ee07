import { createAsync, Navigate } from '@solidjs/router';
import { Show } from 'solid-js';
import type { Me } from '../lib/api';
import { getMe } from '../lib/queries';

/** The first workspace, the page that creates one, or sign-in when signed out. */
function startPage(me: Me | null): string {
  if (!me) return '/sign-in';
  const first = me.workspaces[0];
  return first ? `/w/${first.slug}` : '/workspaces/new';
}

export default function Home() {
  const me = createAsync(() => getMe());
  return (
    <Show when={me() !== undefined}>
      <Navigate href={startPage(me() ?? null)} />
    </Show>
  );
}
