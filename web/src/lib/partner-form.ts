import { orNull, parseWhole, text, type FormInput } from './forms';

/**
 * The partner, agreement, aid and award forms as the bodies the shared schemas check
 * (shared/partners.ts): empty optional fields are null, so that saving an edit clears them.
 */

/** The non-empty values of a repeated field (chips, several selects). */
const ids = (form: FormInput, name: string) => form.getAll(name).filter((v): v is string => typeof v === 'string' && v !== '');
const checked = (form: FormInput, name: string) => form.get(name) === 'on';

export function partnerInput(form: FormInput) {
  return {
    name: text(form, 'name'),
    nameOriginal: orNull(form, 'nameOriginal'),
    country: text(form, 'country'),
    kind: text(form, 'kind'),
    since: orNull(form, 'since'),
    notes: orNull(form, 'notes'),
  };
}

/**
 * The contacts editor's rows, `contacts.<i>.<field>` in order: the field names carry the index the
 * server reports errors under. E-mail and phone are kept only with the person's consent.
 */
export function contactsInput(form: FormInput) {
  const contacts = [];
  for (let i = 0; form.has(`contacts.${i}.name`); i++) {
    const field = (name: string) => orNull(form, `contacts.${i}.${name}`);
    const consent = checked(form, `contacts.${i}.consent`);
    contacts.push({
      name: text(form, `contacts.${i}.name`),
      role: field('role'),
      email: consent ? field('email') : null,
      phone: consent ? field('phone') : null,
      consent,
      consentOn: consent ? field('consentOn') : null,
    });
  }
  return { contacts };
}

export function agreementInput(form: FormInput) {
  return {
    title: text(form, 'title'),
    partnerIds: ids(form, 'partnerIds'),
    signedOn: text(form, 'signedOn'),
    validFrom: text(form, 'validFrom'),
    validTo: orNull(form, 'validTo'),
    notes: orNull(form, 'notes'),
  };
}

/** The successor's dates; a blank title or signing day keeps the server's defaults (the same title, today). */
export function renewInput(form: FormInput) {
  return {
    validFrom: text(form, 'validFrom'),
    validTo: orNull(form, 'validTo'),
    signedOn: orNull(form, 'signedOn') ?? undefined,
    title: orNull(form, 'title') ?? undefined,
  };
}

/**
 * An amount in the original currency as typed: '95000', '95 000', '1,250.50' or '1.250,50' → the
 * number; '' → null; anything else → NaN, which the schema refuses.
 */
export function parseAmount(typed: string): number | null {
  const value = typed.trim().replace(/[ \u00a0\u202f]/g, '');
  if (!value) return null;
  const decimals = /^(\d{1,3}(?:([.,])\d{3})*|\d+)(?:([.,])(\d{1,2}))?$/.exec(value);
  if (!decimals || decimals[2] === decimals[3]) return parseWhole(value) ?? Number.NaN;
  return Number(`${decimals[1].replace(/\D/g, '')}.${decimals[4] ?? '0'}`);
}

export function aidInput(form: FormInput) {
  const amount = (name: string) => parseAmount(text(form, name));
  return {
    title: text(form, 'title'),
    donorPartnerId: text(form, 'donorPartnerId'),
    sector: text(form, 'sector'),
    committedVnd: parseWhole(text(form, 'committedVnd')),
    disbursedVnd: parseWhole(text(form, 'disbursedVnd')) ?? 0,
    currency: orNull(form, 'currency')?.toUpperCase() ?? null,
    committedOriginal: amount('committedOriginal'),
    disbursedOriginal: amount('disbursedOriginal'),
    startsOn: orNull(form, 'startsOn'),
    endsOn: orNull(form, 'endsOn'),
    status: text(form, 'status'),
    overDisbursedReason: orNull(form, 'overDisbursedReason'),
    notes: orNull(form, 'notes'),
  };
}

/** An award to a member (`recipient=member`) or to a foreign friend by name: only the chosen one is sent. */
export function awardInput(form: FormInput) {
  const toMember = text(form, 'recipient') === 'member';
  return {
    awardName: text(form, 'awardName'),
    recipientMemberId: toMember ? orNull(form, 'recipientMemberId') : null,
    recipientName: toMember ? null : orNull(form, 'recipientName'),
    recipientCountry: toMember ? null : orNull(form, 'recipientCountry'),
    decisionNumber: text(form, 'decisionNumber'),
    decidedOn: text(form, 'decidedOn'),
    notes: orNull(form, 'notes'),
  };
}
