import { describe, expect, it } from 'vitest';
import { memoryClient, tenantDb, type TenantDb } from '../../../db';
import { initTenant } from '../../../db/provider';
import { agreementPartners, agreements, aidProjects, awards, events, partners } from '../../../db/tenant/schema';
import { partnerIndicators } from './partner-indicators';

async function freshDb() {
  const client = memoryClient();
  await initTenant(client);
  return tenantDb(client);
}

const stamp = new Date('2026-01-15T03:00:00Z');
const partner = (id: string) => ({ id, name: id, country: 'JP', kind: 'other' as const, sortName: id, searchText: id });
const agreement = (id: string, signedOn: string, validFrom: string, validTo: string | null) => ({ id, title: id, signedOn, validFrom, validTo });
const aid = (id: string, donorPartnerId: string, committedVnd: number, disbursedVnd: number, startsOn: string | null, endsOn: string | null, status: 'planned' | 'ongoing' | 'completed' | 'cancelled', createdAt = stamp) => ({
  id, title: id, donorPartnerId, sector: 'health' as const, committedVnd, disbursedVnd, startsOn, endsOn, status, createdAt, updatedAt: createdAt,
});
const event = (id: string, start: string, lastEnd: string, partnerIds: string[]) => ({
  id, type: 'meeting', title: id, startsAt: new Date(start), endsAt: new Date(start), lastEndsAt: new Date(lastEnd), timeZone: 'Asia/Ho_Chi_Minh', format: 'in_person', partnerIds,
});

/**
 * A workspace with one of each case around the first half of 2026 (from 2026-01-01 to 2026-06-30):
 * partners p1..p7, of whom p1 (agreement valid in the range), p2 (agreement signed in it),
 * p3 (aid overlapping it) and p4 (event in it) are active; p5's aid is cancelled, p6's agreements,
 * aid and events lie outside, p7 has nothing.
 */
async function seeded(): Promise<TenantDb> {
  const db = await freshDb();
  await db.insert(partners).values(['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'].map(partner));
  await db.insert(agreements).values([
    agreement('a-old-open', '2015-05-01', '2015-05-01', null), // active (open-ended), not signed in range
    agreement('a-ends-on-from', '2021-01-01', '2021-01-01', '2026-01-01'), // valid on the first day only
    agreement('a-signed', '2026-06-30', '2026-09-01', '2031-08-31'), // signed on the last day, valid later
    agreement('a-starts-on-to', '2026-06-30', '2026-06-30', null), // signed and valid on the last day
    agreement('a-ended', '2019-01-01', '2019-01-01', '2025-12-31'), // ended the day before
    agreement('a-later', '2026-07-01', '2026-07-01', null), // after
  ]);
  await db.insert(agreementPartners).values([
    { agreementId: 'a-old-open', partnerId: 'p1', position: 0 },
    { agreementId: 'a-signed', partnerId: 'p2', position: 0 },
    { agreementId: 'a-ended', partnerId: 'p6', position: 0 },
    { agreementId: 'a-later', partnerId: 'p6', position: 0 },
  ]);
  await db.insert(aidProjects).values([
    aid('aid-running', 'p3', 1_000_000_000, 400_000_000, '2025-09-01', '2026-08-31', 'ongoing'), // overlaps: counted in full
    aid('aid-open', 'p3', 200_000_000, 0, '2026-03-01', null, 'planned'), // overlaps (runs on)
    aid('aid-cancelled', 'p5', 300_000_000, 50_000_000, '2026-02-01', '2026-12-31', 'cancelled'), // committed 0, disbursed counts
    aid('aid-done-undated-end', 'p6', 70_000_000, 70_000_000, '2025-03-01', null, 'completed'), // ended when it started: outside
    aid('aid-undated', 'p3', 5_000_000, 1_000_000, null, null, 'completed', new Date('2026-04-10T20:00:00Z')), // entered 2026-04-11 in Vietnam: inside
    aid('aid-after', 'p6', 9_000_000, 0, '2026-07-01', null, 'planned'), // after
  ]);
  await db.insert(events).values([
    // 07:00 on 1 January in Vietnam is 00:00 UTC; an event ending at 00:00 Vietnam time on 1 January is outside.
    event('e-in', '2026-03-05T02:00:00Z', '2026-03-05T04:00:00Z', ['p4', 'ghost']),
    event('e-before', '2025-12-31T15:00:00Z', '2025-12-31T17:00:00Z', ['p6']),
    event('e-after', '2026-06-30T17:00:00Z', '2026-06-30T18:00:00Z', ['p6']),
  ]);
  await db.insert(awards).values([
    { id: 'w1', awardName: 'Kỷ niệm chương', recipientName: 'A', decisionNumber: '1', decidedOn: '2026-01-01' },
    { id: 'w2', awardName: 'Bằng khen', recipientName: 'B', decisionNumber: '2', decidedOn: '2026-06-30' },
    { id: 'w3', awardName: 'Bằng khen', recipientName: 'C', decisionNumber: '3', decidedOn: '2025-12-31' },
  ]);
  return db;
}

describe('partner indicators', () => {
  it('count each case by its definition over the range, both ends included', async () => {
    const db = await seeded();
    expect(await partnerIndicators(db, { from: '2026-01-01', to: '2026-06-30' })).toEqual({
      partners_active: 4, // p1, p2, p3, p4 (p5's aid is cancelled; p6 only outside; the event's "ghost" is no partner)
      agreements_signed: 2, // a-signed, a-starts-on-to
      agreements_active: 3, // a-old-open, a-ends-on-from, a-starts-on-to
      aid_committed_vnd: 1_000_000_000 + 200_000_000 + 5_000_000, // aid-running, aid-open, aid-undated; cancelled adds nothing
      aid_disbursed_vnd: 400_000_000 + 50_000_000 + 1_000_000, // … and what the cancelled one disbursed
      awards: 2, // w1, w2
    });
  });

  it('see only the day for a one-day range, and nothing in an empty workspace', async () => {
    const db = await seeded();
    expect(await partnerIndicators(db, { from: '2025-12-31', to: '2025-12-31' })).toEqual({
      partners_active: 3, // p1 (open agreement), p3 (aid-running), p6 (a-ended's last day, e-before)
      agreements_signed: 0,
      agreements_active: 3, // a-old-open, a-ends-on-from, a-ended
      aid_committed_vnd: 1_000_000_000,
      aid_disbursed_vnd: 400_000_000,
      awards: 1,
    });
    expect(await partnerIndicators(await freshDb(), { from: '2026-01-01', to: '2026-12-31' })).toEqual({
      partners_active: 0, agreements_signed: 0, agreements_active: 0, aid_committed_vnd: 0, aid_disbursed_vnd: 0, awards: 0,
    });
  });

  it('count a multi-year project in full in each period it overlaps', async () => {
    const db = await seeded();
    // aid-running (2025-09-01..2026-08-31) in both halves; aid-done-undated-end only when it started.
    expect((await partnerIndicators(db, { from: '2025-07-01', to: '2025-12-31' })).aid_committed_vnd).toBe(1_000_000_000);
    expect((await partnerIndicators(db, { from: '2026-07-01', to: '2026-12-31' })).aid_committed_vnd).toBe(1_000_000_000 + 200_000_000 + 9_000_000);
    expect((await partnerIndicators(db, { from: '2025-01-01', to: '2025-06-30' })).aid_committed_vnd).toBe(70_000_000);
  });
});
