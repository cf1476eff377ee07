import { orNull, parseWhole, text, type FormInput } from './forms';

/**
 * The event form as the body that `eventCreate` (shared/events.ts) checks: empty optional
 * fields are null, so that saving an edited event also clears what was emptied.
 */

const whole = (form: FormInput, name: string) => parseWhole(text(form, name));

export const isDelegation = (type: string) => type === 'delegation_in' || type === 'delegation_out';

const delegationNames = ['delegation.headName', 'delegation.headTitle', 'delegation.size', 'delegation.itinerary', 'delegation.gifts'];

/** Delegation details, for the two delegation types; null when none were given. */
function delegationInput(form: FormInput, type: string) {
  if (!isDelegation(type) || delegationNames.every((name) => !text(form, name).trim())) return null;
  return {
    direction: type === 'delegation_in' ? 'in' : 'out',
    headName: text(form, 'delegation.headName').trim(),
    headTitle: orNull(form, 'delegation.headTitle'),
    size: whole(form, 'delegation.size'),
    itinerary: orNull(form, 'delegation.itinerary'),
    gifts: orNull(form, 'delegation.gifts'),
  };
}

export const moneyFields = ['aidCommittedVnd', 'aidDisbursedVnd', 'fundsRaisedVnd', 'fundsTargetVnd'] as const;
export type MoneyField = (typeof moneyFields)[number];
export const outcomeTexts = ['mediaCoverage', 'followUp', 'notes'] as const;

/** Outcomes; null when every field is empty. */
function outcomesInput(form: FormInput) {
  const value = {
    agreementsSigned: whole(form, 'outcomes.agreementsSigned'),
    ...Object.fromEntries(moneyFields.map((name) => [name, whole(form, `outcomes.${name}`)])),
    aidCurrency: orNull(form, 'outcomes.aidCurrency')?.toUpperCase() ?? null,
    ...Object.fromEntries(outcomeTexts.map((name) => [name, orNull(form, `outcomes.${name}`)])),
  };
  return Object.values(value).every((v) => v === null) ? null : value;
}

/** 'hoi-a, hoi-b' → ['hoi-a', 'hoi-b']. */
const slugList = (value: string) => value.split(/[\s,;]+/).filter(Boolean);

export function eventInput(form: FormInput) {
  const type = text(form, 'type');
  const format = text(form, 'format');
  return {
    type,
    title: text(form, 'title'),
    titleEn: orNull(form, 'titleEn'),
    description: orNull(form, 'description'),
    startsAt: text(form, 'startsAt'),
    endsAt: text(form, 'endsAt'),
    timeZone: text(form, 'timeZone').trim(),
    location: orNull(form, 'location'),
    format,
    connectionPoints: format === 'in_person' ? null : whole(form, 'connectionPoints'),
    countries: form.getAll('countries'),
    partnerIds: form.getAll('partnerIds'),
    organisers: slugList(text(form, 'organisers')),
    capacity: whole(form, 'capacity'),
    registrationOpen: form.get('registrationOpen') === 'on',
    participants: whole(form, 'participants'),
    delegation: delegationInput(form, type),
    outcomes: outcomesInput(form),
    rrule: orNull(form, 'rrule'),
  };
}
