/**
 * CSV as Excel reads and writes it (RFC 4180): fields separated by a comma, a semicolon (Excel
 * with a Vietnamese or European list separator) or a tab; quoted fields may hold separators,
 * line breaks and doubled quotes. Rows are numbered as Excel shows them: the header is row 1,
 * and a quoted line break does not start a new row.
 */

export type Delimiter = ',' | ';' | '\t';

export interface CsvRow {
  /** The row number Excel shows. */
  row: number;
  cells: string[];
}

export class CsvError extends Error {
  constructor(
    readonly row: number,
    message: string,
  ) {
    super(message);
  }
}

/** The separator used most in the header line (outside quotes); a comma on a tie. */
export function detectDelimiter(text: string): Delimiter {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch as Delimiter]++;
  }
  return counts[';'] > counts[','] && counts[';'] >= counts['\t'] ? ';' : counts['\t'] > counts[','] ? '\t' : ',';
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/**
 * All rows of `text` with their Excel row numbers. Empty lines are left out (but counted).
 * A quote that is never closed is the only thing that makes a file unreadable.
 */
export function parseCsv(text: string, delimiter: Delimiter = detectDelimiter(text)): CsvRow[] {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const sep = delimiter.charCodeAt(0);
  const rows: CsvRow[] = [];
  const n = text.length;
  let row = 1;
  let cells: string[] = [];
  let i = 0;
  while (i < n) {
    let cell: string;
    if (text.charCodeAt(i) === QUOTE) {
      // Quoted: up to the closing quote, "" standing for one quote.
      const start = row;
      let value = '';
      let from = ++i;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q < 0) throw new CsvError(start, 'A quoted cell is never closed (a " is missing).');
        if (text.charCodeAt(q + 1) === QUOTE) {
          value += text.slice(from, q + 1);
          from = q + 2;
          continue;
        }
        value += text.slice(from, q);
        i = q + 1;
        break;
      }
      // Anything between the closing quote and the separator is kept, as Excel does.
      const end = nextBreak(text, i, sep);
      cell = value + text.slice(i, end);
      i = end;
    } else {
      const end = nextBreak(text, i, sep);
      cell = text.slice(i, end);
      i = end;
    }
    cells.push(cell);
    const ch = text.charCodeAt(i);
    if (ch === sep) {
      i++;
      if (i === n) cells.push('');
      continue;
    }
    // End of row (line break or end of text).
    if (ch === CR && text.charCodeAt(i + 1) === LF) i += 2;
    else if (i < n) i++;
    if (!(cells.length === 1 && cells[0] === '')) rows.push({ row, cells });
    row++;
    cells = [];
  }
  if (cells.length) rows.push({ row, cells });
  return rows;
}

/** Where an unquoted cell starting at `i` ends: the next separator or line break. */
function nextBreak(text: string, i: number, sep: number): number {
  for (let j = i; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === sep || c === LF || c === CR) return j;
  }
  return text.length;
}

/**
 * Spreadsheet formula injection: a cell starting with = + - @ tab or CR gets a leading
 * apostrophe, which spreadsheets show as text. Cells that already start with apostrophes
 * before such a character get one more, so that `unneutralise` gives back exactly the value.
 */
export function neutralise(cell: string): string {
  return /^'*[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function unneutralise(cell: string): string {
  return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** One CSV line: cells quoted where they hold a separator, a quote or a line break. */
export function csvLine(cells: string[], delimiter: Delimiter = ','): string {
  return cells
    .map((cell) => (cell.includes(delimiter) || /["\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell))
    .join(delimiter);
}
