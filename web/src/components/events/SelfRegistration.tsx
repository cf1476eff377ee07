import { createAsync, useSubmission } from '@solidjs/router';
import { createMemo, Show } from 'solid-js';
import { t } from '../../i18n';
import type { EventView, Registration } from '../../lib/api';
import { cancelRegistrationAction, registerSelfAction } from '../../lib/event-actions';
import { getMe } from '../../lib/queries';
import { useWorkspace } from '../../lib/workspace';
import { ActionButton } from '../ActionButton';
import { ProblemAlert } from '../Alert';
import { RegistrationBadge } from './RegistrationBadge';

/**
 * A viewer's own place: "Register me" while registration is open, else their status and
 * "Cancel my registration". Their registration is the one under their account's e-mail — the
 * only one the API lets them make.
 */
export function SelfRegistration(props: { event: EventView; registrations: Registration[] | undefined }) {
  const ws = useWorkspace();
  const me = createAsync(() => getMe());
  const mine = createMemo(() => props.registrations?.find((r) => r.mine && r.status !== 'cancelled'));
  const registering = useSubmission(registerSelfAction);
  return (
    <Show when={me()}>
      {(m) => (
        <section class="card self-registration">
          <h3>{t('events.selfTitle')}</h3>
          <Show
            when={mine()}
            fallback={
              <Show when={props.event.registrationOpen} fallback={<p class="empty">{t('events.selfClosed')}</p>}>
                <p class="hint">{t('events.registerSelfHint', { email: m().user.email })}</p>
                <ActionButton action={registerSelfAction.with(ws().slug, props.event.id, { name: m().user.name, email: m().user.email })} class="primary">
                  {t('events.registerSelf')}
                </ActionButton>
              </Show>
            }
          >
            {(r) => (
              <div class="button-row">
                <span>
                  {m().user.name} · <RegistrationBadge status={r().status} />
                </span>
                <Show when={r().status !== 'attended'}>
                  <ActionButton action={cancelRegistrationAction.with(ws().slug, props.event.id, r().id)} confirm={t('events.cancelSelfConfirm')} class="danger">
                    {t('events.cancelSelf')}
                  </ActionButton>
                </Show>
              </div>
            )}
          </Show>
          <ProblemAlert error={registering.error} />
        </section>
      )}
    </Show>
  );
}
