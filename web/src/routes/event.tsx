import { A, createAsync, useParams, useSubmission } from '@solidjs/router';
import { Show } from 'solid-js';
import { eventTypeLabels } from '../../../shared/events';
import { hasRole } from '../../../shared/workspace';
import { ActionButton } from '../components/ActionButton';
import { ProblemAlert } from '../components/Alert';
import { EventFacts } from '../components/events/EventFacts';
import { OccurrenceList } from '../components/events/OccurrenceList';
import { RegistrationSection } from '../components/events/RegistrationSection';
import { Page } from '../components/Page';
import { t } from '../i18n';
import { eventIcsHref } from '../lib/api';
import { deleteEventAction } from '../lib/event-actions';
import { labelOf, localTitle } from '../lib/event-format';
import { getEvent } from '../lib/queries';
import { useWorkspace } from '../lib/workspace';

/** One event: its facts, its occurrences when it repeats, and who registered. */
export default function EventDetail() {
  const ws = useWorkspace();
  const params = useParams<{ id: string }>();
  const event = createAsync(() => getEvent(ws().slug, params.id));
  const deletion = useSubmission(deleteEventAction);
  const base = () => `/w/${ws().slug}/events/${params.id}`;
  return (
    <Show when={event()}>
      {(ev) => (
        <Page title={localTitle(ev())}>
          <p class="eyebrow">
            <A href={`/w/${ws().slug}/events`}>{t('events.title')}</A> · {labelOf(eventTypeLabels, ev().type)}
          </p>
          <div class="button-row event-actions">
            <Show when={hasRole(ws().role, 'editor')}>
              <A href={`${base()}/check-in`} class="button primary">
                {t('checkIn.title')}
              </A>
              <A href={`${base()}/edit`} class="button">
                {t('events.change')}
              </A>
            </Show>
            <a href={eventIcsHref(ws().slug, ev().id)} download={`${ev().id}.ics`} class="button" title={t('events.icsHint')}>
              {t('events.downloadIcs')}
            </a>
            <Show when={hasRole(ws().role, 'editor')}>
              <ActionButton action={deleteEventAction.with(ws().slug, ev().id)} confirm={t('events.deleteConfirm', { title: ev().title })} class="danger">
                {t('events.delete')}
              </ActionButton>
            </Show>
          </div>
          <ProblemAlert error={deletion.error} />
          <EventFacts event={ev()} />
          <Show when={ev().rrule}>
            <OccurrenceList event={ev()} />
          </Show>
          <RegistrationSection event={ev()} />
        </Page>
      )}
    </Show>
  );
}
