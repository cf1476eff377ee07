import { parseCsv, type CsvRow } from '../../../shared/csv';
import { header, memberColumns, type MemberColumn } from '../../../shared/member-csv';
import { hasMessage, locale, t } from '../i18n';
import type { FieldError } from './api';

/** The first rows of a chosen file, read in the browser before anything is sent. */
export interface CsvPreview {
  header: string[];
  rows: CsvRow[];
  /** Member rows below the header. */
  total: number;
}

export function previewOf(text: string, shown = 5): CsvPreview {
  const [first, ...rows] = parseCsv(text);
  return { header: first?.cells ?? [], rows: rows.slice(0, shown), total: rows.length };
}

/** One problem of an import as a line of the errors table: 'row 12: email' → 12, "Email". */
export interface RowProblem {
  row: string;
  column: string;
  message: string;
}

const isColumn = (field: string): field is MemberColumn => memberColumns.some((c) => c.field === field);

export function rowProblem(error: FieldError): RowProblem {
  const [, row, field = ''] = /^row (\d+)(?:: (\w+))?/.exec(error.path) ?? [];
  const key = `field.${error.code}`;
  return {
    row: row ?? '—',
    column: isColumn(field) ? header(field, locale()) : field,
    message: hasMessage(key) ? t(key) : error.message,
  };
}
