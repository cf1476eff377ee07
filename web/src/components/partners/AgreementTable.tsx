import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { agreementStatusLabels, type AgreementStatus } from '../../../../shared/partners';
import { hasRole } from '../../../../shared/workspace';
import { t } from '../../i18n';
import type { Agreement } from '../../lib/api';
import { labelOf } from '../../lib/event-format';
import { formatDay } from '../../lib/event-time';
import { useWorkspace } from '../../lib/workspace';
import { ListTable } from '../ListTable';

const badge: Record<AgreementStatus, string> = {
  not_yet_valid: 'badge',
  active: 'badge badge-approved',
  expiring: 'badge badge-pending',
  expired: 'badge badge-rejected',
};

/** The status today, and whether it has been renewed. */
export function AgreementStatusBadge(props: { agreement: Agreement }) {
  return (
    <>
      <span class={badge[props.agreement.status]}>{labelOf(agreementStatusLabels, props.agreement.status)}</span>
      {props.agreement.renewedById ? <span class="badge">{t('agreements.renewed')}</span> : null}
    </>
  );
}

/** Agreements as rows (cards on phones): title, parties, signing date, validity, status; editors renew from here. */
export function AgreementTable(props: { items: Agreement[] | undefined; partnerName: (id: string) => string; label: string; empty: string }) {
  const ws = useWorkspace();
  const columns = () => [t('agreements.agreementTitle'), t('agreements.partner'), t('agreements.signedOn'), t('agreements.validity'), t('agreements.status')];
  const page = (a: Agreement) => `/w/${ws().slug}/agreements/${a.id}`;
  const renewable = (a: Agreement) => hasRole(ws().role, 'editor') && !a.renewedById && (a.status === 'expiring' || a.status === 'expired');
  return (
    <ListTable items={props.items} columns={columns()} empty={props.empty} label={props.label}>
      {(a) => (
        <tr>
          <td data-label={columns()[0]} class="member-name">
            <A href={page(a)}>{a.title}</A>
          </td>
          <td data-label={columns()[1]}>{a.partnerIds.map(props.partnerName).join(', ')}</td>
          <td data-label={columns()[2]}>{formatDay(a.signedOn)}</td>
          <td data-label={columns()[3]}>
            {formatDay(a.validFrom)} – {a.validTo ? formatDay(a.validTo) : t('agreements.openEnded')}
          </td>
          <td data-label={columns()[4]}>
            <AgreementStatusBadge agreement={a} />
          </td>
          <td class="row-actions">
            <Show when={renewable(a)}>
              <A href={`${page(a)}#renew`} class="button">
                {t('agreements.renew')}
              </A>
            </Show>
          </td>
        </tr>
      )}
    </ListTable>
  );
}
