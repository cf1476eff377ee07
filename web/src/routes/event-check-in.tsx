import { A, createAsync, useParams, useSubmission } from '@solidjs/router';
import { For, Match, Show, Switch } from 'solid-js';
import { ActionButton } from '../components/ActionButton';
import { Notice, ProblemAlert } from '../components/Alert';
import { RegistrationBadge } from '../components/events/RegistrationBadge';
import { RegistrationCounts } from '../components/events/RegistrationCounts';
import { Page } from '../components/Page';
import { t } from '../i18n';
import { checkInAction } from '../lib/event-actions';
import { localTitle } from '../lib/event-format';
import { formatTime, formatWhen } from '../lib/event-time';
import { getEvent, getRegistrations } from '../lib/queries';
import { createSearch } from '../lib/search';
import { useWorkspace } from '../lib/workspace';

/**
 * At the door, on a phone: find a person by a few letters of their name or e-mail (diacritics
 * optional: "nguyen van an" finds "Nguyễn Văn An") and check them in with one tap.
 */
export default function CheckIn() {
  const ws = useWorkspace();
  const params = useParams<{ id: string }>();
  const event = createAsync(() => getEvent(ws().slug, params.id));
  const [query, type] = createSearch(150);
  const people = createAsync(() => getRegistrations(ws().slug, params.id, query() || undefined));
  const shown = () => people()?.filter((r) => r.status !== 'cancelled');
  const checking = useSubmission(checkInAction);
  return (
    <Show when={event()}>
      {(ev) => (
        <Page title={t('checkIn.title')}>
          <p class="eyebrow">
            <A href={`/w/${ws().slug}/events/${ev().id}`}>{localTitle(ev())}</A> · {formatWhen(ev().startsAt, ev().endsAt)}
          </p>
          <div class="check-in">
            <RegistrationCounts event={ev()} />
            <input
              type="search"
              class="check-in-search"
              aria-label={t('checkIn.search')}
              placeholder={t('checkIn.search')}
              autocomplete="off"
              enterkeyhint="search"
              onInput={(e) => type(e.currentTarget.value)}
            />
            <ProblemAlert error={checking.error} />
            <Show when={checking.result}>{(r) => <Notice>{t('checkIn.done', { name: r().name })}</Notice>}</Show>
            <ul class="check-in-list" aria-label={t('events.registrations')}>
              <For each={shown()}>
                {(r) => (
                  <li class="check-in-row">
                    <span class="who">
                      <strong>{r.name}</strong>
                      <Show when={r.email}>
                        <small>{r.email}</small>
                      </Show>
                    </span>
                    <Switch fallback={<RegistrationBadge status={r.status} />}>
                      <Match when={r.status === 'registered'}>
                        <ActionButton action={checkInAction.with(ws().slug, ev().id, r.id)} class="primary">
                          {t('checkIn.submit')}
                        </ActionButton>
                      </Match>
                      <Match when={r.status === 'attended'}>
                        <span class="checked-in">
                          ✓ {t('checkIn.present')} {r.checkedInAt ? formatTime(r.checkedInAt) : ''}
                        </span>
                      </Match>
                    </Switch>
                  </li>
                )}
              </For>
            </ul>
            <Show when={shown()?.length === 0}>
              <p class="empty">{query() ? t('checkIn.noMatch') : t('events.noRegistrations')}</p>
            </Show>
          </div>
        </Page>
      )}
    </Show>
  );
}
