import { useLocation, useSearchParams } from '@solidjs/router';
import { For } from 'solid-js';
import { hasRole } from '../../../../shared/workspace';
import { directionLabels } from '../../../../shared/correspondence';
import { t } from '../../i18n';
import { searchOf } from '../../lib/api';
import { labelOf } from '../../lib/event-format';
import { useWorkspace } from '../../lib/workspace';

interface Tab {
  title: () => string;
  path: string;
  /** For the two registers, which share a page. */
  direction?: 'out' | 'in';
  editorsOnly?: boolean;
}

const tabs: Tab[] = [
  { title: () => labelOf(directionLabels, 'out'), path: '', direction: 'out' },
  { title: () => labelOf(directionLabels, 'in'), path: '', direction: 'in' },
  { title: () => t('followUp.title'), path: '/follow-up' },
  { title: () => t('letters.tab'), path: '/letters', editorsOnly: true },
];

/** The registers, the follow-up list and the letters, one tap apart; the chosen year goes along. */
export function CorrespondenceTabs() {
  const ws = useWorkspace();
  const location = useLocation();
  const [params] = useSearchParams<{ direction?: string; year?: string }>();
  const base = () => `/w/${ws().slug}/correspondence`;
  const href = (tab: Tab) => base() + tab.path + (tab.direction ? searchOf({ direction: tab.direction, year: params.year }) : '');
  const current = (tab: Tab) =>
    location.pathname === base() + tab.path && (!tab.direction || tab.direction === (params.direction === 'in' ? 'in' : 'out'));
  return (
    <nav class="subtabs" aria-label={t('correspondence.sections')}>
      <For each={tabs.filter((tab) => !tab.editorsOnly || hasRole(ws().role, 'editor'))}>
        {(tab) => (
          // A plain link (the router still handles it): <A> would mark both registers current, as they share a path.
          <a href={href(tab)} aria-current={current(tab) ? 'page' : undefined}>
            {tab.title()}
          </a>
        )}
      </For>
    </nav>
  );
}
