import { describe, expect, test } from 'vitest';
import { aidCounted, aidPeriod, heldIn, partnerIndicatorsOf, signedIn, validIn, vietnamDay, type AidFacts } from './partner-indicators';

const h1 = { from: '2026-01-01', to: '2026-06-30' };

describe('agreements', () => {
  test.each([
    ['2015-05-01', '2015-05-01', null, false, true], // open-ended
    ['2021-01-01', '2021-01-01', '2026-01-01', false, true], // valid on the first day only
    ['2026-06-30', '2026-09-01', '2031-08-31', true, false], // signed on the last day, valid later
    ['2019-01-01', '2019-01-01', '2025-12-31', false, false], // ended the day before
    ['2026-07-01', '2026-07-01', null, false, false], // after
  ] as const)('signed %s, valid %s..%s → signed %s, active %s', (signedOn, validFrom, validTo, signed, valid) => {
    expect(signedIn({ signedOn, validFrom, validTo }, h1)).toBe(signed);
    expect(validIn({ signedOn, validFrom, validTo }, h1)).toBe(valid);
  });
});

describe('aid', () => {
  const aid = (over: Partial<AidFacts>): AidFacts => ({ status: 'ongoing', committedVnd: 1000, disbursedVnd: 400, startsOn: '2025-09-01', endsOn: '2026-08-31', createdAt: new Date('2026-01-15T03:00:00Z'), ...over });

  test('a period runs from the start (else the Vietnam day entered) to the end, open unless finished', () => {
    expect(aidPeriod(aid({ endsOn: null }))).toEqual({ from: '2025-09-01', to: '9999-12-31' });
    expect(aidPeriod(aid({ endsOn: null, status: 'completed' }))).toEqual({ from: '2025-09-01', to: '2025-09-01' });
    // 20:00 UTC on 10 April is 03:00 on 11 April in Vietnam.
    expect(aidPeriod(aid({ startsOn: null, endsOn: null, status: 'cancelled', createdAt: new Date('2026-04-10T20:00:00Z') }))).toEqual({ from: '2026-04-11', to: '2026-04-11' });
  });

  test('counts in full in every range it overlaps; cancelled commits nothing but its disbursement counts', () => {
    expect(aidCounted(aid({}), h1)).toEqual({ committedVnd: 1000, disbursedVnd: 400 });
    expect(aidCounted(aid({}), { from: '2026-07-01', to: '2026-12-31' })).toEqual({ committedVnd: 1000, disbursedVnd: 400 });
    expect(aidCounted(aid({ status: 'cancelled' }), h1)).toEqual({ committedVnd: 0, disbursedVnd: 400 });
    expect(aidCounted(aid({ startsOn: '2025-03-01', endsOn: null, status: 'completed' }), h1)).toEqual({ committedVnd: 0, disbursedVnd: 0 });
  });
});

describe('events', () => {
  const span = (start: string, end: string) => ({ startsAt: new Date(start), lastEndsAt: new Date(end) });
  test('overlap the range in Vietnam time, the bounding midnights excluded', () => {
    expect(heldIn(span('2026-03-05T02:00:00Z', '2026-03-05T04:00:00Z'), h1)).toBe(true);
    // Ends at 00:00 on 1 January in Vietnam, starts at 00:00 on 1 July in Vietnam.
    expect(heldIn(span('2025-12-31T15:00:00Z', '2025-12-31T17:00:00Z'), h1)).toBe(false);
    expect(heldIn(span('2026-06-30T17:00:00Z', '2026-06-30T18:00:00Z'), h1)).toBe(false);
    expect(heldIn(span('2025-12-31T15:00:00Z', '2025-12-31T17:00:01Z'), h1)).toBe(true);
  });
  test('vietnamDay shifts by seven hours', () => {
    expect(vietnamDay(new Date('2026-06-30T16:59:59Z'))).toBe('2026-06-30');
    expect(vietnamDay(new Date('2026-06-30T17:00:00Z'))).toBe('2026-07-01');
  });
});

describe('partnerIndicatorsOf', () => {
  const base = { status: 'ongoing' as const, startsOn: '2026-02-01', endsOn: null, createdAt: new Date(0) };
  const data = {
    partnerIds: ['p1', 'p2', 'p3', 'p4', 'p5'],
    agreements: [
      { signedOn: '2026-02-01', validFrom: '2026-02-01', validTo: null, partnerIds: ['p1', 'p2'] },
      { signedOn: '2020-01-01', validFrom: '2020-01-01', validTo: '2021-01-01', partnerIds: ['p5'] },
    ],
    aid: [
      { ...base, donorPartnerId: 'p3', committedVnd: 500, disbursedVnd: 600 },
      { ...base, donorPartnerId: 'p5', committedVnd: 70, disbursedVnd: 7, status: 'cancelled' as const },
    ],
    awards: [{ decidedOn: '2026-06-30' }, { decidedOn: '2026-07-01' }],
    events: [{ startsAt: new Date('2026-03-01T01:00:00Z'), lastEndsAt: new Date('2026-03-01T02:00:00Z'), partnerIds: ['p4', 'deleted'] }],
  };

  test('add up every row by its definition; only existing partners count as active, each once', () => {
    expect(partnerIndicatorsOf(data, h1)).toEqual({ partners_active: 4, agreements_signed: 1, agreements_active: 1, aid_committed_vnd: 500, aid_disbursed_vnd: 607, awards: 1 });
    expect(partnerIndicatorsOf(data, { from: '2020-06-01', to: '2020-06-01' })).toEqual({ partners_active: 1, agreements_signed: 0, agreements_active: 1, aid_committed_vnd: 0, aid_disbursed_vnd: 0, awards: 0 });
  });
});
