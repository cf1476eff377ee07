import { A, action, useSearchParams, useSubmission } from '@solidjs/router';
import { Show } from 'solid-js';
import { signUp } from '../../../shared/account';
import { Notice, ProblemAlert } from '../components/Alert';
import { Field } from '../components/Field';
import { Page } from '../components/Page';
import { SubmitButton } from '../components/SubmitButton';
import { t } from '../i18n';
import { api } from '../lib/api';
import { text, validate, type FormInput } from '../lib/forms';

const resetPasswordAction = action(async (token: string, form: FormInput) => {
  const { password } = validate(signUp.pick({ password: true }), { password: text(form, 'password') });
  await api.resetPassword(token, password);
  return true;
}, 'resetPassword');

export default function ResetPassword() {
  const [params] = useSearchParams<{ token?: string }>();
  const submission = useSubmission(resetPasswordAction);
  return (
    <Page title={t('resetPassword.title')} narrow>
      <Show when={params.token} fallback={<p class="alert alert-error">{t('resetPassword.missingToken')}</p>}>
        {(token) => (
          <Show when={submission.result} fallback={
            <form action={resetPasswordAction.with(token())} method="post" novalidate>
              <Field label={t('account.newPassword')} name="password" hint={t('account.passwordHint')} error={submission.error}>
                {(c) => <input {...c} type="password" autocomplete="new-password" required minLength={10} />}
              </Field>
              <ProblemAlert error={submission.error} />
              <SubmitButton pending={submission.pending}>{t('resetPassword.submit')}</SubmitButton>
            </form>
          }>
            <Notice>
              {t('resetPassword.done')} <A href="/sign-in">{t('signIn.submit')}</A>
            </Notice>
          </Show>
        )}
      </Show>
    </Page>
  );
}
