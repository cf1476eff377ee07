/**
 * Field-error keys used as zod messages in the shared schemas. The API answers with the key
 * as `code` and this English sentence as `message`; the web app translates the key.
 */
export const fieldMessages: Record<string, string> = {
  required: 'This field is required.',
  too_short: 'Too short.',
  too_long: 'Too long.',
  email_format: 'Not a valid e-mail address.',
  password_too_short: 'The password needs at least 10 characters.',
  slug_format: 'Use 3–48 lower-case letters, digits and single dashes.',
  country_format: 'Use a two-letter ISO country code such as JP.',
  code_format: 'Use 2–20 capital letters, digits or dashes.',
};
