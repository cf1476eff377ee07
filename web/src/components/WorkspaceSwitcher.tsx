import { useNavigate, useParams } from '@solidjs/router';
import { For } from 'solid-js';
import { t } from '../i18n';
import type { Me } from '../lib/api';

/** Slugs never contain "+", so this value cannot clash with a workspace. */
const createValue = '+';

/** A drop-down of the user's workspaces; choosing one opens it, or the "create" page. */
export function WorkspaceSwitcher(props: { workspaces: Me['workspaces'] }) {
  const params = useParams();
  const navigate = useNavigate();
  const open = (value: string) => navigate(value === createValue ? '/workspaces/new' : `/w/${value}`);
  return (
    <select class="switcher" aria-label={t('shell.workspace')} onChange={(e) => open(e.currentTarget.value)}>
      <option value="" disabled selected={!params.ws}>
        {t('shell.chooseWorkspace')}
      </option>
      <For each={props.workspaces}>
        {(ws) => (
          <option value={ws.slug} selected={ws.slug === params.ws}>
            {ws.name}
          </option>
        )}
      </For>
      <option value={createValue}>{t('shell.createWorkspace')}</option>
    </select>
  );
}
