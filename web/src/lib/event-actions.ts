import { action, redirect } from '@solidjs/router';
import { registrationCreate, relationSince } from '../../../shared/events';
import { api, type User } from './api';
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
  async (slug: string, id: string, form: FormInput) => api.register(slug, id, validate(registrationCreate, { name: text(form, 'name'), email: optional(form, 'email') })),
  'registerGuest',
);
export const cancelRegistrationAction = action((slug: string, id: string, rid: string) => api.cancelRegistration(slug, id, rid), 'cancelRegistration');
export const checkInAction = action((slug: string, id: string, rid: string) => api.checkIn(slug, id, rid), 'checkIn');

/**
 * A viewer registers themselves: as the member of the register whose e-mail is their account's
 * when there is one, else as a guest under their account (the API allows nothing else).
 */
export const registerSelfAction = action(async (slug: string, id: string, user: Pick<User, 'name' | 'email'>) => {
  const email = user.email.toLowerCase();
  const found = await api.memberChoices(slug, email).catch(() => ({ items: [] }));
  const member = found.items.find((m) => m.email?.toLowerCase() === email);
  return api.register(slug, id, member ? { memberId: member.id } : { name: user.name });
}, 'registerSelf');

/** The date (or year) relations with `country` began, as this workspace records it. */
export const saveRelationAction = action(
  // async, so that a refused form becomes the submission's error rather than a throw before it starts.
  async (slug: string, country: string, form: FormInput) => api.setRelation(slug, country, validate(relationSince, { since: text(form, 'since').trim() }).since),
  'saveRelation',
);
export const resetRelationAction = action((slug: string, country: string) => api.resetRelation(slug, country), 'resetRelation');
