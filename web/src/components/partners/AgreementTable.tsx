import { agreementStatusLabels, type AgreementStatus } from '../../../../shared/partners';
import { t } from '../../i18n';
import type { Agreement } from '../../lib/api';
import { labelOf } from '../../lib/event-format';
import { formatDay } from '../../lib/event-time';
import { ListTable } from '../ListTable';

const badge: Record<AgreementStatus, string> = {
  not_yet_valid: 'badge',
  active: 'badge badge-approved',
  expiring: 'badge badge-pending',
  expired: 'badge badge-rejected',
};

/** Agreements as rows (cards on phones): title, parties, signing date, validity, status. */
export function AgreementTable(props: { items: Agreement[] | undefined; partnerName: (id: string) => string; label: string; empty: string }) {
  const columns = () => [t('agreements.agreementTitle'), t('agreements.partner'), t('agreements.signedOn'), t('agreements.validity'), t('agreements.status')];
  return (
    <ListTable items={props.items} columns={columns()} empty={props.empty} label={props.label}>
      {(a) => (
        <tr>
          <td data-label={columns()[0]} class="member-name">
            {a.title}
          </td>
          <td data-label={columns()[1]}>{a.partnerIds.map(props.partnerName).join(', ')}</td>
          <td data-label={columns()[2]}>{formatDay(a.signedOn)}</td>
          <td data-label={columns()[3]}>
            {formatDay(a.validFrom)} – {a.validTo ? formatDay(a.validTo) : t('agreements.openEnded')}
          </td>
          <td data-label={columns()[4]}>
            <span class={badge[a.status]}>{labelOf(agreementStatusLabels, a.status)}</span>
            {a.renewedById ? <span class="badge">{t('agreements.renewed')}</span> : null}
          </td>
          <td class="row-actions" />
        </tr>
      )}
    </ListTable>
  );
}
