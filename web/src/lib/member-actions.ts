import { action, redirect } from '@solidjs/router';
import { duesRatesPut, paymentCreate } from '../../../shared/dues';
import { positionCreate, positionPatch, termCreate } from '../../../shared/leadership';
import { memberCategories, memberCreate, memberPatch } from '../../../shared/members';
import { api } from './api';
import { registerToday } from './correspondence-format';
import { orNull, parseWhole, text, validate, type FormInput } from './forms';
import { memberInput } from './member-form';

/** What can be done to the register, the leadership and the dues. */

// Actions that validate are async: a synchronous throw would escape the router's submission.
export const createMemberAction = action(async (slug: string, form: FormInput) => {
  const created = await api.createMember(slug, validate(memberCreate, memberInput(form)));
  throw redirect(`/w/${slug}/members/${created.id}`);
}, 'createMember');

export const updateMemberAction = action(async (slug: string, id: string, form: FormInput) => api.updateMember(slug, id, validate(memberPatch, memberInput(form))), 'updateMember');
export const archiveMemberAction = action((slug: string, id: string) => api.archiveMember(slug, id), 'archiveMember');
export const restoreMemberAction = action((slug: string, id: string) => api.restoreMember(slug, id), 'restoreMember');

export const createTermAction = action(
  async (slug: string, form: FormInput) =>
    api.createTerm(slug, validate(termCreate, { name: text(form, 'name'), startsOn: text(form, 'startsOn'), endsOn: orNull(form, 'endsOn'), congress: orNull(form, 'congress') })),
  'createTerm',
);

export const assignPositionAction = action(
  async (slug: string, form: FormInput) =>
    api.assignPosition(
      slug,
      validate(positionCreate, {
        termId: text(form, 'termId'),
        memberId: text(form, 'memberId'),
        body: text(form, 'body'),
        title: text(form, 'title'),
        startsOn: orNull(form, 'startsOn'),
        endsOn: orNull(form, 'endsOn'),
      }),
    ),
  'assignPosition',
);

/** Corrects a position: its body, title or dates (an empty start: the term's). */
export const updatePositionAction = action(
  async (slug: string, id: string, form: FormInput) =>
    api.updatePosition(
      slug,
      id,
      validate(positionPatch, { body: text(form, 'body'), title: text(form, 'title'), startsOn: orNull(form, 'startsOn'), endsOn: orNull(form, 'endsOn') }),
    ),
  'updatePosition',
);

/** Someone leaves a position: its last day is the date given. */
export const endPositionAction = action(async (slug: string, id: string, form: FormInput) => api.updatePosition(slug, id, validate(positionPatch, { endsOn: text(form, 'endsOn') })), 'endPosition');

/** Removes a position recorded by mistake (leaving one is ending it). */
export const removePositionAction = action((slug: string, id: string) => api.removePosition(slug, id), 'removePosition');

/** The amounts typed for each category; an empty one keeps its amount. */
export const setDuesRatesAction = action(async (slug: string, year: number, form: FormInput) => {
  const amounts = Object.fromEntries(memberCategories.map((c) => [c, parseWhole(text(form, c)) ?? undefined]));
  return api.setDuesRates(slug, year, validate(duesRatesPut, amounts));
}, 'setDuesRates');

/** Records a payment of the year's dues, paid today: all that is owed or a part (payments add up). */
export const recordPaymentAction = action(
  async (slug: string, year: number, memberId: string, form: FormInput) =>
    api.recordPayment(slug, validate(paymentCreate, { memberId, year, amount: parseWhole(text(form, 'amount')), paidOn: registerToday() })),
  'recordPayment',
);

/** Removes a payment recorded by mistake. */
export const removePaymentAction = action((slug: string, id: string) => api.removePayment(slug, id), 'removePayment');

/** Checks (dryRun) or imports a CSV file, telling `onProgress` how much has been sent (0 to 1). */
export const importMembersAction = action(
  (slug: string, file: File, dryRun: boolean, onProgress: (sent: number) => void) => api.importMembers(slug, file, dryRun, onProgress),
  'importMembers',
);
