import { action, redirect } from '@solidjs/router';
import { agreementCreate, partnerCreate } from '../../../shared/partners';
import { api } from './api';
import { orNull, text, validate, type FormInput } from './forms';

/** What can be done to partners and agreements (issue 7). */

// Actions that validate are async: a synchronous throw would escape the router's submission.
export const createPartnerAction = action(async (slug: string, form: FormInput) => {
  const body = validate(partnerCreate, {
    name: text(form, 'name'),
    nameOriginal: orNull(form, 'nameOriginal'),
    country: text(form, 'country'),
    kind: text(form, 'kind'),
    since: orNull(form, 'since'),
    notes: orNull(form, 'notes'),
  });
  const created = await api.createPartner(slug, body);
  throw redirect(`/w/${slug}/partners/${created.id}`);
}, 'createPartner');

export const createAgreementAction = action(
  async (slug: string, form: FormInput) =>
    api.createAgreement(
      slug,
      validate(agreementCreate, {
        title: text(form, 'title'),
        partnerIds: form.getAll('partnerIds').filter((v): v is string => typeof v === 'string' && v !== ''),
        signedOn: text(form, 'signedOn'),
        validFrom: text(form, 'validFrom'),
        validTo: orNull(form, 'validTo'),
        notes: orNull(form, 'notes'),
      }),
    ),
  'createAgreement',
);
