import { action, redirect } from '@solidjs/router';
import { duesRatesPut } from '../../../shared/dues';
import { positionCreate, termCreate } from '../../../shared/leadership';
import { memberCategories, memberCreate, memberPatch } from '../../../shared/members';
import { api } from './api';
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

/** The amounts typed for each category; an empty one keeps its amount. */
export const setDuesRatesAction = action(async (slug: string, year: number, form: FormInput) => {
  const amounts = Object.fromEntries(memberCategories.map((c) => [c, parseWhole(text(form, c)) ?? undefined]));
  return api.setDuesRates(slug, year, validate(duesRatesPut, amounts));
}, 'setDuesRates');

/** Records that a member paid what they still owe for the year. */
export const recordPaymentAction = action((slug: string, year: number, memberId: string, amount: number) => api.recordPayment(slug, { memberId, year, amount }), 'recordPayment');

/** Checks (dryRun) or imports a CSV file, telling `onProgress` how much has been sent (0 to 1). */
export const importMembersAction = action(
  (slug: string, file: File, dryRun: boolean, onProgress: (sent: number) => void) => api.importMembers(slug, file, dryRun, onProgress),
  'importMembers',
);
