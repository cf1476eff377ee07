import { useSubmission } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { narrativeMaxLength, narrativeSections, type Report } from '../../../../shared/reports';
import { t } from '../../i18n';
import { saveNarrativeAction } from '../../lib/report-actions';
import { useWorkspace } from '../../lib/workspace';
import { Notice, ProblemAlert } from '../Alert';
import { Field } from '../Field';
import { SubmitButton } from '../SubmitButton';

/** The four narrative sections of a draft, saved together (editors). */
export function NarrativeForm(props: { report: Report }) {
  const ws = useWorkspace();
  const submission = useSubmission(saveNarrativeAction);
  return (
    <form action={saveNarrativeAction.with(ws().slug, props.report.id)} method="post" novalidate class="card narrative-form">
      <For each={narrativeSections}>
        {(section) => (
          <Field label={t(`reports.section.${section}`)} name={section} error={submission.error}>
            {(c) => <textarea {...c} rows={6} maxlength={narrativeMaxLength} value={props.report[section]} />}
          </Field>
        )}
      </For>
      <ProblemAlert error={submission.error} />
      <Show when={submission.result && !submission.pending && !submission.error}>
        <Notice>{t('common.saved')}</Notice>
      </Show>
      <SubmitButton pending={submission.pending}>{t('reports.save')}</SubmitButton>
    </form>
  );
}
