import { createSignal } from 'solid-js';
import { locales, type Locale } from '../../../shared/account';
import { en } from './en';
import { vi, type MessageKey } from './vi';

export type { MessageKey };

const dictionaries: Record<Locale, Record<MessageKey, string>> = { vi, en };
const storageKey = 'amity.locale';

function stored(): Locale {
  const value = localStorage.getItem(storageKey);
  return locales.find((l) => l === value) ?? 'vi';
}

const [locale, setLocaleSignal] = createSignal<Locale>(stored());
document.documentElement.lang = locale();

export { locale };

/** Switches the interface language and remembers it on this device. */
export function setLocale(next: Locale) {
  localStorage.setItem(storageKey, next);
  document.documentElement.lang = next;
  setLocaleSignal(next);
}

/** True when `key` has a translation (for codes that come from the server). */
export function hasMessage(key: string): key is MessageKey {
  return key in vi;
}

/** The message for `key` in the current language, with `{name}` placeholders filled. */
export function t(key: MessageKey, params: Record<string, string> = {}): string {
  return dictionaries[locale()][key].replace(/\{(\w+)\}/g, (all, name: string) => params[name] ?? all);
}

const dateFormats: Record<Locale, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric' }), // 23/11/2026
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' }), // 23 Nov 2026
};

/** A date (or instant) the way the current language writes it. */
export function formatDate(value: string): string {
  // A calendar date (YYYY-MM-DD) is read as local midnight: the same day in every time zone.
  return dateFormats[locale()].format(new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00` : value));
}
