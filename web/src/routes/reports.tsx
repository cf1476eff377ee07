import { A, createAsync, useSubmission } from '@solidjs/router';
import { Show } from 'solid-js';
import { periodLabel } from '../../../shared/reports';
import { hasRole } from '../../../shared/workspace';
import { ProblemAlert } from '../components/Alert';
import { ListTable } from '../components/ListTable';
import { Page } from '../components/Page';
import { currentHalf, PeriodPicker } from '../components/reports/PeriodPicker';
import { ReportStatusBadge } from '../components/reports/ReportBadges';
import { SubmitButton } from '../components/SubmitButton';
import { formatDate, locale, t } from '../i18n';
import { getReports } from '../lib/queries';
import { createReportAction } from '../lib/report-actions';
import { useWorkspace } from '../lib/workspace';

function NewReportForm() {
  const ws = useWorkspace();
  const submission = useSubmission(createReportAction);
  return (
    <form action={createReportAction.with(ws().slug)} method="post" novalidate class="card">
      <h2>{t('reports.new')}</h2>
      <PeriodPicker value={currentHalf()} error={submission.error} />
      <ProblemAlert error={submission.error} />
      <SubmitButton pending={submission.pending}>{t('reports.create')}</SubmitButton>
    </form>
  );
}

/** The workspace's reports to its parent, a form to start one, and for parents the way to their children's. */
export default function Reports() {
  const ws = useWorkspace();
  const reports = createAsync(() => getReports(ws().slug));
  const columns = () => [t('reports.column.report'), t('reports.column.range'), t('reports.column.status'), t('reports.column.due'), t('reports.column.submitted')];
  return (
    <Page title={t('reports.title')} intro={t('reports.intro')}>
      <Show when={hasRole(ws().role, 'admin') && (ws().kind === 'union' || Boolean(ws().affiliates))}>
        <p>
          <A href={`/w/${ws().slug}/reports/submissions`} class="button">
            {t('reports.submissionsLink')}
          </A>
        </p>
      </Show>
      <Show when={hasRole(ws().role, 'editor')}>
        <NewReportForm />
      </Show>
      <h2>{t('reports.list')}</h2>
      <ListTable items={reports()} columns={columns()} empty={t('reports.empty')} label={t('reports.list')}>
        {(r) => (
          <tr>
            <td data-label={columns()[0]} class="member-name">
              <A href={`/w/${ws().slug}/reports/${r.id}`}>{periodLabel(r.period, locale())}</A>
            </td>
            <td data-label={columns()[1]}>{t('reports.range', { from: formatDate(r.from), to: formatDate(r.to) })}</td>
            <td data-label={columns()[2]}>
              <ReportStatusBadge status={r.status} />
            </td>
            <td data-label={columns()[3]}>{r.dueOn ? formatDate(r.dueOn) : '—'}</td>
            <td data-label={columns()[4]}>{r.submittedAt ? formatDate(r.submittedAt) : '—'}</td>
            <td class="row-actions" />
          </tr>
        )}
      </ListTable>
    </Page>
  );
}
