import { A, createAsync, useParams } from '@solidjs/router';
import { Show } from 'solid-js';
import { ReportDocument } from '../components/reports/ReportDocument';
import { t } from '../i18n';
import { getReport } from '../lib/queries';
import { useWorkspace } from '../lib/workspace';

/** The workspace's own report as it prints (window.print, A4). */
export default function ReportPrint() {
  const ws = useWorkspace();
  const params = useParams<{ id: string }>();
  const report = createAsync(() => getReport(ws().slug, params.id));
  return (
    <Show when={report()}>
      {(r) => (
        <ReportDocument
          workspaceName={ws().name}
          report={r()}
          tools={
            <>
              <button type="button" class="primary" onClick={() => window.print()}>
                {t('reports.printNow')}
              </button>
              <A href={`/w/${ws().slug}/reports/${r().id}`} class="button">
                {t('reports.backToReport')}
              </A>
            </>
          }
        />
      )}
    </Show>
  );
}
