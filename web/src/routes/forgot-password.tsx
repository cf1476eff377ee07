import { action, useSubmission } from '@solidjs/router';
import { Show } from 'solid-js';
import { signUp } from '../../../shared/account';
import { Notice, ProblemAlert } from '../components/Alert';
import { Field } from '../components/Field';
import { Page } from '../components/Page';
import { SubmitButton } from '../components/SubmitButton';
import { t } from '../i18n';
import { api } from '../lib/api';
import { text, validate, type FormInput } from '../lib/forms';

const requestResetAction = action(async (form: FormInput) => {
  const { email } = validate(signUp.pick({ email: true }), { email: text(form, 'email') });
  await api.requestPasswordReset(email);
  return true;
}, 'requestPasswordReset');

export default function ForgotPassword() {
  const submission = useSubmission(requestResetAction);
  return (
    <Page title={t('forgotPassword.title')} intro={t('forgotPassword.intro')} narrow>
      <Show when={submission.result} fallback={
        <form action={requestResetAction} method="post" novalidate>
          <Field label={t('account.email')} name="email" error={submission.error}>
            {(c) => <input {...c} type="email" autocomplete="email" required />}
          </Field>
          <ProblemAlert error={submission.error} />
          <SubmitButton pending={submission.pending}>{t('forgotPassword.submit')}</SubmitButton>
        </form>
      }>
        <Notice>{t('forgotPassword.sent')}</Notice>
      </Show>
    </Page>
  );
}
