import { createAsync } from '@solidjs/router';
import { Show } from 'solid-js';
import { CorrespondenceTabs } from '../components/correspondence/CorrespondenceTabs';
import { DocumentTable } from '../components/correspondence/DocumentTable';
import { Page } from '../components/Page';
import { t } from '../i18n';
import { getFollowUp } from '../lib/queries';
import { useWorkspace } from '../lib/workspace';

/** Incoming documents awaiting a reply, earliest deadline first, so the overdue ones lead. */
export default function FollowUp() {
  const ws = useWorkspace();
  const items = createAsync(() => getFollowUp(ws().slug));
  const overdue = () => items()?.filter((d) => d.overdue).length ?? 0;
  return (
    <Page title={t('followUp.title')} intro={t('followUp.intro')}>
      <CorrespondenceTabs />
      <Show when={overdue()}>
        <p class="alert alert-error" role="status">
          {t('followUp.overdueCount', { count: String(overdue()) })}
        </p>
      </Show>
      <DocumentTable direction="in" items={items()} empty={t('followUp.empty')} />
    </Page>
  );
}
