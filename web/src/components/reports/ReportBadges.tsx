import { Show } from 'solid-js';
import type { ReportStatus, SubmissionStatus } from '../../../../shared/reports';
import { t } from '../../i18n';

/** Bản nháp / Đã nộp, as the reporting workspace sees its own report. */
export function ReportStatusBadge(props: { status: ReportStatus }) {
  return <span class={`badge badge-report-${props.status}`}>{t(`reports.status.${props.status}`)}</span>;
}

/** Đã nộp / Nộp muộn / Chưa nộp (and Quá hạn once the deadline has passed), as the parent sees a child. */
export function SubmissionBadge(props: { status: SubmissionStatus; overdue?: boolean }) {
  return (
    <span class="badge-group">
      <span class={`badge badge-submission-${props.status}`}>{t(`submissions.status.${props.status}`)}</span>
      <Show when={props.overdue}>
        <span class="badge badge-overdue">{t('submissions.overdue')}</span>
      </Show>
    </span>
  );
}
