import { action, redirect } from '@solidjs/router';
import { agreementCreate, agreementPatch, agreementRenew, aidCreate, awardCreate, partnerCreate, partnerPatch } from '../../../shared/partners';
import { api } from './api';
import { validate, type FormInput } from './forms';
import { agreementInput, aidInput, awardInput, contactsInput, partnerInput, renewInput } from './partner-form';

/** What can be done to partners, agreements, aid and awards (issue 7). */

const partnerPage = (slug: string, id: string) => `/w/${slug}/partners/${id}`;
const agreementPage = (slug: string, id: string) => `/w/${slug}/agreements/${id}`;

// Actions that validate are async: a synchronous throw would escape the router's submission.
export const createPartnerAction = action(async (slug: string, form: FormInput) => {
  const created = await api.createPartner(slug, validate(partnerCreate, partnerInput(form)));
  throw redirect(partnerPage(slug, created.id));
}, 'createPartner');

export const updatePartnerAction = action(async (slug: string, id: string, form: FormInput) => api.updatePartner(slug, id, validate(partnerPatch, partnerInput(form))), 'updatePartner');

export const saveContactsAction = action(async (slug: string, id: string, form: FormInput) => api.updatePartner(slug, id, validate(partnerPatch, contactsInput(form))), 'saveContacts');

export const deletePartnerAction = action(async (slug: string, id: string) => {
  await api.deletePartner(slug, id);
  throw redirect(`/w/${slug}/partners`);
}, 'deletePartner');

export const createAgreementAction = action(async (slug: string, form: FormInput) => {
  const created = await api.createAgreement(slug, validate(agreementCreate, agreementInput(form)));
  throw redirect(agreementPage(slug, created.id));
}, 'createAgreement');

export const updateAgreementAction = action(async (slug: string, id: string, form: FormInput) => api.updateAgreement(slug, id, validate(agreementPatch, agreementInput(form))), 'updateAgreement');

/** Records the successor and opens it. */
export const renewAgreementAction = action(async (slug: string, id: string, form: FormInput) => {
  const renewed = await api.renewAgreement(slug, id, validate(agreementRenew, renewInput(form)));
  throw redirect(agreementPage(slug, renewed.id));
}, 'renewAgreement');

export const deleteAgreementAction = action(async (slug: string, id: string) => {
  await api.deleteAgreement(slug, id);
  throw redirect(`/w/${slug}/agreements`);
}, 'deleteAgreement');

// The cross-field rules (disbursed above committed, one recipient) are the server's answer: the
// aid form warns while typing and the server's 422 names the field.
export const createAidAction = action(async (slug: string, form: FormInput) => api.createAid(slug, validate(aidCreate, aidInput(form))), 'createAid');

export const createAwardAction = action(async (slug: string, form: FormInput) => api.createAward(slug, validate(awardCreate, awardInput(form))), 'createAward');
