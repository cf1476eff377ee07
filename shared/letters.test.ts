import { describe, expect, it } from 'vitest';
import { anniversary, dateEn, dateVi, letterRequest, ordinalEn, renderLetter, shortDateVi } from './letters';

describe('dates and ordinals', () => {
  it('writes Vietnamese dates the Decree 30 way', () => {
    expect(dateVi('2027-01-05')).toBe('ngày 05 tháng 01 năm 2027');
    expect(dateVi('2026-02-28')).toBe('ngày 28 tháng 02 năm 2026');
    expect(dateVi('2026-09-21')).toBe('ngày 21 tháng 9 năm 2026');
    expect(dateVi('2026-12-02')).toBe('ngày 02 tháng 12 năm 2026');
    expect(shortDateVi('1973-09-21')).toBe('21/09/1973');
  });

  it('writes English dates and ordinals', () => {
    expect(dateEn('1973-09-21')).toBe('21 September 1973');
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 53, 67, 101, 111, 112].map(ordinalEn)).toEqual([
      '1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '53rd', '67th', '101st', '111th', '112th',
    ]);
  });
});

describe('anniversary', () => {
  it('counts to the occurrence nearest the letter', () => {
    expect(anniversary('1959-01-01', '2026-12-28')).toBe(68);
    expect(anniversary('1959-01-01', '2027-01-03')).toBe(68);
    expect(anniversary('1973-09-21', '2026-09-18')).toBe(53);
    expect(anniversary('1973-09-21', '2026-09-25')).toBe(53);
    expect(anniversary('1973-09-21', '2027-03-01')).toBe(53);
    expect(() => anniversary('2026-12-01', '2026-12-28')).toThrow('anniversary_range');
  });
});

describe('renderLetter', () => {
  const base = {
    partner: { name: 'Khamphanh Phommathat', organisation: { vi: 'Hội hữu nghị Lào – Việt Nam', en: 'the Lao–Viet Nam Friendship Association' }, country: { vi: 'Lào', en: 'the Lao PDR' } },
    date: '2026-11-28',
    signer: { name: 'Trần Văn Hùng', title: { vi: 'Chủ tịch', en: 'President' } },
  };

  it('leaves out the honorific and title when not given', () => {
    const input = letterRequest.parse({ ...base, template: 'national-day', details: { since: '1975-12-02', occasion: { vi: 'Quốc khánh nước CHDCND Lào', en: 'the National Day of the Lao PDR' } } });
    const letter = renderLetter(input, 'Hội hữu nghị Việt Nam – Lào');
    expect(letter.vi).toContain('Kính gửi: Khamphanh Phommathat\nHội hữu nghị Lào – Việt Nam');
    expect(letter.en).toContain('To: Khamphanh Phommathat\nLao–Viet Nam Friendship Association\n');
    expect(letter.en).toContain('Dear Khamphanh Phommathat,');
    expect(letter.en).toContain('to the members of the Lao–Viet Nam Friendship Association and to the people of the Lao PDR');
    expect(letter.subject).toBe('Chúc mừng kỷ niệm 51 năm Quốc khánh nước CHDCND Lào (02/12/1975)');
    expect(letter.en).toContain('51st anniversary of the National Day of the Lao PDR (2 December 1975)');
    expect(letter.recipients).toBe('Khamphanh Phommathat, Hội hữu nghị Lào – Việt Nam (Lào)');
  });
});
