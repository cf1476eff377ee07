import { describe, expect, it } from 'vitest';
import { normalise, words } from './text';

describe('normalise', () => {
  it('folds Vietnamese diacritics and case', () => {
    expect(normalise('Nguyễn Văn An')).toBe('nguyen van an');
    expect(normalise('Đặng')).toBe('dang');
    expect(normalise('đỗ THỊ HỒNG NHUNG')).toBe('do thi hong nhung');
    expect(normalise('Trương Ưng Ơn Ỷ')).toBe('truong ung on y');
    expect(normalise('Huỳnh Thị Ánh Tuyết')).toBe('huynh thi anh tuyet');
  });

  it('treats precomposed and decomposed input alike', () => {
    expect(normalise('Nguye\u0302\u0303n')).toBe(normalise('Nguyễn'));
  });

  it('collapses white space', () => {
    expect(normalise('  Lê \t Thị\n Bình ')).toBe('le thi binh');
    expect(normalise('')).toBe('');
  });
});

describe('words', () => {
  it('splits on punctuation, keeping letters and digits', () => {
    expect(words('an.nguyen@example.vn')).toEqual(['an', 'nguyen', 'example', 'vn']);
    expect(words('Công ty TNHH Sông Đà-5')).toEqual(['cong', 'ty', 'tnhh', 'song', 'da', '5']);
    expect(words('+84 912 345 678')).toEqual(['84', '912', '345', '678']);
  });
});

describe('normalise beyond Vietnamese', () => {
  it('folds other Latin diacritics and keeps other scripts', () => {
    expect(normalise('Çà Ñoño Ærø Ü')).toBe('ca nono ærø u');
    expect(normalise('Đ Ð ð')).toBe('d d d');
    expect(normalise('東京 Москва')).toBe('東京 москва');
    expect(normalise('ＡＢＣ')).toBe('ａｂｃ');
  });

  it('agrees with Unicode decomposition on every Vietnamese letter', () => {
    const letters = 'aăâbcdđeêghiklmnoôơpqrstuưvxy';
    for (const base of letters + letters.toUpperCase()) {
      for (const mark of ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323']) {
        const ch = (base + mark).normalize('NFC');
        const expected = ch.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
        expect(normalise(ch)).toBe(expected);
      }
    }
  });
});
