import { action, useSubmission } from '@solidjs/router';
import { Show } from 'solid-js';
import { z } from 'zod';
import { slug } from '../../../shared/workspace';
import { t } from '../i18n';
import { api } from '../lib/api';
import { text, validate, type FormInput } from '../lib/forms';
import { useWorkspace } from '../lib/workspace';
import { ActionButton } from './ActionButton';
import { ProblemAlert } from './Alert';
import { Field } from './Field';
import { ParentStatus } from './StatusBadge';
import { SubmitButton } from './SubmitButton';

const requestParentAction = action(async (workspace: string, form: FormInput) => {
  const { parent } = validate(z.object({ parent: slug }), { parent: text(form, 'parent').trim() });
  return api.requestParent(workspace, parent);
}, 'requestParent');

const leaveParentAction = action((workspace: string) => api.leaveParent(workspace), 'leaveParent');

/** The parent organisation: its status, leaving it, or asking to join one (admins). */
export function ParentForm() {
  const ws = useWorkspace();
  const request = useSubmission(requestParentAction);
  const leave = useSubmission(leaveParentAction);
  return (
    <section class="card">
      <h2>{t('workspace.parent')}</h2>
      <p>
        <ParentStatus parent={ws().parent} />
      </p>
      <Show when={ws().parent}>
        {(parent) => (
          <ActionButton action={leaveParentAction.with(ws().slug)} confirm={t('settings.leaveConfirm', { parent: parent().slug })} class="danger">
            {t('settings.leaveParent')}
          </ActionButton>
        )}
      </Show>
      <ProblemAlert error={leave.error} />
      <form action={requestParentAction.with(ws().slug)} method="post" novalidate class="row-form">
        <Field label={t('settings.parentSlug')} name="parent" hint={t('settings.parentHint')} error={request.error}>
          {(c) => <input {...c} autocomplete="off" autocapitalize="none" spellcheck={false} required />}
        </Field>
        <SubmitButton pending={request.pending}>{t('settings.requestParent')}</SubmitButton>
      </form>
      <ProblemAlert error={request.error} />
    </section>
  );
}
