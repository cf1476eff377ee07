import { A, createAsync, useParams } from '@solidjs/router';
import { Show } from 'solid-js';
import { ReportDocument } from '../components/reports/ReportDocument';
import { SubmissionBadge } from '../components/reports/ReportBadges';
import { t } from '../i18n';
import { getReceivedReport } from '../lib/queries';
import { useWorkspace } from '../lib/workspace';

/** A report a child submitted to this workspace, as it prints: figures and narrative only. */
export default function ReceivedReport() {
  const ws = useWorkspace();
  const params = useParams<{ id: string }>();
  const report = createAsync(() => getReceivedReport(ws().slug, params.id));
  return (
    <Show when={report()}>
      {(r) => (
        <ReportDocument
          workspaceName={r().workspace.name}
          report={r()}
          tools={
            <>
              <SubmissionBadge status={r().status} />
              <button type="button" class="primary" onClick={() => window.print()}>
                {t('reports.printNow')}
              </button>
              <A href={`/w/${ws().slug}/reports/submissions?period=${encodeURIComponent(r().period)}`} class="button">
                {t('submissions.back')}
              </A>
            </>
          }
        />
      )}
    </Show>
  );
}
