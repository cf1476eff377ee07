import { A, createAsync, useParams } from '@solidjs/router';
import { Show } from 'solid-js';
import { directionLabels } from '../../../shared/correspondence';
import { hasRole } from '../../../shared/workspace';
import { AttachmentSection } from '../components/correspondence/AttachmentSection';
import { DocumentBadges } from '../components/correspondence/DocumentBadges';
import { DocumentFacts } from '../components/correspondence/DocumentFacts';
import { LetterPreview } from '../components/correspondence/LetterPreview';
import { ReplySection } from '../components/correspondence/ReplySection';
import { VoidForm } from '../components/correspondence/VoidForm';
import { Page } from '../components/Page';
import { formatDate, t } from '../i18n';
import { documentNumber, letterLanguages } from '../lib/correspondence-format';
import { labelOf } from '../lib/event-format';
import { getDocument } from '../lib/queries';
import { useWorkspace } from '../lib/workspace';

/** One register entry: its fields, the letter text, the reply (incoming), the files, and voiding it. */
export default function DocumentDetail() {
  const ws = useWorkspace();
  const params = useParams<{ id: string }>();
  const doc = createAsync(() => getDocument(ws().slug, params.id));
  return (
    <Show when={doc()}>
      {(d) => {
        const editable = () => hasRole(ws().role, 'editor') && d().status !== 'void';
        return (
          <Page title={documentNumber(d())}>
            <p class="eyebrow">
              <A href={`/w/${ws().slug}/correspondence?direction=${d().direction}&year=${d().year}`}>{labelOf(directionLabels, d().direction)}</A> ·{' '}
              {t('correspondence.year', { year: String(d().year) })}
            </p>
            <p class="lead doc-lead">
              {d().subject} <DocumentBadges doc={d()} />
            </p>
            <Show when={d().status === 'void'}>
              <p class="alert alert-error">
                {t('void.done', { date: formatDate(d().voidedAt ?? d().updatedAt) })}
                <Show when={d().voidReason}>{(reason) => ` ${t('void.because', { reason: reason() })}`}</Show>
              </p>
            </Show>
            <DocumentFacts doc={d()} />
            <Show when={d().body}>
              {(body) => (
                <section>
                  <h2>{t('letters.text')}</h2>
                  <LetterPreview {...letterLanguages(body())} label={t('letters.text')} />
                </section>
              )}
            </Show>
            <Show when={d().direction === 'in'}>
              <ReplySection doc={d()} editable={editable()} />
            </Show>
            <AttachmentSection doc={d()} editable={editable()} />
            <Show when={editable()}>
              <VoidForm doc={d()} />
            </Show>
          </Page>
        );
      }}
    </Show>
  );
}
