import { Show } from 'solid-js';
import { classificationLabels, urgencyLabels } from '../../../../shared/correspondence';
import { t } from '../../i18n';
import type { CorrespondenceDocument } from '../../lib/api';
import { labelOf } from '../../lib/event-format';

/** What sets a document apart in a list: void, urgent, classified, overdue or answered. */
export function DocumentBadges(props: { doc: CorrespondenceDocument }) {
  const doc = () => props.doc;
  return (
    <span class="doc-badges">
      <Show when={doc().status === 'void'}>
        <span class="badge badge-void">{t('correspondence.void')}</span>
      </Show>
      <Show when={doc().classification !== 'none'}>
        <span class="badge badge-classified">{labelOf(classificationLabels, doc().classification)}</span>
      </Show>
      <Show when={doc().urgency !== 'normal'}>
        <span class="badge badge-urgent">{labelOf(urgencyLabels, doc().urgency)}</span>
      </Show>
      <Show when={doc().overdue} fallback={doc().waiting && <span class="badge badge-waiting">{t('followUp.waiting')}</span>}>
        <span class="badge badge-overdue">{t('followUp.overdue')}</span>
      </Show>
      <Show when={doc().replyId}>
        <span class="badge badge-replied">{t('correspondence.replied')}</span>
      </Show>
    </span>
  );
}
