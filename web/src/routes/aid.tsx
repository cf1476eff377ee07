import { createAsync } from '@solidjs/router';
import { Show } from 'solid-js';
import { aidSectorLabels, aidStatusLabels } from '../../../shared/partners';
import { hasRole } from '../../../shared/workspace';
import { ListTable } from '../components/ListTable';
import { Page } from '../components/Page';
import { AidForm } from '../components/partners/AidForm';
import { PartnersNav } from '../components/partners/PartnersNav';
import { t } from '../i18n';
import { formatNumber, labelOf } from '../lib/event-format';
import { formatDay } from '../lib/event-time';
import { getAid, getPartners } from '../lib/queries';
import { useWorkspace } from '../lib/workspace';

/** Foreign non-governmental aid projects: donor, sector, committed and disbursed đồng; editors add them. */
export default function AidList() {
  const ws = useWorkspace();
  const aid = createAsync(() => getAid(ws().slug));
  const partners = createAsync(() => getPartners(ws().slug, {}));
  const donor = (id: string) => partners()?.find((p) => p.id === id)?.name ?? '…';
  const columns = () => [t('aid.project'), t('aid.donor'), t('aid.sector'), t('aid.committed'), t('aid.disbursed'), t('aid.period'), t('aid.status')];
  const sum = (key: 'committedVnd' | 'disbursedVnd') => (aid() ?? []).reduce((total, a) => total + a[key], 0);
  return (
    <Page title={t('aid.title')}>
      <PartnersNav />
      <ListTable items={aid()} columns={columns()} empty={t('aid.empty')} label={t('aid.list')}>
        {(a) => (
          <tr>
            <td data-label={columns()[0]} class="member-name">
              {a.title}
            </td>
            <td data-label={columns()[1]}>{donor(a.donorPartnerId)}</td>
            <td data-label={columns()[2]}>{labelOf(aidSectorLabels, a.sector)}</td>
            <td data-label={columns()[3]} class="amount">
              {formatNumber(a.committedVnd)}
              <Show when={a.currency && a.committedOriginal !== null}>
                <span class="muted"> ({formatNumber(a.committedOriginal!)} {a.currency})</span>
              </Show>
            </td>
            <td data-label={columns()[4]} class="amount">
              {formatNumber(a.disbursedVnd)}
              <Show when={a.overDisbursedReason}>
                <span class="over-reason" title={a.overDisbursedReason!}>
                  {t('aid.overShort')}: {a.overDisbursedReason}
                </span>
              </Show>
            </td>
            <td data-label={columns()[5]}>{a.startsOn || a.endsOn ? [a.startsOn, a.endsOn].map((d) => (d ? formatDay(d) : '…')).join(' – ') : ''}</td>
            <td data-label={columns()[6]}>{labelOf(aidStatusLabels, a.status)}</td>
            <td class="row-actions" />
          </tr>
        )}
      </ListTable>
      <Show when={aid()?.length}>
        <p class="aid-total">
          <strong>{t('aid.total')}:</strong> {t('aid.committed')} {formatNumber(sum('committedVnd'))} · {t('aid.disbursed')} {formatNumber(sum('disbursedVnd'))}
        </p>
      </Show>
      <Show when={hasRole(ws().role, 'editor')}>
        <Show when={partners()?.length} fallback={<p class="muted">{t('aid.needPartner')}</p>}>
          <AidForm />
        </Show>
      </Show>
    </Page>
  );
}
