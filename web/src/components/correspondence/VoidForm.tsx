import { useSubmission } from '@solidjs/router';
import { t } from '../../i18n';
import type { CorrespondenceDocument } from '../../lib/api';
import { voidDocumentAction } from '../../lib/correspondence-actions';
import { documentNumber } from '../../lib/correspondence-format';
import { useWorkspace } from '../../lib/workspace';
import { ProblemAlert } from '../Alert';
import { TextInput } from '../events/Inputs';

/** Marks an entry void, with the reason; it keeps its number, which is never given again. */
export function VoidForm(props: { doc: CorrespondenceDocument }) {
  const ws = useWorkspace();
  const submission = useSubmission(voidDocumentAction);
  const confirmFirst = (event: SubmitEvent) => {
    if (!window.confirm(t('void.confirm', { number: documentNumber(props.doc) }))) event.preventDefault();
  };
  return (
    <details class="card void-form">
      <summary>{t('void.title')}</summary>
      <p class="intro">{t('void.intro')}</p>
      <form action={voidDocumentAction.with(ws().slug, props.doc.id)} method="post" novalidate class="row-form" onSubmit={confirmFirst}>
        <TextInput label={t('void.reason')} name="reason" error={submission.error} />
        <button type="submit" class="danger" disabled={submission.pending}>
          {t('void.submit')}
        </button>
      </form>
      <ProblemAlert error={submission.error} />
    </details>
  );
}
