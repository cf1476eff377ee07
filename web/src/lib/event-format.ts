import { countryCodes, countryName } from '../../../shared/countries';
import type { Labels } from '../../../shared/members';
import { locale } from '../i18n';
import { intlLocale } from './event-time';

/** The label of `value` in the current language, from a shared vi/en label table. */
export function labelOf<T extends string>(labels: Labels<T>, value: T): string {
  return labels[value][locale()];
}

/** A title in the current language: the English one, in English, when there is one. */
export const localTitle = (ev: { title: string; titleEn: string | null }) => (locale() === 'en' && ev.titleEn ? ev.titleEn : ev.title);

/** The country's name in the current language ("Nhật Bản" / "Japan"). */
export const countryLabel = (code: string) => countryName(code, locale());

/** Every country, by name in the current language. */
export function countryOptions(): { code: string; name: string }[] {
  const collator = new Intl.Collator(locale());
  return countryCodes.map((code) => ({ code, name: countryLabel(code) })).sort((a, b) => collator.compare(a.name, b.name));
}

/** A whole number with the current language's thousands separator: 656.700.000.000 / 656,700,000,000. */
export function formatNumber(n: number): string {
  return new Intl.NumberFormat(intlLocale(), { maximumFractionDigits: 0 }).format(n);
}

/** An amount of money in whole đồng: "656.700.000.000 ₫". */
export function formatVnd(n: number): string {
  return new Intl.NumberFormat(intlLocale(), { style: 'currency', currency: 'VND' }).format(n);
}
