import { A } from '@solidjs/router';
import { For } from 'solid-js';
import { Page } from '../components/Page';
import { OwnFigures } from '../components/rollup/OwnFigures';
import { ParentStatus } from '../components/StatusBadge';
import { t } from '../i18n';
import { sectionsFor, useWorkspace } from '../lib/workspace';

export default function Dashboard() {
  const ws = useWorkspace();
  return (
    <Page title={ws().name}>
      <dl class="facts card">
        <dt>{t('workspace.kind')}</dt>
        <dd>{t(`kind.${ws().kind}`)}</dd>
        <dt>{t('workspace.code')}</dt>
        <dd>{ws().code}</dd>
        <dt>{t('workspace.countries')}</dt>
        <dd>{ws().countries.join(', ') || '—'}</dd>
        <dt>{t('workspace.parent')}</dt>
        <dd>
          <ParentStatus parent={ws().parent} />
        </dd>
        <dt>{t('dashboard.yourRole')}</dt>
        <dd>{t(`role.${ws().role}`)}</dd>
      </dl>
      <OwnFigures />
      <h2>{t('dashboard.quickLinks')}</h2>
      <ul class="quick-links">
        <For each={sectionsFor(ws().role, ws())}>
          {(section) => (
            <li>
              <A href={`/w/${ws().slug}${section.path}`}>
                <strong>{t(section.title)}</strong>
                <span>{t(section.summary)}</span>
              </A>
            </li>
          )}
        </For>
      </ul>
    </Page>
  );
}
