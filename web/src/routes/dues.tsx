import { createAsync, useSearchParams, useSubmission } from '@solidjs/router';
import { Show } from 'solid-js';
import { hasRole } from '../../../shared/workspace';
import { Notice } from '../components/Alert';
import { DuesAmounts } from '../components/members/DuesAmounts';
import { DuesFigures } from '../components/members/DuesFigures';
import { DuesRatesForm } from '../components/members/DuesRatesForm';
import { PaymentsTable } from '../components/members/PaymentsTable';
import { UnpaidTable } from '../components/members/UnpaidTable';
import { Page } from '../components/Page';
import { t } from '../i18n';
import { formatVnd } from '../lib/event-format';
import { recordPaymentAction } from '../lib/member-actions';
import { getDuesYear, getPayments, getUnpaid } from '../lib/queries';
import { useWorkspace } from '../lib/workspace';

/**
 * Dues a year at a time (?year=): the amounts per category, how collection stands, who has not
 * paid in full, and the payments recorded. Everyone in the workspace sees them; editors set the
 * amounts and record or remove payments.
 */
export default function Dues() {
  const ws = useWorkspace();
  const [params, setParams] = useSearchParams<{ year: string }>();
  const year = () => (/^\d{4}$/.test(params.year ?? '') ? Number(params.year) : new Date().getFullYear());
  const dues = createAsync(() => getDuesYear(ws().slug, year()));
  const unpaid = createAsync(() => getUnpaid(ws().slug, year()));
  const payments = createAsync(() => getPayments(ws().slug, year()));
  const recorded = useSubmission(recordPaymentAction);
  const editor = () => hasRole(ws().role, 'editor');
  const step = (by: number) => setParams({ year: String(year() + by) }, { replace: true });
  return (
    <Page title={t('dues.title')}>
      <div class="year-nav">
        <button type="button" aria-label={t('dues.previousYear')} onClick={() => step(-1)}>
          ‹
        </button>
        <h2 aria-live="polite">{t('dues.year', { year: String(year()) })}</h2>
        <button type="button" aria-label={t('dues.nextYear')} onClick={() => step(1)}>
          ›
        </button>
      </div>
      <Show when={dues()}>
        {(d) => (
          <>
            <DuesFigures summary={d().summary} />
            <Show when={editor()} fallback={<DuesAmounts dues={d()} />}>
              <DuesRatesForm dues={d()} />
            </Show>
          </>
        )}
      </Show>
      <h2>{t('dues.unpaid')}</h2>
      <Show when={!recorded.pending && recorded.result}>
        {(p) => <Notice>{t('dues.recorded', { name: p().member.fullName, amount: formatVnd(p().amount) })}</Notice>}
      </Show>
      <UnpaidTable year={year()} items={unpaid()} />
      <h2>{t('dues.payments')}</h2>
      <PaymentsTable items={payments()} />
    </Page>
  );
}
