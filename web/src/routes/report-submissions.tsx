import { A, createAsync, useSearchParams } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { parsePeriod, periodLabel, reportCreate, type Submission } from '../../../shared/reports';
import { ListTable } from '../components/ListTable';
import { Page } from '../components/Page';
import { DeadlineForm } from '../components/reports/DeadlineForm';
import { currentHalf, PeriodPicker } from '../components/reports/PeriodPicker';
import { SubmissionBadge } from '../components/reports/ReportBadges';
import { formatDate, locale, t } from '../i18n';
import { validate } from '../lib/forms';
import { getSubmissions } from '../lib/queries';
import { useWorkspace } from '../lib/workspace';

const count = (items: Submission[], status: Submission['status']) => String(items.filter((i) => i.status === status).length);

/** A parent's view of a period (?period=): the deadline and where each approved child stands. */
export default function ReportSubmissions() {
  const ws = useWorkspace();
  const [params, setParams] = useSearchParams<{ period: string }>();
  const period = () => (parsePeriod(params.period ?? '') ? params.period! : currentHalf());
  const data = createAsync(() => getSubmissions(ws().slug, period()));
  const [error, setError] = createSignal<unknown>();
  const show = (value: string) => {
    try {
      setParams({ period: validate(reportCreate, { period: value }).period });
      setError(undefined);
    } catch (e) {
      setError(e);
    }
  };
  const columns = () => [t('submissions.column.workspace'), t('reports.column.status'), t('reports.column.submitted')];
  return (
    <Page title={t('submissions.title')} intro={t('submissions.intro')}>
      <form
        class="card row-form period-form"
        novalidate
        onSubmit={(e) => {
          e.preventDefault();
          show(String(new FormData(e.currentTarget).get('period') ?? ''));
        }}
      >
        <PeriodPicker value={period()} error={error()} onPick={show} />
        <button type="submit">{t('submissions.show')}</button>
      </form>
      <Show when={data()}>
        {(d) => (
          <>
            <h2>{periodLabel(d().period, locale())}</h2>
            <p class="muted">{t('reports.range', { from: formatDate(d().from), to: formatDate(d().to) })}</p>
            <DeadlineForm period={d().period} dueOn={d().dueOn} />
            <Show when={d().items.length}>
              <p class="lead">{t('submissions.summary', { submitted: count(d().items, 'submitted'), late: count(d().items, 'late'), missing: count(d().items, 'missing') })}</p>
            </Show>
            <ListTable items={d().items} columns={columns()} empty={t('submissions.empty')} label={t('submissions.list')}>
              {(s) => (
                <tr>
                  <td data-label={columns()[0]} class="member-name">
                    {s.name}
                  </td>
                  <td data-label={columns()[1]}>
                    <SubmissionBadge status={s.status} overdue={s.overdue} />
                  </td>
                  <td data-label={columns()[2]}>{s.submittedAt ? formatDate(s.submittedAt) : '—'}</td>
                  <td class="row-actions">
                    <Show when={s.reportId}>
                      <A href={`/w/${ws().slug}/reports/submissions/${s.reportId}`} class="button" aria-label={`${t('submissions.open')}: ${s.name}`}>
                        {t('submissions.open')}
                      </A>
                    </Show>
                  </td>
                </tr>
              )}
            </ListTable>
          </>
        )}
      </Show>
    </Page>
  );
}
