import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { memberCategoryLabels, memberStatusLabels } from '../../../../shared/members';
import { t } from '../../i18n';
import type { Member } from '../../lib/api';
import { labelOf } from '../../lib/event-format';
import { useWorkspace } from '../../lib/workspace';
import { ListTable } from '../ListTable';

/** Paid, not paid, or nothing due this year. */
function DuesBadge(props: { paid: boolean | null }) {
  return (
    <Show when={props.paid !== null} fallback={<span class="muted">{t('members.duesNone')}</span>}>
      <span class={props.paid ? 'badge badge-approved' : 'badge badge-pending'}>{t(props.paid ? 'members.duesPaid' : 'members.duesUnpaid')}</span>
    </Show>
  );
}

/** Members as rows (cards on phones): name, category, status, contact, organisation, dues. */
export function MemberTable(props: { items: Member[] | undefined; empty: string }) {
  const ws = useWorkspace();
  const columns = () => [t('members.fullName'), t('members.category'), t('members.status'), t('members.contact'), t('members.organisation'), t('members.dues')];
  return (
    <ListTable items={props.items} columns={columns()} empty={props.empty} label={t('members.list')}>
      {(m) => (
        <tr>
          <td data-label={columns()[0]} class="member-name">
            <A href={`/w/${ws().slug}/members/${m.id}`}>{m.fullName}</A>
          </td>
          <td data-label={columns()[1]}>{labelOf(memberCategoryLabels, m.category)}</td>
          <td data-label={columns()[2]}>{labelOf(memberStatusLabels, m.status)}</td>
          <td data-label={columns()[3]}>{[m.phone, m.email].filter(Boolean).join(' · ')}</td>
          <td data-label={columns()[4]}>{m.organisation}</td>
          <td data-label={columns()[5]}>
            <DuesBadge paid={m.duesPaid} />
          </td>
          <td class="row-actions" />
        </tr>
      )}
    </ListTable>
  );
}
