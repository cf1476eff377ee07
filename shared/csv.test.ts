import { describe, expect, it } from 'vitest';
import { csvLine, CsvError, detectDelimiter, neutralise, parseCsv, unneutralise } from './csv';

describe('parseCsv', () => {
  it('reads comma, semicolon and tab files, choosing by the header line', () => {
    expect(detectDelimiter('a,b,c\n1;2;3')).toBe(',');
    expect(detectDelimiter('Họ và tên;Email;Điện thoại\r\n')).toBe(';');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(detectDelimiter('"a;b",c')).toBe(',');
    expect(parseCsv('a;b\r\n1;2\r\n')).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['1', '2'] },
    ]);
  });

  it('reads quoted cells with separators, line breaks and doubled quotes; numbers rows as Excel does', () => {
    const text = 'name,notes\r\n"Lê, Thị ""Bình""","dòng 1\r\ndòng 2; vẫn ô này"\r\nAn,\r\n';
    expect(parseCsv(text)).toEqual([
      { row: 1, cells: ['name', 'notes'] },
      { row: 2, cells: ['Lê, Thị "Bình"', 'dòng 1\r\ndòng 2; vẫn ô này'] },
      { row: 3, cells: ['An', ''] },
    ]);
  });

  it('drops a BOM, skips empty lines but counts them, keeps a last line without a line break', () => {
    expect(parseCsv('\uFEFFa,b\n\n1,2\n\n\n3,4')).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 3, cells: ['1', '2'] },
      { row: 6, cells: ['3', '4'] },
    ]);
    expect(parseCsv('a\r1\r')).toEqual([
      { row: 1, cells: ['a'] },
      { row: 2, cells: ['1'] },
    ]);
    expect(parseCsv('')).toEqual([]);
  });

  it('keeps ragged rows as they are (the importer names them)', () => {
    expect(parseCsv('a,b,c\n1,2\n1,2,3,4').map((r) => r.cells.length)).toEqual([3, 2, 4]);
  });

  it('reports a quote that is never closed, with the row where it opened', () => {
    try {
      parseCsv('a,b\n1,2\n3,"never closed\n4,5\n');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CsvError);
      expect((e as CsvError).row).toBe(3);
    }
  });

  it('reads a 10 MB file', () => {
    const line = '"Nguyễn Văn An","an@example.vn","+84 912 345 678","Trường Đại học Ngoại thương, Hà Nội","ghi chú"\r\n';
    const rows = parseCsv(line.repeat(Math.ceil(10_000_000 / line.length)));
    expect(rows).toHaveLength(Math.ceil(10_000_000 / line.length));
    expect(rows[rows.length - 1].cells[3]).toBe('Trường Đại học Ngoại thương, Hà Nội');
  });
});

describe('formula neutralisation', () => {
  it('prefixes an apostrophe to cells a spreadsheet would run, and takes it off again', () => {
    for (const risky of ['=HYPERLINK("http://x","y")', '+84 912', '-1', '@SUM(A1)', '\tx', '\rx']) {
      expect(neutralise(risky)).toBe(`'${risky}`);
      expect(unneutralise(neutralise(risky))).toBe(risky);
    }
    for (const safe of ['Nguyễn Văn An', "'Tis", "Đặng 'An'", '', '84']) {
      expect(neutralise(safe)).toBe(safe);
      expect(unneutralise(safe)).toBe(safe);
    }
    // A value that already looks neutralised survives the round trip too.
    for (const tricky of ["'=x", "''+1"]) expect(unneutralise(neutralise(tricky))).toBe(tricky);
  });
});

describe('csvLine', () => {
  it('quotes only cells that need it', () => {
    expect(csvLine(['a', 'b,c', 'say "hi"', 'x\ny', 'ý'])).toBe('a,"b,c","say ""hi""","x\ny",ý');
    expect(csvLine(['a;b', 'c,d'], ';')).toBe('"a;b";c,d');
    const cells = ['Lê, Thị "Bình"', 'dòng 1\r\ndòng 2', '', "'=1"];
    expect(parseCsv(csvLine(cells))[0].cells).toEqual(cells);
  });
});
