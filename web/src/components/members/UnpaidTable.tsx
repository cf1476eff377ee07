import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { memberCategoryLabels } from '../../../../shared/members';
import { hasRole } from '../../../../shared/workspace';
import { t } from '../../i18n';
import type { UnpaidMember } from '../../lib/api';
import { formatVnd, labelOf } from '../../lib/event-format';
import { useWorkspace } from '../../lib/workspace';
import { ListTable } from '../ListTable';
import { PaymentForm } from './PaymentForm';

/** Who has not paid the year's dues in full: due, paid so far, still owed; editors record payments here. */
export function UnpaidTable(props: { year: number; items: UnpaidMember[] | undefined }) {
  const ws = useWorkspace();
  const columns = () => [t('members.fullName'), t('members.category'), t('dues.due'), t('dues.paid'), t('dues.outstanding')];
  return (
    <ListTable items={props.items} columns={columns()} empty={t('dues.allPaid')} label={t('dues.unpaid')}>
      {(u) => (
        <tr>
          <td data-label={columns()[0]} class="member-name">
            <A href={`/w/${ws().slug}/members/${u.member.id}`}>{u.member.fullName}</A>
          </td>
          <td data-label={columns()[1]}>{labelOf(memberCategoryLabels, u.member.category)}</td>
          <td data-label={columns()[2]} class="number">{formatVnd(u.due)}</td>
          <td data-label={columns()[3]} class="number">{formatVnd(u.paid)}</td>
          <td data-label={columns()[4]} class="number">{formatVnd(u.outstanding)}</td>
          <td class="row-actions">
            <Show when={hasRole(ws().role, 'editor')}>
              <PaymentForm year={props.year} member={u.member} outstanding={u.outstanding} />
            </Show>
          </td>
        </tr>
      )}
    </ListTable>
  );
}
