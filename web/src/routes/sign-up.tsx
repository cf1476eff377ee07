import { A, action, redirect, useSearchParams, useSubmission } from '@solidjs/router';
import { signUp } from '../../../shared/account';
import { ProblemAlert } from '../components/Alert';
import { Field } from '../components/Field';
import { Page } from '../components/Page';
import { SubmitButton } from '../components/SubmitButton';
import { locale, t } from '../i18n';
import { api } from '../lib/api';
import { text, validate, type FormInput } from '../lib/forms';
import { linkWithNext, nextPath, setMe } from '../lib/session';

const signUpAction = action(async (form: FormInput) => {
  const input = validate(signUp, { name: text(form, 'name'), email: text(form, 'email'), password: text(form, 'password') });
  await api.signUp(input);
  // A new account starts in the language the visitor already chose.
  await api.updateMe({ locale: locale() });
  setMe(await api.me());
  throw redirect(nextPath(text(form, 'next')));
}, 'signUp');

export default function SignUp() {
  const [params] = useSearchParams<{ next?: string; email?: string }>();
  const submission = useSubmission(signUpAction);
  return (
    <Page title={t('signUp.title')} narrow>
      <form action={signUpAction} method="post" novalidate>
        <input type="hidden" name="next" value={params.next ?? ''} />
        <Field label={t('account.name')} name="name" error={submission.error}>
          {(c) => <input {...c} autocomplete="name" required />}
        </Field>
        <Field label={t('account.email')} name="email" error={submission.error}>
          {(c) => <input {...c} type="email" autocomplete="email" value={params.email ?? ''} required />}
        </Field>
        <Field label={t('account.password')} name="password" hint={t('account.passwordHint')} error={submission.error}>
          {(c) => <input {...c} type="password" autocomplete="new-password" required minLength={10} />}
        </Field>
        <ProblemAlert error={submission.error} />
        <SubmitButton pending={submission.pending}>{t('signUp.submit')}</SubmitButton>
      </form>
      <p class="aside">
        {t('signUp.haveAccount')} <A href={linkWithNext('/sign-in', params.next, params.email)}>{t('signIn.submit')}</A>
      </p>
    </Page>
  );
}
