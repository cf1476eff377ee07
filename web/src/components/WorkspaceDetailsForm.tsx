import { action, useSubmission } from '@solidjs/router';
import { Show } from 'solid-js';
import { workspacePatch } from '../../../shared/workspace';
import { t } from '../i18n';
import { api } from '../lib/api';
import { validate, type FormInput } from '../lib/forms';
import { useWorkspace } from '../lib/workspace';
import { Notice, ProblemAlert } from './Alert';
import { SubmitButton } from './SubmitButton';
import { CodeField, CountriesField, NameField, workspaceDetails } from './WorkspaceFields';

const updateWorkspaceAction = action(
  (slug: string, form: FormInput) => api.updateWorkspace(slug, validate(workspacePatch, workspaceDetails(form))),
  'updateWorkspace',
);

/** Name, document code and partner countries of the workspace (admins). */
export function WorkspaceDetailsForm() {
  const ws = useWorkspace();
  const submission = useSubmission(updateWorkspaceAction);
  return (
    <section class="card">
      <h2>{t('settings.workspace')}</h2>
      <form action={updateWorkspaceAction.with(ws().slug)} method="post" novalidate>
        <NameField error={submission.error} value={ws().name} />
        <CodeField error={submission.error} value={ws().code} />
        <CountriesField error={submission.error} value={ws().countries.join(', ')} />
        <ProblemAlert error={submission.error} />
        <Show when={submission.result}>
          <Notice>{t('common.saved')}</Notice>
        </Show>
        <SubmitButton pending={submission.pending}>{t('common.save')}</SubmitButton>
      </form>
    </section>
  );
}
