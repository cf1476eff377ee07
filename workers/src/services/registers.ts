import { classificationLabels, documentTypes, urgencyLabels, type Direction, type Series } from '../../../shared/correspondence';
import { csvLine, neutralise } from '../../../shared/csv';
import { shortDateVi } from '../../../shared/letters';
import type { DocumentRow } from './correspondence';

/**
 * The registers as the decree's books (DOMAIN.md "Correspondence register"): the same columns
 * for the printable page and the CSV export.
 */
interface Column {
  header: string;
  value(row: DocumentRow): string;
  /** Relative width in the printed table. */
  width: number;
  /** Symbols and dates stay on one line. */
  nowrap?: boolean;
}

const date = (d: string | null) => (d ? shortDateVi(d) : '');
const dateColumn = (header: string, value: (r: DocumentRow) => string | null): Column => ({ header, value: (r) => date(value(r)), width: 8, nowrap: true });
const kindAndSubject = (row: DocumentRow) => (row.typeCode ? `${documentTypes[row.typeCode].vi}: ${row.subject}` : row.subject);

function remarks(row: DocumentRow): string {
  return [
    row.status === 'void' ? `ĐÃ HỦY${row.voidReason ? ` (${row.voidReason})` : ''}` : '',
    row.classification !== 'none' ? `Độ mật: ${classificationLabels[row.classification].vi}` : '',
    row.urgency !== 'normal' ? `Độ khẩn: ${urgencyLabels[row.urgency].vi}` : '',
    row.direction === 'in' && row.deadline ? `Hạn giải quyết: ${date(row.deadline)}` : '',
    row.notes ?? '',
  ]
    .filter(Boolean)
    .join('; ');
}

const signed: Column = { header: 'Ký nhận', value: () => '', width: 8 };
const sentOn = dateColumn('Ngày chuyển', (r) => r.sentOn);
const notes: Column = { header: 'Ghi chú', value: remarks, width: 12 };

export const registerColumns: Record<Direction, Column[]> = {
  out: [
    { header: 'Số, ký hiệu văn bản', value: (r) => r.symbol ?? String(r.number), width: 12, nowrap: true },
    dateColumn('Ngày tháng văn bản', (r) => r.documentDate),
    { header: 'Tên loại và trích yếu nội dung văn bản', value: kindAndSubject, width: 24 },
    { header: 'Người ký', value: (r) => r.signer ?? '', width: 10 },
    { header: 'Nơi nhận văn bản', value: (r) => r.recipients ?? '', width: 14 },
    { header: 'Đơn vị, người nhận bản lưu', value: (r) => r.filedWith ?? '', width: 10 },
    { header: 'Số lượng bản', value: (r) => (r.copies === null ? '' : String(r.copies)), width: 5 },
    sentOn,
    signed,
    notes,
  ],
  in: [
    dateColumn('Ngày đến', (r) => r.receivedOn),
    { header: 'Số đến', value: (r) => String(r.number), width: 5 },
    { header: 'Tác giả', value: (r) => r.sender ?? '', width: 14 },
    { header: 'Số, ký hiệu văn bản', value: (r) => r.senderRef ?? '', width: 10 },
    dateColumn('Ngày tháng văn bản', (r) => r.documentDate),
    { header: 'Tên loại và trích yếu nội dung văn bản', value: kindAndSubject, width: 24 },
    { header: 'Đơn vị hoặc người nhận', value: (r) => r.assignee ?? '', width: 12 },
    sentOn,
    signed,
    notes,
  ],
};

export interface RegisterBook {
  workspaceName: string;
  direction: Direction;
  series: Series;
  year: number;
  rows: DocumentRow[];
}

export function registerTitle(book: Pick<RegisterBook, 'direction' | 'series'>): string {
  return `SỔ ĐĂNG KÝ VĂN BẢN${book.series === 'classified' ? ' MẬT' : ''} ${book.direction === 'out' ? 'ĐI' : 'ĐẾN'}`;
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => escapes[c]);

/** The register as a printable page: A4 landscape, the decree's columns, every value escaped. */
export function registerHtml(book: RegisterBook): string {
  const columns = registerColumns[book.direction];
  const total = columns.reduce((s, c) => s + c.width, 0);
  const title = registerTitle(book);
  const head = columns.map((c) => `<th style="width:${((c.width / total) * 100).toFixed(1)}%">${escapeHtml(c.header)}</th>`).join('');
  const numbers = columns.map((_, i) => `<th>(${i + 1})</th>`).join('');
  const body = book.rows.length
    ? book.rows
        .map((row) => `<tr${row.status === 'void' ? ' class="void"' : ''}>${columns.map((c) => `<td${c.nowrap ? ' class="nw"' : ''}>${escapeHtml(c.value(row))}</td>`).join('')}</tr>`)
        .join('\n')
    : `<tr><td colspan="${columns.length}" class="empty">Chưa có văn bản nào được đăng ký.</td></tr>`;
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${title} – Năm ${book.year} – ${book.workspaceName}`)}</title>
<style>
@page { size: A4 landscape; margin: 12mm 10mm; }
body { font-family: "Times New Roman", Times, serif; font-size: 11pt; color: #000; margin: 0 auto; max-width: 277mm; }
header { text-align: center; margin: 8mm 0 6mm; }
header .org { text-transform: uppercase; font-weight: bold; }
header h1 { font-size: 15pt; margin: 4mm 0 1mm; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th, td { border: 1px solid #000; padding: 2px 4px; vertical-align: top; overflow-wrap: anywhere; }
th { font-size: 10pt; text-align: center; }
/* On a phone screen the book keeps its printed proportions and scrolls sideways. */
@media screen { body { overflow-x: auto; padding: 0 8px; } table { min-width: 960px; } }
thead tr:last-child th { font-weight: normal; font-style: italic; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
tr.void td { color: #555; text-decoration: line-through; }
tr.void td:last-child { text-decoration: none; }
td.nw { white-space: nowrap; overflow-wrap: normal; }
td.empty { text-align: center; font-style: italic; padding: 6mm; }
</style>
</head>
<body>
<header>
<div class="org">${escapeHtml(book.workspaceName)}</div>
<h1>${escapeHtml(title)}</h1>
<div>Năm ${book.year}</div>
</header>
<table>
<thead><tr>${head}</tr><tr>${numbers}</tr></thead>
<tbody>
${body}
</tbody>
</table>
</body>
</html>
`;
}

/** The same table as CSV: UTF-8 with a BOM (Excel reads Vietnamese right), CRLF lines, formulas neutralised. */
export function registerCsv(book: RegisterBook): string {
  const columns = registerColumns[book.direction];
  const lines = [csvLine(columns.map((c) => c.header)), ...book.rows.map((row) => csvLine(columns.map((c) => neutralise(c.value(row)))))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
