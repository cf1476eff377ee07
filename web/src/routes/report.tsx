import { A, createAsync, useParams, useSubmission } from '@solidjs/router';
import { Show } from 'solid-js';
import { periodLabel, type Report } from '../../../shared/reports';
import { hasRole } from '../../../shared/workspace';
import { ActionButton } from '../components/ActionButton';
import { ProblemAlert } from '../components/Alert';
import { Page } from '../components/Page';
import { NarrativeForm } from '../components/reports/NarrativeForm';
import { NarrativeSections } from '../components/reports/NarrativeSections';
import { ReportStatusBadge } from '../components/reports/ReportBadges';
import { ReportFigures } from '../components/reports/ReportFigures';
import { formatDate, locale, t } from '../i18n';
import { getReport } from '../lib/queries';
import { deleteReportAction, submitReportAction } from '../lib/report-actions';
import { useWorkspace } from '../lib/workspace';

function Facts(props: { report: Report }) {
  const r = () => props.report;
  return (
    <dl class="facts card">
      <dt>{t('reports.column.range')}</dt>
      <dd>{t('reports.range', { from: formatDate(r().from), to: formatDate(r().to) })}</dd>
      <dt>{t('reports.column.status')}</dt>
      <dd>
        <ReportStatusBadge status={r().status} />
      </dd>
      <dt>{t('reports.parent')}</dt>
      <dd>{r().parent?.name ?? t('reports.noParent')}</dd>
      <dt>{t('reports.column.due')}</dt>
      <dd>{r().dueOn ? formatDate(r().dueOn!) : '—'}</dd>
      <Show when={r().submittedAt}>
        <dt>{t('reports.column.submitted')}</dt>
        <dd>{formatDate(r().submittedAt!)}</dd>
        <dt>{t('reports.submittedBy')}</dt>
        <dd>{r().submittedBy ?? '—'}</dd>
      </Show>
    </dl>
  );
}

/** Submit (admins, with an approved parent), print, delete a draft (editors). */
function Actions(props: { report: Report }) {
  const ws = useWorkspace();
  const submitting = useSubmission(submitReportAction);
  const deleting = useSubmission(deleteReportAction);
  const draft = () => props.report.status === 'draft';
  const note = () => (!draft() ? undefined : !props.report.parent ? t('reports.submitNeedsParent') : !hasRole(ws().role, 'admin') ? t('reports.submitNeedsAdmin') : undefined);
  return (
    <>
      <div class="button-row report-actions">
        <Show when={draft() && props.report.parent && hasRole(ws().role, 'admin')}>
          <ActionButton action={submitReportAction.with(ws().slug, props.report.id)} class="primary" confirm={t('reports.submitConfirm', { parent: props.report.parent?.name ?? '' })}>
            {t('reports.submit')}
          </ActionButton>
        </Show>
        <A href={`/w/${ws().slug}/reports/${props.report.id}/print`} class="button">
          {t('reports.print')}
        </A>
        <Show when={draft() && hasRole(ws().role, 'editor')}>
          <ActionButton action={deleteReportAction.with(ws().slug, props.report.id)} class="danger" confirm={t('reports.deleteConfirm')}>
            {t('reports.delete')}
          </ActionButton>
        </Show>
      </div>
      <Show when={note()}>
        <p class="hint">{note()}</p>
      </Show>
      <ProblemAlert error={submitting.error ?? deleting.error} />
    </>
  );
}

/** One report: its facts, figures (live while a draft) and narrative (editable while a draft). */
export default function ReportPage() {
  const ws = useWorkspace();
  const params = useParams<{ id: string }>();
  const report = createAsync(() => getReport(ws().slug, params.id));
  return (
    <Show when={report()}>
      {(r) => (
        <Page title={periodLabel(r().period, locale())}>
          <Facts report={r()} />
          <Actions report={r()} />
          <h2>{t('reports.narrative')}</h2>
          <Show when={r().status === 'draft' && hasRole(ws().role, 'editor')} fallback={<NarrativeSections narrative={r()} />}>
            <NarrativeForm report={r()} />
          </Show>
          <h2>{t('reports.figures')}</h2>
          <p class="hint">{t(r().status === 'draft' ? 'reports.figuresLive' : 'reports.figuresFrozen')}</p>
          <ReportFigures figures={r().figures} />
          <p>
            <A href={`/w/${ws().slug}/reports`}>{t('reports.back')}</A>
          </p>
        </Page>
      )}
    </Show>
  );
}
