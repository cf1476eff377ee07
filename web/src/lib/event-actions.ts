import { action, redirect } from '@solidjs/router';
import { registrationCreate } from '../../../shared/events';
import { api } from './api';
import { optional, text, validate, type FormInput } from './forms';

/** What can be done to an event, its occurrences and its registrations; used by its detail and check-in pages. */

export const deleteEventAction = action(async (slug: string, id: string) => {
  await api.deleteEvent(slug, id);
  throw redirect(`/w/${slug}/events`);
}, 'deleteEvent');

export const cancelOccurrenceAction = action((slug: string, id: string, date: string) => api.updateOccurrence(slug, id, date, { cancelled: true }), 'cancelOccurrence');
export const restoreOccurrenceAction = action((slug: string, id: string, date: string) => api.restoreOccurrence(slug, id, date), 'restoreOccurrence');

export const registerMemberAction = action((slug: string, id: string, memberId: string) => api.register(slug, id, { memberId }), 'registerMember');
export const registerGuestAction = action(
  (slug: string, id: string, form: FormInput) => api.register(slug, id, validate(registrationCreate, { name: text(form, 'name'), email: optional(form, 'email') })),
  'registerGuest',
);
export const cancelRegistrationAction = action((slug: string, id: string, rid: string) => api.cancelRegistration(slug, id, rid), 'cancelRegistration');
export const checkInAction = action((slug: string, id: string, rid: string) => api.checkIn(slug, id, rid), 'checkIn');
