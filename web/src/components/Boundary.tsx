import { A, Navigate, useLocation } from '@solidjs/router';
import { ErrorBoundary, Show, Suspense, type JSX } from 'solid-js';
import { t } from '../i18n';
import { ApiError } from '../lib/api';
import { linkWithNext } from '../lib/session';
import { ProblemAlert } from './Alert';

/** Shows "loading" while its content waits for data, and a translated message if it fails. */
export function Boundary(props: { children: JSX.Element }) {
  return (
    <ErrorBoundary fallback={(error) => <Failure error={error} />}>
      <Suspense fallback={<p class="loading">{t('common.loading')}</p>}>{props.children}</Suspense>
    </ErrorBoundary>
  );
}

/** An ended session sends the user to sign in and back; anything else is explained. */
function Failure(props: { error: unknown }) {
  const location = useLocation();
  const signedOut = () => props.error instanceof ApiError && props.error.status === 401;
  return (
    <Show when={!signedOut()} fallback={<Navigate href={linkWithNext('/sign-in', location.pathname)} />}>
      <div class="page">
        <ProblemAlert error={props.error} />
        <p>
          <A href="/">{t('common.home')}</A>
        </p>
      </div>
    </Show>
  );
}
