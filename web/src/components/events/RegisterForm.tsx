import { createAsync, useSubmission } from '@solidjs/router';
import { createEffect, createMemo, For, on, Show } from 'solid-js';
import { t } from '../../i18n';
import type { Registration } from '../../lib/api';
import { registerGuestAction, registerMemberAction } from '../../lib/event-actions';
import { getMemberChoices } from '../../lib/queries';
import { createSearch } from '../../lib/search';
import { useWorkspace } from '../../lib/workspace';
import { ActionButton } from '../ActionButton';
import { Notice, ProblemAlert } from '../Alert';
import { Field } from '../Field';
import { SubmitButton } from '../SubmitButton';
import { RegistrationBadge } from './RegistrationBadge';

/** "Registered" or "on the waiting list", after someone was added. */
function RegisteredNotice(props: { result: Registration | undefined }) {
  return (
    <Show when={props.result}>
      {(r) => <Notice>{t(r().status === 'waitlisted' ? 'events.waitlistedNotice' : 'events.registeredNotice', { name: r().name })}</Notice>}
    </Show>
  );
}

/** Registers a member found by name (diacritics optional) or a guest by name and e-mail (editors). */
export function RegisterForm(props: { eventId: string; registrations: Registration[] | undefined }) {
  const ws = useWorkspace();
  const [query, type] = createSearch();
  const members = createAsync(async () => (query().length >= 2 ? getMemberChoices(ws().slug, query()) : []));
  // A member already registered, waiting or present shows that status instead of a button.
  const statusOf = createMemo(() => new Map(props.registrations?.filter((r) => r.status !== 'cancelled' && r.memberId).map((r) => [r.memberId!, r.status])));
  const member = useSubmission(registerMemberAction);
  const guest = useSubmission(registerGuestAction);
  let guestForm!: HTMLFormElement;
  createEffect(on(() => guest.result, (added) => added && guestForm.reset()));
  return (
    <div class="register">
      <section class="card">
        <h3>{t('events.registerMember')}</h3>
        <Field label={t('events.findMember')} name="member" hint={t('events.findMemberHint')} error={undefined}>
          {(c) => <input {...c} type="search" autocomplete="off" onInput={(e) => type(e.currentTarget.value)} />}
        </Field>
        <ul class="pick-list">
          <For each={members()}>
            {(m) => (
              <li>
                <span>
                  {m.fullName}
                  <Show when={m.email}>
                    <small class="muted"> · {m.email}</small>
                  </Show>
                </span>
                <Show when={statusOf().get(m.id)} fallback={<ActionButton action={registerMemberAction.with(ws().slug, props.eventId, m.id)}>{t('events.register')}</ActionButton>}>
                  {(status) => <RegistrationBadge status={status()} />}
                </Show>
              </li>
            )}
          </For>
        </ul>
        <Show when={query().length >= 2 && members()?.length === 0}>
          <p class="empty">{t('events.noMemberFound')}</p>
        </Show>
        <ProblemAlert error={member.error} />
        <RegisteredNotice result={member.result} />
      </section>
      <section class="card">
        <h3>{t('events.registerGuest')}</h3>
        <form ref={guestForm} action={registerGuestAction.with(ws().slug, props.eventId)} method="post" novalidate>
          <Field label={t('account.name')} name="name" error={guest.error}>
            {(c) => <input {...c} autocomplete="off" required />}
          </Field>
          <Field label={t('account.email')} name="email" error={guest.error}>
            {(c) => <input {...c} type="email" autocomplete="off" />}
          </Field>
          <ProblemAlert error={guest.error} />
          <RegisteredNotice result={guest.result} />
          <SubmitButton pending={guest.pending}>{t('events.register')}</SubmitButton>
        </form>
      </section>
    </div>
  );
}
