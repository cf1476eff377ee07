import { createAsync } from '@solidjs/router';
import { Show } from 'solid-js';
import { hasRole } from '../../../shared/workspace';
import { ListTable } from '../components/ListTable';
import { Page } from '../components/Page';
import { AwardForm } from '../components/partners/AwardForm';
import { PartnersNav } from '../components/partners/PartnersNav';
import { t } from '../i18n';
import { countryLabel } from '../lib/event-format';
import { formatDay } from '../lib/event-time';
import { getAwards } from '../lib/queries';
import { useWorkspace } from '../lib/workspace';

/** Awards: the award, its recipient, the decision number and date; editors record new decisions. */
export default function Awards() {
  const ws = useWorkspace();
  const awards = createAsync(() => getAwards(ws().slug));
  const columns = () => [t('awards.awardName'), t('awards.recipient'), t('awards.country'), t('awards.decision'), t('awards.decidedOn')];
  return (
    <Page title={t('awards.title')} intro={t('awards.intro')}>
      <PartnersNav />
      <ListTable items={awards()} columns={columns()} empty={t('awards.empty')} label={t('awards.list')}>
        {(a) => (
          <tr>
            <td data-label={columns()[0]} class="member-name">
              {a.awardName}
            </td>
            <td data-label={columns()[1]}>{a.recipientName}</td>
            <td data-label={columns()[2]}>{a.recipientCountry ? countryLabel(a.recipientCountry) : ''}</td>
            <td data-label={columns()[3]}>{a.decisionNumber}</td>
            <td data-label={columns()[4]}>{formatDay(a.decidedOn)}</td>
            <td class="row-actions" />
          </tr>
        )}
      </ListTable>
      <Show when={hasRole(ws().role, 'editor')}>
        <AwardForm />
      </Show>
    </Page>
  );
}
