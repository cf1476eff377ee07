import { useSubmission } from '@solidjs/router';
import { createEffect, createSignal, on, Show } from 'solid-js';
import { formatDate, t } from '../../i18n';
import { attachmentHref, type CorrespondenceDocument } from '../../lib/api';
import { deleteAttachmentAction, uploadAttachmentAction } from '../../lib/correspondence-actions';
import { formatNumber } from '../../lib/event-format';
import { useWorkspace } from '../../lib/workspace';
import { ActionButton } from '../ActionButton';
import { ProblemAlert } from '../Alert';
import { Field } from '../Field';
import { ListTable } from '../ListTable';
import { SubmitButton } from '../SubmitButton';

/** "1,2 MB", "850 kB". */
const fileSize = (bytes: number) => (bytes >= 1e6 ? `${formatNumber(Math.round(bytes / 1e5) / 10)} MB` : `${formatNumber(Math.ceil(bytes / 1e3))} kB`);

/** The scanned or signed files of a document: download any; editors attach more (with progress) or remove one. */
export function AttachmentSection(props: { doc: CorrespondenceDocument; editable: boolean }) {
  const ws = useWorkspace();
  const [sent, setSent] = createSignal(0);
  const upload = useSubmission(uploadAttachmentAction);
  const removal = useSubmission(deleteAttachmentAction);
  let form!: HTMLFormElement;
  createEffect(on(() => upload.result, (stored) => stored && form.reset()));
  const columns = () => [t('attachments.file'), t('attachments.size'), t('attachments.added')];
  return (
    <section>
      <h2>{t('attachments.title')}</h2>
      <ListTable items={props.doc.attachments} columns={columns()} empty={t('attachments.empty')} label={t('attachments.title')}>
        {(file) => (
          <tr>
            <td data-label={columns()[0]}>
              <a href={attachmentHref(ws().slug, props.doc.id, file.id)} download={file.filename}>
                {file.filename}
              </a>
            </td>
            <td data-label={columns()[1]}>{fileSize(file.size)}</td>
            <td data-label={columns()[2]}>{formatDate(file.createdAt)}</td>
            <td class="row-actions">
              <Show when={props.editable}>
                <ActionButton
                  action={deleteAttachmentAction.with(ws().slug, props.doc.id, file.id)}
                  confirm={t('attachments.deleteConfirm', { name: file.filename })}
                  class="danger"
                >
                  {t('attachments.delete')}
                </ActionButton>
              </Show>
            </td>
          </tr>
        )}
      </ListTable>
      <ProblemAlert error={removal.error} />
      <Show when={props.editable}>
        <form ref={form} action={uploadAttachmentAction.with(ws().slug, props.doc.id, setSent)} method="post" enctype="multipart/form-data" novalidate class="card row-form">
          <Field label={t('attachments.choose')} name="file" hint={t('attachments.hint')} error={upload.error}>
            {(c) => <input {...c} type="file" onChange={() => setSent(0)} />}
          </Field>
          <SubmitButton pending={upload.pending}>{t('attachments.upload')}</SubmitButton>
          <Show when={upload.pending}>
            <div class="upload-progress">
              <progress max="1" value={sent()} aria-label={t('attachments.uploading')} />
              <span aria-hidden="true">{Math.round(sent() * 100)}%</span>
            </div>
          </Show>
        </form>
        <ProblemAlert error={upload.error} />
      </Show>
    </section>
  );
}
