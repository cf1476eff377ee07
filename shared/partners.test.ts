import { describe, expect, test } from 'vitest';
import { addDays, agreementStatus, aidIssues, recipientIssue } from './partners';

describe('agreementStatus', () => {
  const today = '2026-03-10';
  test.each([
    ['2020-01-01', null, 'active'],
    ['2020-01-01', '2026-06-09', 'active'], // today + 91
    ['2020-01-01', '2026-06-08', 'expiring'], // today + 90
    ['2020-01-01', '2026-03-10', 'expiring'], // valid through today
    ['2020-01-01', '2026-03-09', 'expired'],
    ['2026-03-10', null, 'active'],
    ['2026-03-11', '2026-03-20', 'not_yet_valid'],
  ] as const)('valid %s..%s → %s', (validFrom, validTo, status) => {
    expect(agreementStatus({ validFrom, validTo }, today)).toBe(status);
  });

  test('counts days across month, year and leap-day ends', () => {
    expect(addDays('2026-03-10', 90)).toBe('2026-06-08');
    expect(addDays('2027-12-15', 90)).toBe('2028-03-14');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });
});

describe('aidIssues', () => {
  const ok = { committedVnd: 100, disbursedVnd: 100, currency: null, committedOriginal: null, disbursedOriginal: null, startsOn: '2026-01-01', endsOn: '2026-01-01', overDisbursedReason: null };
  test('accept a consistent project', () => {
    expect(aidIssues(ok)).toEqual([]);
    expect(aidIssues({ ...ok, disbursedVnd: 101, overDisbursedReason: 'Tỷ giá' })).toEqual([]);
  });
  test('name each broken rule', () => {
    expect(aidIssues({ ...ok, disbursedVnd: 101 })).toEqual([{ path: 'disbursedVnd', message: 'disbursed_over_committed' }]);
    expect(aidIssues({ ...ok, endsOn: '2025-12-31', committedOriginal: 4 })).toEqual([
      { path: 'endsOn', message: 'end_before_start' },
      { path: 'currency', message: 'currency_required' },
    ]);
  });
});

test('recipientIssue wants exactly one recipient', () => {
  expect(recipientIssue({ recipientMemberId: 'm', recipientName: null })).toBeNull();
  expect(recipientIssue({ recipientMemberId: null, recipientName: 'Sato' })).toBeNull();
  expect(recipientIssue({ recipientMemberId: null, recipientName: null })).toEqual({ path: 'recipientMemberId', message: 'recipient_one' });
  expect(recipientIssue({ recipientMemberId: 'm', recipientName: 'Sato' })).toEqual({ path: 'recipientName', message: 'recipient_one' });
});
