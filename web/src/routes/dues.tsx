import { createAsync, useSearchParams } from '@solidjs/router';
import { Show } from 'solid-js';
import { hasRole } from '../../../shared/workspace';
import { DuesRatesForm } from '../components/members/DuesRatesForm';
import { UnpaidTable } from '../components/members/UnpaidTable';
import { Page } from '../components/Page';
import { t } from '../i18n';
import { formatVnd } from '../lib/event-format';
import { getDuesYear, getUnpaid } from '../lib/queries';
import { useWorkspace } from '../lib/workspace';

/** Dues a year at a time (?year=): the amounts per category, how collection stands, who has not paid. */
export default function Dues() {
  const ws = useWorkspace();
  const [params, setParams] = useSearchParams<{ year: string }>();
  const year = () => (/^\d{4}$/.test(params.year ?? '') ? Number(params.year) : new Date().getFullYear());
  const dues = createAsync(() => getDuesYear(ws().slug, year()));
  const unpaid = createAsync(() => getUnpaid(ws().slug, year()));
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
            <p class="lead dues-summary">
              {t('dues.summary', {
                paid: String(d().summary.paidInFull),
                owing: String(d().summary.owing),
                collected: formatVnd(d().summary.collected),
                outstanding: formatVnd(d().summary.outstanding),
              })}
            </p>
            <Show when={hasRole(ws().role, 'editor')}>
              <DuesRatesForm dues={d()} />
            </Show>
          </>
        )}
      </Show>
      <h2>{t('dues.unpaid')}</h2>
      <UnpaidTable year={year()} items={unpaid()} />
    </Page>
  );
}
