import { A, createAsync, useLocation, useParams, type RouteSectionProps } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { Boundary } from '../components/Boundary';
import { t } from '../i18n';
import { getWorkspace } from '../lib/queries';
import { sectionsFor, useWorkspace, WorkspaceContext } from '../lib/workspace';

/** Layout of /w/:ws pages: loads the workspace once and shows its sections. */
export default function WorkspaceLayout(props: RouteSectionProps) {
  const params = useParams<{ ws: string }>();
  const workspace = createAsync(() => getWorkspace(params.ws));
  return (
    <Show when={workspace()}>
      {(ws) => (
        <WorkspaceContext.Provider value={ws}>
          <WorkspaceNav />
          <Boundary>{props.children}</Boundary>
        </WorkspaceContext.Provider>
      )}
    </Show>
  );
}

function WorkspaceNav() {
  const ws = useWorkspace();
  const base = () => `/w/${ws().slug}`;
  const location = useLocation();
  /** A section is current on its own pages and on those it lists in `also`. */
  const current = (paths: string[]) => paths.some((p) => location.pathname === base() + p || location.pathname.startsWith(`${base() + p}/`));
  return (
    <nav class="tabs" aria-label={t('nav.label')}>
      <A href={base()} end>
        {t('nav.dashboard')}
      </A>
      <For each={sectionsFor(ws().role, ws())}>
        {(section) => (
          <A href={base() + section.path} classList={{ active: current([section.path, ...(section.also ?? [])]) }}>
            {t(section.title)}
          </A>
        )}
      </For>
    </nav>
  );
}
