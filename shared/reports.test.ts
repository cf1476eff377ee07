import { describe, expect, test } from 'vitest';
import { narrativeMaxLength, narrativePatch, parsePeriod, periodLabel, periodName, reportCreate, submissionStatus } from './reports';

describe('parsePeriod', () => {
  test.each([
    ['2026-H1', 'half', '2026-01-01', '2026-06-30'],
    ['2026-H2', 'half', '2026-07-01', '2026-12-31'],
    ['2026', 'year', '2026-01-01', '2026-12-31'],
    ['2024', 'year', '2024-01-01', '2024-12-31'],
    ['2023-2028', 'term', '2023-01-01', '2028-12-31'],
    ['2025-2026', 'term', '2025-01-01', '2026-12-31'],
  ] as const)('%s → %s %s..%s', (text, kind, from, to) => {
    expect(parsePeriod(text)).toEqual({ period: text, kind, from, to });
  });

  test.each(['', '2026-H3', '2026-h1', '2026-H', '26', '20266', '2026-01', '1949', '2101', '2028-2023', '2026-2026', '2020-2031', ' 2026', '2026-H1 ', 'H1-2026'])('refuses %j', (text) => {
    expect(parsePeriod(text)).toBeNull();
  });
});

describe('periodLabel', () => {
  test('names each kind of report in both languages', () => {
    expect(periodLabel('2026-H1', 'vi')).toBe('Báo cáo sơ kết 6 tháng đầu năm 2026');
    expect(periodLabel('2026-H2', 'vi')).toBe('Báo cáo sơ kết 6 tháng cuối năm 2026');
    expect(periodLabel('2026', 'vi')).toBe('Báo cáo tổng kết năm 2026');
    expect(periodLabel('2023-2028', 'vi')).toBe('Báo cáo nhiệm kỳ 2023–2028');
    expect(periodLabel('2026-H2', 'en')).toBe('Six-month report, second half of 2026');
    expect(periodLabel('2026', 'en')).toBe('Annual report 2026');
    expect(periodLabel('2023-2028', 'en')).toBe('Term report 2023–2028');
    expect(periodLabel('nonsense', 'vi')).toBe('nonsense');
  });

  test('names the period alone, for lists grouped by kind', () => {
    expect(periodName('2026-H1', 'vi')).toBe('6 tháng đầu năm 2026');
    expect(periodName('2025-H2', 'en')).toBe('Second half of 2025');
    expect(periodName('2026', 'vi')).toBe('Năm 2026');
    expect(periodName('2023-2028', 'en')).toBe('Term 2023–2028');
  });
});

describe('schemas', () => {
  test('a report is created for a valid period, trimmed', () => {
    expect(reportCreate.parse({ period: ' 2026-H1 ' })).toEqual({ period: '2026-H1' });
    const bad = reportCreate.safeParse({ period: '2026-Q1' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0].message).toBe('period_invalid');
    expect(reportCreate.safeParse({ period: 2026 }).error?.issues[0].message).toBe('period_invalid');
  });

  test('narrative sections are length-limited text', () => {
    expect(narrativePatch.parse({ results: 'Tổ chức 12 hoạt động', plans: '' })).toEqual({ results: 'Tổ chức 12 hoạt động', plans: '' });
    expect(narrativePatch.safeParse({ limitations: 'x'.repeat(narrativeMaxLength + 1) }).error?.issues[0].message).toBe('too_long');
    expect(narrativePatch.safeParse({ proposals: null }).success).toBe(false);
  });
});

describe('submissionStatus', () => {
  test.each([
    [null, null, 'missing'],
    [null, '2026-07-15', 'missing'],
    ['2026-07-20', null, 'submitted'],
    ['2026-07-15', '2026-07-15', 'submitted'],
    ['2026-07-14', '2026-07-15', 'submitted'],
    ['2026-07-16', '2026-07-15', 'late'],
  ] as const)('submitted %s, due %s → %s', (submittedOn, dueOn, status) => {
    expect(submissionStatus(submittedOn, dueOn)).toBe(status);
  });
});
