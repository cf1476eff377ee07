import { describe, expect, it } from 'vitest';
import { testApp, type TestClient } from '../../../test/fixtures/app';
import { parseIcs, prop } from '../../../test/fixtures/ical';

const seminar = {
  type: 'seminar',
  title: 'Tọa đàm “Đối ngoại nhân dân trong tình hình mới: cơ hội, thách thức và yêu cầu”',
  titleEn: 'People-to-people diplomacy in the new situation',
  startsAt: '2021-06-18T08:00',
  endsAt: '2021-06-18T11:30',
  location: 'Hà Nội',
  format: 'hybrid',
  connectionPoints: 44,
  countries: [],
  participants: 300,
};

async function setup() {
  const t = await testApp();
  const owner = await t.user('Nguyễn Thị Thu Hà');
  const ws = await t.workspace(owner);
  const viewer = await t.user();
  await t.grant(owner, ws, viewer, 'viewer');
  const create = async (fields: Record<string, unknown> = {}, as: TestClient = owner) => as.call('POST', `/api/w/${ws}/events`, { ...seminar, ...fields });
  return { t, owner, ws, viewer, create };
}

describe('events', () => {
  it('creates, reads, changes and deletes an event, each change audited', async () => {
    const { owner, ws, viewer, create } = await setup();
    const created = await create();
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect(created.body).toMatchObject({
      type: 'seminar',
      startsAt: '2021-06-18T08:00:00+07:00',
      endsAt: '2021-06-18T11:30:00+07:00',
      timeZone: 'Asia/Ho_Chi_Minh',
      format: 'hybrid',
      connectionPoints: 44,
      registrationOpen: true,
      capacity: null,
      rrule: null,
      delegation: null,
      registrations: { registered: 0, waitlisted: 0, attended: 0 },
      exceptions: [],
    });

    const read = await viewer.call('GET', `/api/w/${ws}/events/${id}`);
    expect(read.status).toBe(200);
    expect(read.body.title).toBe(seminar.title);

    const patched = await owner.call('PATCH', `/api/w/${ws}/events/${id}`, {
      endsAt: '2021-06-18T12:00:00+07:00',
      outcomes: { agreementsSigned: 2, fundsRaisedVnd: 656_700_000_000, fundsTargetVnd: 65_000_000_000, notes: 'Kiến nghị gửi Ban Bí thư' },
      delegation: null,
    });
    expect(patched.status).toBe(200);
    expect(patched.body.endsAt).toBe('2021-06-18T12:00:00+07:00');
    expect(patched.body.startsAt).toBe('2021-06-18T08:00:00+07:00');
    expect(patched.body.outcomes.fundsRaisedVnd).toBe(656_700_000_000);

    expect((await owner.call('DELETE', `/api/w/${ws}/events/${id}`)).status).toBe(204);
    expect((await owner.call('GET', `/api/w/${ws}/events/${id}`)).status).toBe(404);
    expect((await owner.call('DELETE', `/api/w/${ws}/events/${id}`)).status).toBe(404);
    expect((await owner.call('PATCH', `/api/w/${ws}/events/${id}`, { title: 'x' })).status).toBe(404);

    const audit = await owner.call('GET', `/api/w/${ws}/audit`);
    expect(audit.body.items.slice(0, 3).map((i: { action: string }) => i.action)).toEqual(['event.delete', 'event.update', 'event.create']);
    expect(audit.body.items.filter((i: { action: string }) => i.action === 'event.delete')).toHaveLength(1);
  });

  it('keeps time zones: instants shown on the event’s wall clock', async () => {
    const { create } = await setup();
    const tokyo = await create({ timeZone: 'Asia/Tokyo', startsAt: '2026-09-21T10:00', endsAt: '2026-09-21T12:00' });
    expect(tokyo.body).toMatchObject({ timeZone: 'Asia/Tokyo', startsAt: '2026-09-21T10:00:00+09:00' });
    const offset = await create({ startsAt: '2026-09-21T01:00:00Z', endsAt: '2026-09-21T03:00:00Z' });
    expect(offset.body.startsAt).toBe('2026-09-21T08:00:00+07:00');
    const lower = await create({ timeZone: 'asia/ho_chi_minh' });
    expect(lower.body.timeZone).toBe('Asia/Ho_Chi_Minh');
  });

  it('refuses bad input with field errors and writes nothing', async () => {
    const { owner, ws, create } = await setup();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ endsAt: '2021-06-18T07:00' }, 'endsAt', 'end_before_start'],
      [{ endsAt: '2021-06-18T08:00' }, 'endsAt', 'end_before_start'],
      [{ countries: ['JP', 'XX'] }, 'countries.1', 'country_unknown'],
      [{ countries: ['jp'] }, 'countries.0', 'country_format'],
      [{ type: 'picnic' }, 'type', 'type_invalid'],
      [{ capacity: -1 }, 'capacity', 'capacity_negative'],
      [{ capacity: 2.5 }, 'capacity', 'capacity_invalid'],
      [{ outcomes: { aidCommittedVnd: 1000.5 } }, 'outcomes.aidCommittedVnd', 'vnd_integer'],
      [{ outcomes: { fundsRaisedVnd: -5 } }, 'outcomes.fundsRaisedVnd', 'vnd_negative'],
      [{ timeZone: 'Mars/Olympus' }, 'timeZone', 'time_zone_invalid'],
      [{ startsAt: '2021-02-30T08:00' }, 'startsAt', 'date_time_format'],
      [{ rrule: 'FREQ=WEEKLY' }, 'rrule', 'rrule_unbounded'],
      [{ rrule: 'FREQ=DAILY;COUNT=5000' }, 'rrule', 'rrule_too_many'],
      [{ rrule: 'FREQ=YEARLY;COUNT=40' }, 'rrule', 'rrule_too_far'],
      [{ rrule: 'FREQ=MINUTELY;COUNT=3' }, 'rrule', 'rrule_invalid'],
      [{ rrule: 'FREQ=MONTHLY;BYDAY=1MO;COUNT=3' }, 'rrule', 'rrule_start_mismatch'],
      [{ delegation: { direction: 'sideways', headName: 'A', size: 3 } }, 'delegation.direction', 'direction_invalid'],
      [{ title: '' }, 'title', 'required'],
      [{ partnerIds: ['no-such-partner'] }, 'partnerIds.0', 'partner_unknown'],
    ];
    for (const [fields, path, code] of cases) {
      const res = await create(fields);
      expect(res.status, JSON.stringify(fields)).toBe(422);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.body.errors, JSON.stringify(fields)).toContainEqual(expect.objectContaining({ path, code }));
    }
    expect((await owner.call('GET', `/api/w/${ws}/events`)).body.items).toEqual([]);

    const ok = await create();
    const id = ok.body.id;
    const bad = await owner.call('PATCH', `/api/w/${ws}/events/${id}`, { startsAt: '2021-06-18T12:00' });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0]).toMatchObject({ path: 'endsAt', code: 'end_before_start' });
    expect((await owner.call('PATCH', `/api/w/${ws}/events/${id}`, { countries: ['ZZ'] })).status).toBe(422);
    const partner = await owner.create(`/api/w/${ws}/partners`, { name: 'Hội hữu nghị Nhật – Việt', country: 'JP', kind: 'friendship_society' });
    const unknown = await owner.call('PATCH', `/api/w/${ws}/events/${id}`, { partnerIds: [partner.id, 'no-such-partner'] });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0]).toMatchObject({ path: 'partnerIds.1', code: 'partner_unknown' });
    expect((await owner.call('GET', `/api/w/${ws}/events/${id}`)).body).toMatchObject({ startsAt: '2021-06-18T08:00:00+07:00', partnerIds: [] });
    expect((await owner.call('PATCH', `/api/w/${ws}/events/${id}`, { partnerIds: [partner.id] })).body.partnerIds).toEqual([partner.id]);
  });

  it('lets viewers read but not write', async () => {
    const { ws, viewer, create } = await setup();
    const { body } = await create();
    expect((await create({}, viewer)).status).toBe(403);
    expect((await viewer.call('PATCH', `/api/w/${ws}/events/${body.id}`, { title: 'x' })).status).toBe(403);
    expect((await viewer.call('DELETE', `/api/w/${ws}/events/${body.id}`)).status).toBe(403);
    expect((await viewer.call('GET', `/api/w/${ws}/events`)).body.items).toHaveLength(1);
  });

  it('lists in pages, filtered by type, country and range', async () => {
    const { owner, ws, create } = await setup();
    await create({ title: 'A', type: 'meeting', countries: ['JP'], startsAt: '2026-01-10T09:00', endsAt: '2026-01-10T10:00' });
    await create({ title: 'B', type: 'seminar', countries: ['CU', 'LA'], startsAt: '2026-02-10T09:00', endsAt: '2026-02-10T10:00' });
    await create({ title: 'C', type: 'meeting', countries: ['LA'], startsAt: '2026-03-10T09:00', endsAt: '2026-03-12T10:00' });
    const list = (q: string) => owner.call('GET', `/api/w/${ws}/events${q}`);
    const titles = async (q: string) => (await list(q)).body.items.map((e: { title: string }) => e.title);

    expect(await titles('')).toEqual(['A', 'B', 'C']);
    const first = await list('?limit=2');
    expect(first.body.items.map((e: { title: string }) => e.title)).toEqual(['A', 'B']);
    expect(await titles(`?limit=2&cursor=${first.body.nextCursor}`)).toEqual(['C']);
    expect((await list(`?limit=2&cursor=${first.body.nextCursor}`)).body.nextCursor).toBeNull();
    expect(await titles('?type=meeting')).toEqual(['A', 'C']);
    expect(await titles('?country=LA')).toEqual(['B', 'C']);
    expect(await titles('?from=2026-02-01&to=2026-03-10')).toEqual(['B', 'C']);
    expect(await titles('?from=2026-03-11')).toEqual(['C']);
    expect(await titles('?to=2026-01-10')).toEqual(['A']);
    const paged = await list('?from=2026-01-01&to=2026-12-31&limit=1');
    expect(paged.body.items[0]).toMatchObject({ title: 'A', occurrenceId: null, date: '2026-01-10' });
    expect(await titles(`?from=2026-01-01&to=2026-12-31&limit=5&cursor=${paged.body.nextCursor}`)).toEqual(['B', 'C']);

    for (const q of ['?limit=500', '?type=picnic', '?country=XX', '?from=2026-13-01', '?from=2026-03-01&to=2026-02-01', '?cursor=abc']) {
      expect((await list(q)).status, q).toBe(422);
    }
  });
});

describe('recurring events', () => {
  async function series() {
    const s = await setup();
    const res = await s.create({
      type: 'review',
      title: 'Giao ban công tác tháng',
      startsAt: '2026-01-05T14:00',
      endsAt: '2026-01-05T16:00',
      rrule: 'FREQ=MONTHLY;BYDAY=1MO;UNTIL=20260630',
      location: 'Phòng họp tầng 2',
    });
    expect(res.status).toBe(201);
    return { ...s, id: res.body.id as string, event: res.body };
  }

  it('stores the canonical rule and expands occurrences in a range, each with a stable id', async () => {
    const { owner, ws, id, event } = await series();
    expect(event.rrule).toBe('FREQ=MONTHLY;BYDAY=1MO;UNTIL=20260630T165959Z');
    const res = await owner.call('GET', `/api/w/${ws}/events?from=2026-02-01&to=2026-04-30`);
    expect(res.body.items.map((o: { occurrenceId: string; startsAt: string }) => [o.occurrenceId, o.startsAt])).toEqual([
      [`${id}:20260202`, '2026-02-02T14:00:00+07:00'],
      [`${id}:20260302`, '2026-03-02T14:00:00+07:00'],
      [`${id}:20260406`, '2026-04-06T14:00:00+07:00'],
    ]);
    expect(res.body.items[0]).toMatchObject({ id, date: '2026-02-02', changed: false, title: 'Giao ban công tác tháng' });
    const all = await owner.call('GET', `/api/w/${ws}/events?from=2026-01-01&to=2026-12-31&limit=4`);
    expect(all.body.items).toHaveLength(4);
    const rest = await owner.call('GET', `/api/w/${ws}/events?from=2026-01-01&to=2026-12-31&cursor=${all.body.nextCursor}`);
    expect(rest.body.items.map((o: { date: string }) => o.date)).toEqual(['2026-05-04', '2026-06-01']);
  });

  it('cancels, moves and restores single occurrences', async () => {
    const { owner, viewer, ws, id } = await series();
    const occ = (date: string) => `/api/w/${ws}/events/${id}/occurrences/${date}`;

    const cancelled = await owner.call('PATCH', occ('2026-03-02'), { cancelled: true });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ occurrenceId: `${id}:20260302`, cancelled: true, changed: true });

    const moved = await owner.call('PATCH', occ('20260406'), { startsAt: '2026-04-07T09:00', title: 'Giao ban tháng 4 (dời sang thứ Ba)' });
    expect(moved.body).toMatchObject({ date: '2026-04-06', startsAt: '2026-04-07T09:00:00+07:00', endsAt: '2026-04-07T11:00:00+07:00', title: 'Giao ban tháng 4 (dời sang thứ Ba)', changed: true });

    const range = await owner.call('GET', `/api/w/${ws}/events?from=2026-03-01&to=2026-04-30`);
    expect(range.body.items.map((o: { date: string; startsAt: string }) => [o.date, o.startsAt])).toEqual([['2026-04-06', '2026-04-07T09:00:00+07:00']]);

    const detail = await viewer.call('GET', `/api/w/${ws}/events/${id}`);
    expect(detail.body.exceptions.map((e: { date: string; cancelled: boolean }) => [e.date, e.cancelled])).toEqual([
      ['2026-03-02', true],
      ['2026-04-06', false],
    ]);
    expect((await viewer.call('GET', occ('2026-04-06'))).body.title).toBe('Giao ban tháng 4 (dời sang thứ Ba)');

    expect((await owner.call('PATCH', occ('2026-04-06'), { endsAt: '2026-04-07T08:00' })).status).toBe(422);
    expect((await owner.call('PATCH', occ('2026-04-06'), { title: null })).body.title).toBe('Giao ban công tác tháng');
    expect((await owner.call('DELETE', occ('2026-03-02'))).status).toBe(204);
    expect((await owner.call('GET', occ('2026-03-02'))).body).toMatchObject({ cancelled: false, changed: false });

    for (const date of ['2026-03-03', '2027-01-04', 'not-a-date', '2026-02-30']) {
      expect((await owner.call('PATCH', occ(date), { cancelled: true })).status, date).toBe(404);
    }
    expect((await viewer.call('PATCH', occ('2026-02-02'), { cancelled: true })).status).toBe(403);
    const single = await owner.call('POST', `/api/w/${ws}/events`, seminar);
    expect((await owner.call('GET', `/api/w/${ws}/events/${single.body.id}/occurrences/2021-06-18`)).status).toBe(404);
  });

  it('drops the changes of occurrences a new rule no longer has', async () => {
    const { owner, ws, id } = await series();
    await owner.call('PATCH', `/api/w/${ws}/events/${id}/occurrences/2026-02-02`, { cancelled: true });
    await owner.call('PATCH', `/api/w/${ws}/events/${id}/occurrences/2026-06-01`, { cancelled: true });
    const res = await owner.call('PATCH', `/api/w/${ws}/events/${id}`, { rrule: 'FREQ=MONTHLY;BYDAY=1MO;COUNT=3' });
    expect(res.status).toBe(200);
    expect(res.body.exceptions.map((e: { date: string }) => e.date)).toEqual(['2026-02-02']);
    const bad = await owner.call('PATCH', `/api/w/${ws}/events/${id}`, { rrule: 'FREQ=MONTHLY;BYDAY=1MO' });
    expect(bad.body.errors[0]).toMatchObject({ path: 'rrule', code: 'rrule_unbounded' });
    const single = await owner.call('PATCH', `/api/w/${ws}/events/${id}`, { rrule: null });
    expect(single.body).toMatchObject({ rrule: null, exceptions: [] });
  });

  it('downloads one event as a strict RFC 5545 file', async () => {
    const { t, owner, viewer, ws, id } = await series();
    await owner.call('PATCH', `/api/w/${ws}/events/${id}/occurrences/2026-03-02`, { cancelled: true });
    await owner.call('PATCH', `/api/w/${ws}/events/${id}/occurrences/2026-04-06`, { startsAt: '2026-04-07T09:00' });
    const res = await viewer.call('GET', `/api/w/${ws}/events/${id}.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain(`${id}.ics`);
    const events = parseIcs(res.bytes).children.filter((c) => c.name === 'VEVENT');
    expect(events.map((e) => prop(e, 'UID'))).toEqual([`${id}@amity`, `${id}@amity`]);
    expect(prop(events[0], 'EXDATE')).toBe('20260302T140000');
    expect(prop(events[1], 'RECURRENCE-ID')).toBe('20260406T140000');
    expect(Number(prop(events[0], 'SEQUENCE'))).toBe(2);
    expect((await t.call('GET', `/api/w/${ws}/events/${id}.ics`)).status).toBe(401);
    expect((await viewer.call('GET', `/api/w/${ws}/events/nosuchevent.ics`)).status).toBe(404);
  });
});
