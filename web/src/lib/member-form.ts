import { countryList, orNull, parseWhole, text, type FormInput } from './forms';

/** "tiếng Nhật; tiếng Anh" → ['tiếng Nhật', 'tiếng Anh']: tags and languages are typed as one line. */
const labelList = (value: string) =>
  value
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * The member form as the body that `memberCreate` and `memberPatch` (shared/members.ts) check:
 * empty optional fields are null, so that saving an edited member also clears what was emptied.
 * `status` is left out when the form has none (an archived member is restored by its own button).
 */
export function memberInput(form: FormInput) {
  return {
    kind: text(form, 'kind'),
    fullName: text(form, 'fullName'),
    gender: orNull(form, 'gender'),
    birthYear: parseWhole(text(form, 'birthYear')),
    email: orNull(form, 'email'),
    phone: orNull(form, 'phone'),
    organisation: orNull(form, 'organisation'),
    jobTitle: orNull(form, 'jobTitle'),
    address: orNull(form, 'address'),
    province: orNull(form, 'province'),
    category: text(form, 'category'),
    status: text(form, 'status') || undefined,
    joinedOn: orNull(form, 'joinedOn'),
    countries: countryList(form.getAll('countries').join(',')),
    languages: labelList(text(form, 'languages')),
    tags: labelList(text(form, 'tags')),
    notes: orNull(form, 'notes'),
  };
}
