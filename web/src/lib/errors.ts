import { hasMessage, t } from '../i18n';
import { ApiError } from './api';

/** A sentence, in the current language, for anything a request or a validation threw. */
export function problemText(error: unknown): string {
  if (!(error instanceof ApiError)) return t('problem.unknown');
  const key = `problem.${error.code}`;
  return hasMessage(key) ? t(key) : `${t('problem.unknown')} (${error.detail})`;
}

/** The translated error for the form field `name`, when `error` names that field. */
export function fieldErrorText(error: unknown, name: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const found = error.errors.find((e) => e.path === name || e.path.startsWith(`${name}.`));
  if (!found) return undefined;
  const key = `field.${found.code}`;
  return hasMessage(key) ? t(key) : found.message;
}
