import { action, createAsync, redirect, useParams, useSubmission } from '@solidjs/router';
import { Show } from 'solid-js';
import { eventCreate } from '../../../shared/events';
import { EventForm } from '../components/events/EventForm';
import { Page } from '../components/Page';
import { t } from '../i18n';
import { api } from '../lib/api';
import { eventInput } from '../lib/event-form';
import { validate, type FormInput } from '../lib/forms';
import { getEvent } from '../lib/queries';
import { useWorkspace } from '../lib/workspace';

const updateEventAction = action(async (slug: string, id: string, form: FormInput) => {
  await api.updateEvent(slug, id, validate(eventCreate, eventInput(form)));
  throw redirect(`/w/${slug}/events/${id}`);
}, 'updateEvent');

export default function EditEvent() {
  const ws = useWorkspace();
  const params = useParams<{ id: string }>();
  const event = createAsync(() => getEvent(ws().slug, params.id));
  const submission = useSubmission(updateEventAction);
  return (
    <Page title={t('events.edit')}>
      <Show when={event()}>
        {(ev) => (
          <EventForm
            event={ev()}
            action={updateEventAction.with(ws().slug, ev().id)}
            error={submission.error}
            pending={submission.pending}
            submit={t('common.save')}
          />
        )}
      </Show>
    </Page>
  );
}
