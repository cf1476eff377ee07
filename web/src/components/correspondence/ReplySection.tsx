import { A, createAsync, useSubmission } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { formatDate, t } from '../../i18n';
import type { CorrespondenceDocument } from '../../lib/api';
import { linkReplyAction } from '../../lib/correspondence-actions';
import { documentNumber, shortNumber } from '../../lib/correspondence-format';
import { getDocument, getDocumentChoices } from '../../lib/queries';
import { createSearch } from '../../lib/search';
import { useWorkspace } from '../../lib/workspace';
import { ActionButton } from '../ActionButton';
import { ProblemAlert } from '../Alert';
import { Field } from '../Field';

/** Finds an outgoing document by symbol or subject and links it as the reply. */
function ReplyPicker(props: { doc: CorrespondenceDocument }) {
  const ws = useWorkspace();
  const [query, type] = createSearch();
  const choices = createAsync(() => getDocumentChoices(ws().slug, { direction: 'out', status: 'registered', q: query() || undefined }));
  return (
    <>
      <Field label={t('reply.find')} name="reply" hint={t('reply.findHint')} error={undefined}>
        {(c) => <input {...c} type="search" autocomplete="off" onInput={(e) => type(e.currentTarget.value)} />}
      </Field>
      <ul class="pick-list">
        <For each={choices()} fallback={<li class="empty">{t('reply.none')}</li>}>
          {(choice) => (
            <li>
              <span>
                <strong>{shortNumber(choice)}</strong> · {choice.subject}
              </span>
              <ActionButton action={linkReplyAction.with(ws().slug, props.doc.id, choice.id)}>{t('reply.link')}</ActionButton>
            </li>
          )}
        </For>
      </ul>
    </>
  );
}

/** The reply to an incoming document: linking one closes its follow-up. */
export function ReplySection(props: { doc: CorrespondenceDocument; editable: boolean }) {
  const ws = useWorkspace();
  const reply = createAsync(async () => (props.doc.replyId ? getDocument(ws().slug, props.doc.replyId) : undefined));
  const submission = useSubmission(linkReplyAction);
  return (
    <section class="card reply">
      <h2>{t('reply.title')}</h2>
      <Show when={props.doc.replyId} fallback={props.editable ? <ReplyPicker doc={props.doc} /> : <p class="empty">{t('reply.notYet')}</p>}>
        <Show when={reply()}>
          {(r) => (
            <p>
              <A href={`/w/${ws().slug}/correspondence/${r().id}`}>{documentNumber(r())}</A> · {r().subject}
              <Show when={props.doc.repliedOn}>{(on) => <span class="muted"> · {t('reply.linkedOn', { date: formatDate(on()) })}</span>}</Show>
            </p>
          )}
        </Show>
        <Show when={props.editable}>
          <ActionButton action={linkReplyAction.with(ws().slug, props.doc.id, null)}>{t('reply.unlink')}</ActionButton>
        </Show>
      </Show>
      <ProblemAlert error={submission.error} />
    </section>
  );
}
