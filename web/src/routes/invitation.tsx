import { A, action, createAsync, redirect, useParams, useSubmission } from '@solidjs/router';
import { Show } from 'solid-js';
import { ProblemAlert } from '../components/Alert';
import { Page } from '../components/Page';
import { SubmitButton } from '../components/SubmitButton';
import { t } from '../i18n';
import { api } from '../lib/api';
import { getInvitation, getMe } from '../lib/queries';
import { linkWithNext } from '../lib/session';

const acceptAction = action(async (token: string) => {
  const { workspace } = await api.acceptInvitation(token);
  throw redirect(`/w/${workspace.slug}`);
}, 'acceptInvitation');

/** What an invitation link offers; signed out, a way to sign in or up that comes back here. */
export default function InvitationPage() {
  const params = useParams<{ token: string }>();
  const invitation = createAsync(() => getInvitation(params.token));
  const me = createAsync(() => getMe());
  const submission = useSubmission(acceptAction);
  const here = () => `/invitations/${params.token}`;
  return (
    <Page title={t('invitation.title')} narrow>
      <Show when={invitation()}>
        {(inv) => (
          <>
            <p class="lead">
              {t('invitation.body', { workspace: inv().workspace.name, role: t(`role.${inv().role}`) })}
            </p>
            <p class="muted">{t(`kind.${inv().workspace.kind}`)}</p>
            <p>{t('invitation.for', { email: inv().email })}</p>
            <Show
              when={me()}
              fallback={
                <>
                  <p>{t('invitation.signInFirst')}</p>
                  <div class="button-row">
                    <A class="button primary" href={linkWithNext('/sign-in', here(), inv().email)}>
                      {t('signIn.submit')}
                    </A>
                    <A class="button" href={linkWithNext('/sign-up', here(), inv().email)}>
                      {t('signUp.submit')}
                    </A>
                  </div>
                </>
              }
            >
              {(m) => (
                <form action={acceptAction.with(params.token)} method="post">
                  <p class="muted">{t('invitation.signedInAs', { email: m().user.email })}</p>
                  <ProblemAlert error={submission.error} />
                  <SubmitButton pending={submission.pending}>{t('invitation.accept')}</SubmitButton>
                </form>
              )}
            </Show>
          </>
        )}
      </Show>
    </Page>
  );
}
