import { A, createAsync, useParams, type RouteSectionProps } from '@solidjs/router';
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
  return (
    <nav class="tabs" aria-label={t('nav.label')}>
      <A href={base()} end>
        {t('nav.dashboard')}
      </A>
      <For each={sectionsFor(ws().role)}>{(section) => <A href={base() + section.path}>{t(section.title)}</A>}</For>
    </nav>
  );
}
