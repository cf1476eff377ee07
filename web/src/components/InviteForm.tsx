import { action, useSubmission } from '@solidjs/router';
import { createEffect, on, Show } from 'solid-js';
import { invitationCreate } from '../../../shared/account';
import { t } from '../i18n';
import { api } from '../lib/api';
import { text, validate, type FormInput } from '../lib/forms';
import { useWorkspace } from '../lib/workspace';
import { Notice, ProblemAlert } from './Alert';
import { CopyField } from './CopyField';
import { Field } from './Field';
import { RoleOptions } from './RoleOptions';
import { SubmitButton } from './SubmitButton';

const inviteAction = action(async (slug: string, form: FormInput) => {
  const input = validate(invitationCreate, { email: text(form, 'email'), role: text(form, 'role') });
  return api.invite(slug, input);
}, 'invite');

/** Invites someone by e-mail, then shows the link so it can also be passed on by hand. */
export function InviteForm() {
  const ws = useWorkspace();
  const submission = useSubmission(inviteAction);
  // After sending, the e-mail is cleared for the next invitation; the role stays as chosen.
  let email!: HTMLInputElement;
  createEffect(on(() => submission.result, (sent) => sent && (email.value = '')));
  return (
    <section class="card">
      <h2>{t('invite.title')}</h2>
      <form action={inviteAction.with(ws().slug)} method="post" novalidate class="row-form">
        <Field label={t('account.email')} name="email" error={submission.error}>
          {(c) => <input {...c} ref={email} type="email" autocomplete="off" required />}
        </Field>
        <Field label={t('people.role')} name="role" error={submission.error}>
          {(c) => (
            <select {...c}>
              <RoleOptions myRole={ws().role} selected="editor" />
            </select>
          )}
        </Field>
        <SubmitButton pending={submission.pending}>{t('invite.submit')}</SubmitButton>
      </form>
      <ProblemAlert error={submission.error} />
      <Show when={submission.result}>
        {(sent) => (
          <Notice>
            <p>{t('invite.sent', { email: sent().email })}</p>
            <CopyField label={t('invite.link')} value={sent().acceptUrl} />
          </Notice>
        )}
      </Show>
    </section>
  );
}
