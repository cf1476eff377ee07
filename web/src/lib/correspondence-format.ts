import { documentTypes, localDate, type TypeCode } from '../../../shared/correspondence';
import { t } from '../i18n';
import type { CorrespondenceDocument } from './api';
import { labelOf } from './event-format';

/** How documents are named on screen (DOMAIN.md "Correspondence register"). */

type Numbered = Pick<CorrespondenceDocument, 'symbol' | 'number' | 'year'>;

/** The register's own reference: the symbol of an outgoing document ("15/CV-HHNVN"), the số đến of an incoming one. */
export const shortNumber = (doc: Numbered) => doc.symbol ?? String(doc.number);

/** "Số 15/CV-HHNVN", or "Số đến 7 (2026)": incoming numbers restart each year. */
export const documentNumber = (doc: Numbered) =>
  doc.symbol ? t('correspondence.numberOut', { symbol: doc.symbol }) : t('correspondence.numberIn', { number: String(doc.number), year: String(doc.year) });

/** "CV — Công văn". */
export const typeOption = (code: TypeCode) => `${code} — ${labelOf(documentTypes, code)}`;

/** Today in the workspace's calendar, by which the registers count their years. */
export const registerToday = () => localDate(new Date());
export const registerYear = () => Number(registerToday().slice(0, 4));

/** A letter's stored text is both languages, Vietnamese first, split by a line of dashes. */
export function letterLanguages(body: string): { vi: string; en?: string } {
  const [vi, en] = body.split(/\n\n—{4,}\n\n/);
  return { vi, en };
}
