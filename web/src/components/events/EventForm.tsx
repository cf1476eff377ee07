import type { Action } from '@solidjs/router';
import { createSignal } from 'solid-js';
import { eventFormatLabels, eventFormats, eventTypeLabels, eventTypes, type EventFormat, type EventType } from '../../../../shared/events';
import { t } from '../../i18n';
import type { EventView } from '../../lib/api';
import { isDelegation } from '../../lib/event-form';
import { ProblemAlert } from '../Alert';
import { PartnerPicker } from '../partners/PartnerPicker';
import { SubmitButton } from '../SubmitButton';
import { CountriesPicker } from './CountriesPicker';
import { DelegationFields } from './DelegationFields';
import { TextArea, TextInput, WholeInput } from './Inputs';
import { LabelSelect } from './LabelOptions';
import { OutcomesFields } from './OutcomesFields';
import { ScheduleFields } from './ScheduleFields';

/** What a new event starts from (e.g. an occasion it is planned for). */
export interface EventDraft {
  day: string;
  type?: EventType;
  title?: string;
  countries?: string[];
}

interface EventFormProps {
  /** The event being edited, or nothing for a new one. */
  event?: EventView;
  /** For a new event. */
  draft?: EventDraft;
  /** The form's action with its route arguments bound; it receives the FormData. */
  action: Action<[FormData], unknown>;
  error: unknown;
  pending: boolean | undefined;
  submit: string;
}

/** Every field of an event (API.md "Events"), checked with the shared schema before it is sent. */
export function EventForm(props: EventFormProps) {
  const ev = props.event;
  const [type, setType] = createSignal<EventType>(ev?.type ?? props.draft?.type ?? 'meeting');
  const [format, setFormat] = createSignal<EventFormat>(ev?.format ?? 'in_person');
  return (
    <form action={props.action} method="post" novalidate class="card event-form">
      <fieldset>
        <legend>{t('events.basics')}</legend>
        <LabelSelect label={t('events.type')} name="type" values={eventTypes} labels={eventTypeLabels} selected={type()} onChange={setType} error={props.error} />
        <TextInput label={t('events.titleVi')} name="title" value={ev?.title ?? props.draft?.title} required error={props.error} />
        <TextInput label={t('events.titleEn')} name="titleEn" value={ev?.titleEn} error={props.error} />
        <TextArea label={t('events.description')} name="description" value={ev?.description} error={props.error} />
      </fieldset>
      <ScheduleFields startsAt={ev?.startsAt} endsAt={ev?.endsAt} timeZone={ev?.timeZone} rrule={ev?.rrule} day={props.draft?.day ?? ''} error={props.error} />
      <fieldset>
        <legend>{t('events.place')}</legend>
        <LabelSelect label={t('events.format')} name="format" values={eventFormats} labels={eventFormatLabels} selected={format()} onChange={setFormat} error={props.error} />
        <div hidden={format() === 'in_person'}>
          <WholeInput label={t('events.connectionPoints')} name="connectionPoints" value={ev?.connectionPoints} hint={t('events.connectionPointsHint')} error={props.error} />
        </div>
        <TextInput label={t('events.location')} name="location" value={ev?.location} error={props.error} />
        <CountriesPicker label={t('events.countries')} value={ev?.countries ?? props.draft?.countries ?? []} error={props.error} />
        <PartnerPicker label={t('partners.eventPartners')} name="partnerIds" hint={t('partners.eventPartnersHint')} value={ev?.partnerIds ?? []} error={props.error} />
        <TextInput label={t('events.organisers')} name="organisers" value={ev?.organisers.join(', ')} hint={t('events.organisersHint')} error={props.error} />
      </fieldset>
      <fieldset>
        <legend>{t('events.registration')}</legend>
        <div class="field-row">
          <WholeInput label={t('events.capacity')} name="capacity" value={ev?.capacity} hint={t('events.capacityHint')} error={props.error} />
          <WholeInput label={t('events.participants')} name="participants" value={ev?.participants} hint={t('events.participantsHint')} error={props.error} />
        </div>
        <label class="check">
          <input type="checkbox" name="registrationOpen" checked={ev?.registrationOpen ?? true} />
          {t('events.registrationOpen')}
        </label>
      </fieldset>
      <DelegationFields value={ev?.delegation ?? null} hidden={!isDelegation(type())} error={props.error} />
      <OutcomesFields value={ev?.outcomes ?? null} error={props.error} />
      <ProblemAlert error={props.error} />
      <SubmitButton pending={props.pending}>{props.submit}</SubmitButton>
    </form>
  );
}
