import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { hasRole } from '../../../../shared/workspace';
import { formatDate, t } from '../../i18n';
import type { Payment } from '../../lib/api';
import { formatVnd } from '../../lib/event-format';
import { removePaymentAction } from '../../lib/member-actions';
import { useWorkspace } from '../../lib/workspace';
import { ActionButton } from '../ActionButton';
import { ListTable } from '../ListTable';

/** The payments recorded for a year, the latest first; editors can remove one recorded by mistake. */
export function PaymentsTable(props: { items: Payment[] | undefined }) {
  const ws = useWorkspace();
  const columns = () => [t('dues.paidOn'), t('leadership.member'), t('dues.amount'), t('members.notes')];
  return (
    <ListTable items={props.items} columns={columns()} empty={t('dues.noPayments')} label={t('dues.payments')}>
      {(p) => (
        <tr>
          <td data-label={columns()[0]}>{formatDate(p.paidOn ?? p.createdAt)}</td>
          <td data-label={columns()[1]} class="member-name">
            <A href={`/w/${ws().slug}/members/${p.member.id}`}>{p.member.fullName}</A>
          </td>
          <td data-label={columns()[2]} class="number">
            {formatVnd(p.amount)}
          </td>
          <td data-label={columns()[3]}>{p.note}</td>
          <td class="row-actions">
            <Show when={hasRole(ws().role, 'editor')}>
              <ActionButton
                action={removePaymentAction.with(ws().slug, p.id)}
                confirm={t('dues.removeConfirm', { name: p.member.fullName, amount: formatVnd(p.amount) })}
                class="danger"
              >
                {t('dues.remove')}
              </ActionButton>
            </Show>
          </td>
        </tr>
      )}
    </ListTable>
  );
}
