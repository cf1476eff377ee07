import { action, createAsync, useSubmission } from '@solidjs/router';
import { Show } from 'solid-js';
import { ActionButton } from '../components/ActionButton';
import { ProblemAlert } from '../components/Alert';
import { ListTable } from '../components/ListTable';
import { Page } from '../components/Page';
import { StatusBadge } from '../components/StatusBadge';
import { formatDate, t } from '../i18n';
import { api } from '../lib/api';
import { getAffiliations } from '../lib/queries';
import { useWorkspace } from '../lib/workspace';

const decideAction = action(
  (slug: string, child: string, verb: 'approve' | 'reject') => api.decideAffiliation(slug, child, verb),
  'decideAffiliation',
);

/** The workspaces that asked to join this one, to approve or reject. */
export default function Affiliations() {
  const ws = useWorkspace();
  const children = createAsync(() => getAffiliations(ws().slug));
  const decision = useSubmission(decideAction);
  return (
    <Page title={t('affiliations.title')} intro={t('affiliations.intro', { name: ws().name })}>
      <ProblemAlert error={decision.error} />
      <ListTable
        items={children()}
        columns={[t('workspace.name'), t('workspace.kind'), t('affiliations.status'), t('affiliations.requestedAt')]}
        empty={t('affiliations.empty')}
      >
        {(child) => (
          <tr>
            <td data-label={t('workspace.name')}>
              {child.name} <span class="muted">· {child.slug}</span>
            </td>
            <td data-label={t('workspace.kind')}>{t(`kind.${child.kind}`)}</td>
            <td data-label={t('affiliations.status')}>
              <StatusBadge status={child.status} />
            </td>
            <td data-label={t('affiliations.requestedAt')}>{formatDate(child.requestedAt)}</td>
            <td class="row-actions">
              <Show when={child.status !== 'approved'}>
                <ActionButton action={decideAction.with(ws().slug, child.slug, 'approve')} class="primary">
                  {t('affiliations.approve')}
                </ActionButton>
              </Show>
              <Show when={child.status !== 'rejected'}>
                <ActionButton action={decideAction.with(ws().slug, child.slug, 'reject')} class="danger">
                  {t('affiliations.reject')}
                </ActionButton>
              </Show>
            </td>
          </tr>
        )}
      </ListTable>
    </Page>
  );
}
