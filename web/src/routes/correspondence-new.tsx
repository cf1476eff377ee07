import { useSearchParams, useSubmission } from '@solidjs/router';
import { Show } from 'solid-js';
import { DocumentForm } from '../components/correspondence/DocumentForm';
import { RegisteredNotice } from '../components/correspondence/RegisteredNotice';
import { Page } from '../components/Page';
import { t } from '../i18n';
import { createDocumentAction } from '../lib/correspondence-actions';
import { useWorkspace } from '../lib/workspace';

/** Registers a document, then shows the number it received; ?direction=in starts with the incoming register. */
export default function NewDocument() {
  const ws = useWorkspace();
  const [params] = useSearchParams<{ direction?: string }>();
  const submission = useSubmission(createDocumentAction);
  return (
    <Page title={t('correspondence.newTitle')}>
      <Show
        when={submission.result}
        fallback={
          <DocumentForm
            direction={params.direction === 'in' ? 'in' : 'out'}
            action={createDocumentAction.with(ws().slug)}
            error={submission.error}
            pending={submission.pending}
          />
        }
      >
        {(doc) => <RegisteredNotice doc={doc()} again={t('correspondence.another')} onAgain={() => submission.clear()} />}
      </Show>
    </Page>
  );
}
