import { createAsync, useSearchParams, useSubmission } from '@solidjs/router';
import { Show } from 'solid-js';
import { CorrespondenceTabs } from '../components/correspondence/CorrespondenceTabs';
import { LetterForm } from '../components/correspondence/LetterForm';
import { RenderedLetterView } from '../components/correspondence/LetterPreview';
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
  const form = () => (
    <>
      {/* Keyed by id: after an action the templates are fetched again, as equal but new objects. */}
      <Show when={template()?.id} keyed>
        <TemplatePicker templates={templates() ?? []} chosen={template()!} choose={(id) => setParams({ template: id }, { replace: true })} />
        <LetterForm template={template()!} error={submission.error} pending={submission.pending} />
      </Show>
      {/* Keyed: each new preview comes into view. */}
      <Show when={preview()} keyed>
        {(letter) => (
          <div ref={reveal}>
            <RenderedLetterView letter={letter} />
          </div>
        )}
      </Show>
    </>
  );
  return (
    <Page title={t('letters.title')} intro={t('letters.intro')}>
      <CorrespondenceTabs />
      {/* Once issued, the form gives way to the number: issuing the same letter twice would take a second one. */}
      <Show when={issued()} fallback={form()}>
        {(doc) => (
          <div ref={reveal}>
            <RegisteredNotice doc={doc()} again={t('letters.another')} onAgain={() => submission.clear()} />
          </div>
        )}
      </Show>
    </Page>
  );
}
