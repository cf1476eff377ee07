import { createAsync, useSearchParams, useSubmission } from '@solidjs/router';
import { Show } from 'solid-js';
import { CorrespondenceTabs } from '../components/correspondence/CorrespondenceTabs';
import { LetterForm } from '../components/correspondence/LetterForm';
import { LetterPreview } from '../components/correspondence/LetterPreview';
import { RegisteredNotice } from '../components/correspondence/RegisteredNotice';
import { TemplatePicker } from '../components/correspondence/TemplatePicker';
import { Page } from '../components/Page';
import { t } from '../i18n';
import { letterAction } from '../lib/correspondence-actions';
import { getLetterTemplates } from '../lib/queries';
import { useWorkspace } from '../lib/workspace';

/** Brings what the form produced into view: on a phone it is far below the buttons. */
const reveal = (el: HTMLElement) => queueMicrotask(() => el.scrollIntoView({ block: 'start' }));

/** Bilingual letters from templates: fill in, preview both languages, issue into the outgoing register. */
export default function Letters() {
  const ws = useWorkspace();
  const [params, setParams] = useSearchParams<{ template?: string }>();
  const templates = createAsync(() => getLetterTemplates(ws().slug));
  const template = () => templates()?.find((x) => x.id === params.template) ?? templates()?.[0];
  const submission = useSubmission(letterAction);
  const preview = () => (submission.result?.mode === 'preview' ? submission.result.letter : undefined);
  const issued = () => (submission.result?.mode === 'issue' ? submission.result.document : undefined);
  return (
    <Page title={t('letters.title')} intro={t('letters.intro')}>
      <CorrespondenceTabs />
      <Show when={template()} keyed>
        {(chosen) => (
          <>
            <TemplatePicker templates={templates() ?? []} chosen={chosen} choose={(id) => setParams({ template: id }, { replace: true })} />
            <LetterForm template={chosen} error={submission.error} pending={submission.pending} />
          </>
        )}
      </Show>
      <Show when={issued()}>
        {(doc) => (
          <div ref={reveal}>
            <RegisteredNotice doc={doc()} />
          </div>
        )}
      </Show>
      <Show when={preview()}>
        {(letter) => (
          <section ref={reveal}>
            <h2>{t('letters.preview')}</h2>
            <dl class="facts card">
              <dt>{t('correspondence.subject')}</dt>
              <dd>{letter().subject}</dd>
              <dt>{t('correspondence.recipients')}</dt>
              <dd>{letter().recipients}</dd>
            </dl>
            <LetterPreview vi={letter().vi} en={letter().en} label={t('letters.preview')} />
          </section>
        )}
      </Show>
    </Page>
  );
}
