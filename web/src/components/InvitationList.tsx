import { action, createAsync, useSubmission } from '@solidjs/router';
import { formatDate, t } from '../i18n';
import { api } from '../lib/api';
import { getInvitations } from '../lib/queries';
import { useWorkspace } from '../lib/workspace';
import { ActionButton } from './ActionButton';
import { ProblemAlert } from './Alert';
import { ListTable } from './ListTable';

const withdrawAction = action((slug: string, id: string) => api.withdrawInvitation(slug, id), 'withdrawInvitation');

/** Invitations not yet accepted, each of which can be withdrawn. */
export function InvitationList() {
  const ws = useWorkspace();
  const invitations = createAsync(() => getInvitations(ws().slug));
  const withdrawal = useSubmission(withdrawAction);
  return (
    <section>
      <h2>{t('invitations.title')}</h2>
      <ProblemAlert error={withdrawal.error} />
      <ListTable
        items={invitations()}
        columns={[t('account.email'), t('people.role'), t('invitations.expires')]}
        empty={t('invitations.empty')}
        label={t('invitations.title')}
      >
        {(invitation) => (
          <tr>
            <td data-label={t('account.email')}>{invitation.email}</td>
            <td data-label={t('people.role')}>{t(`role.${invitation.role}`)}</td>
            <td data-label={t('invitations.expires')}>{formatDate(invitation.expiresAt)}</td>
            <td class="row-actions">
              <ActionButton action={withdrawAction.with(ws().slug, invitation.id)}>{t('invitations.withdraw')}</ActionButton>
            </td>
          </tr>
        )}
      </ListTable>
    </section>
  );
}
