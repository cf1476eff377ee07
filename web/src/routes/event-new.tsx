import { action, redirect, useSearchParams, useSubmission } from '@solidjs/router';
import { eventCreate, eventTypes, type EventType } from '../../../shared/events';
import { isCountryCode } from '../../../shared/countries';
import { parseDate } from '../../../shared/time';
import { EventForm, type EventDraft } from '../components/events/EventForm';
import { Page } from '../components/Page';
import { t } from '../i18n';
import { api } from '../lib/api';
import { eventInput } from '../lib/event-form';
import { dayOf } from '../lib/event-time';
import { validate, type FormInput } from '../lib/forms';
import { useWorkspace } from '../lib/workspace';

const createEventAction = action(async (slug: string, form: FormInput) => {
  const created = await api.createEvent(slug, validate(eventCreate, eventInput(form)));
  throw redirect(`/w/${slug}/events/${created.id}`);
}, 'createEvent');

/** ?date=&type=&title=&country= start the form, e.g. from a day of the month or an occasion. */
function draftOf(params: Partial<Record<string, string>>): EventDraft {
  const { date, type, title, country } = params;
  return {
    day: date && parseDate(date) ? date : dayOf(Date.now() + 86_400_000),
    type: eventTypes.find((x): x is EventType => x === type),
    title,
    countries: country && isCountryCode(country) ? [country] : undefined,
  };
}

export default function NewEvent() {
  const ws = useWorkspace();
  const [params] = useSearchParams();
  const submission = useSubmission(createEventAction);
  return (
    <Page title={t('events.new')}>
      <EventForm
        draft={draftOf(params as Record<string, string>)}
        action={createEventAction.with(ws().slug)}
        error={submission.error}
        pending={submission.pending}
        submit={t('events.create')}
      />
    </Page>
  );
}
