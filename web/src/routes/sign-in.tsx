import { A, action, redirect, useSearchParams, useSubmission } from '@solidjs/router';
import { signIn } from '../../../shared/account';
import { ProblemAlert } from '../components/Alert';
import { Field } from '../components/Field';
import { Page } from '../components/Page';
import { SubmitButton } from '../components/SubmitButton';
import { setLocale, t } from '../i18n';
import { api } from '../lib/api';
import { text, validate, type FormInput } from '../lib/forms';
import { linkWithNext, nextPath, setMe } from '../lib/session';

const signInAction = action(async (form: FormInput) => {
  await api.signIn(validate(signIn, { email: text(form, 'email'), password: text(form, 'password') }));
  const me = await api.me();
  setLocale(me.user.locale);
  setMe(me);
  throw redirect(nextPath(text(form, 'next')));
}, 'signIn');

export default function SignIn() {
  const [params] = useSearchParams<{ next?: string; email?: string }>();
  const submission = useSubmission(signInAction);
  return (
    <Page title={t('signIn.title')} narrow>
      <form action={signInAction} method="post" novalidate>
        <input type="hidden" name="next" value={params.next ?? ''} />
        <Field label={t('account.email')} name="email" error={submission.error}>
          {(c) => <input {...c} type="email" autocomplete="username" value={params.email ?? ''} required />}
        </Field>
        <Field label={t('account.password')} name="password" error={submission.error}>
          {(c) => <input {...c} type="password" autocomplete="current-password" required />}
        </Field>
        <ProblemAlert error={submission.error} />
        <SubmitButton pending={submission.pending}>{t('signIn.submit')}</SubmitButton>
      </form>
      <p class="aside">
        <A href="/forgot-password">{t('signIn.forgot')}</A>
      </p>
      <p class="aside">
        {t('signIn.noAccount')} <A href={linkWithNext('/sign-up', params.next, params.email)}>{t('signUp.submit')}</A>
      </p>
    </Page>
  );
}
