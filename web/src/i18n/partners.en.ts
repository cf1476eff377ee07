import type { partnersVi } from './partners.vi';

/** English texts of partners, agreements, aid and awards: every key of partners.vi.ts, and no other. */
export const partnersEn: Record<keyof typeof partnersVi, string> = {
  'field.partner_kind_invalid': 'Not a known kind of partner.',
  'field.consent_required': 'Say whether this person agreed to have their contact details kept.',
  'field.partner_unknown': 'No such partner in this workspace.',
  'field.document_unknown': 'No such registered document in this workspace.',
  'field.agreement_unknown': 'No such agreement in this workspace.',
  'field.already_renewed': 'This agreement has already been renewed.',
  'field.sector_invalid': 'Not a known aid sector.',
  'field.amount_invalid': 'Use an amount of zero or more.',
  'field.currency_required': 'Give the currency of the original amounts.',
  'field.disbursed_over_committed': 'More is disbursed than committed; give the reason to record it anyway.',
  'field.recipient_one': 'Choose a member or give the name of a foreign friend, not both.',

  'problem.disbursed_over_committed': 'More is disbursed than committed. Give the reason to record it anyway.',
  'problem.partner_in_use': 'This partner is linked to agreements, aid projects, events or documents; remove those links first.',
  'problem.already_renewed': 'This agreement has already been renewed.',
};
