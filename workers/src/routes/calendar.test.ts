import { describe, expect, it } from 'vitest';
import { testApp } from '../../../test/fixtures/app';
import { params, parseIcs, prop, unescapeText } from '../../../test/fixtures/ical';

/** The path and query of a feed URL, to call the app with. */
const local = (url: string) => url.replace(/^https?:\/\/[^/]+/, '');

async function setup() {
  const t = await testApp();
  const owner = await t.user();
  const ws = await t.workspace(owner, { name: 'Hội hữu nghị Việt Nam – Nhật Bản, chi hội Hà Nội; lịch' });
  const [editor, viewer] = [await t.user(), await t.user()];
  await t.grant(owner, ws, editor, 'editor');
  await t.grant(owner, ws, viewer, 'viewer');
  const soon = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const single = await owner.call('POST', `/api/w/${ws}/events`, {
    type: 'anniversary',
    title: 'Lễ kỷ niệm quan hệ ngoại giao Việt Nam – Nhật Bản, 21/9',
    titleEn: 'Vietnam–Japan diplomatic relations anniversary',
    description: 'Chủ trì: VUFO; phối hợp: Bộ Ngoại giao.\nKhách mời: Đại sứ quán Nhật Bản \\ JICA',
    location: 'Trung tâm Hội nghị Quốc gia, Hà Nội',
    startsAt: `${soon}T08:30`,
    endsAt: `${soon}T11:30`,
  });
  const series = await owner.call('POST', `/api/w/${ws}/events`, {
    type: 'meeting',
    title: 'Họp Ban Thường vụ',
    timeZone: 'Europe/Paris',
    startsAt: '2026-10-05T10:00',
    endsAt: '2026-10-05T11:00',
    rrule: 'FREQ=WEEKLY;COUNT=6',
  });
  await owner.call('PATCH', `/api/w/${ws}/events/${series.body.id}/occurrences/2026-10-12`, { cancelled: true });
  await owner.call('PATCH', `/api/w/${ws}/events/${series.body.id}/occurrences/2026-10-26`, { startsAt: '2026-10-27T15:00', location: 'Online' });
  return { t, owner, editor, viewer, ws, single: single.body, series: series.body };
}

describe('calendar feed', () => {
  it('gives viewers a URL that works without a session and serves a strict RFC 5545 feed', async () => {
    const { t, viewer, ws, single, series } = await setup();
    const { status, body } = await viewer.call('GET', `/api/w/${ws}/calendar`);
    expect(status).toBe(200);
    expect(body.url).toMatch(new RegExp(`^http://localhost:8787/api/w/${ws}/calendar\\.ics\\?key=[A-Za-z0-9_-]{32}$`));
    expect(body.webcalUrl).toBe(body.url.replace('http:', 'webcal:'));
    expect((await viewer.call('GET', `/api/w/${ws}/calendar`)).body.url).toBe(body.url);

    const feed = await t.call('GET', local(body.url));
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const cal = parseIcs(feed.bytes);
    expect(unescapeText(prop(cal, 'X-WR-CALNAME')!)).toBe('Hội hữu nghị Việt Nam – Nhật Bản, chi hội Hà Nội; lịch');
    expect(cal.children.filter((c) => c.name === 'VTIMEZONE').map((c) => prop(c, 'TZID')).sort()).toEqual(['Asia/Ho_Chi_Minh', 'Europe/Paris']);

    const events = cal.children.filter((c) => c.name === 'VEVENT');
    const one = events.find((e) => prop(e, 'UID') === `${single.id}@amity`)!;
    expect(unescapeText(prop(one, 'SUMMARY')!)).toBe(single.title);
    expect(unescapeText(prop(one, 'LOCATION')!)).toBe('Trung tâm Hội nghị Quốc gia, Hà Nội');
    expect(unescapeText(prop(one, 'DESCRIPTION')!)).toContain('Chủ trì: VUFO; phối hợp: Bộ Ngoại giao.\nKhách mời: Đại sứ quán Nhật Bản \\ JICA');
    expect(params(one, 'DTSTART')).toEqual({ TZID: ['Asia/Ho_Chi_Minh'] });
    expect(prop(one, 'DTSTART')).toMatch(/T083000$/);

    const parts = events.filter((e) => prop(e, 'UID') === `${series.id}@amity`);
    expect(parts).toHaveLength(2);
    expect(prop(parts[0], 'RRULE')).toBe('FREQ=WEEKLY;COUNT=6');
    expect(prop(parts[0], 'EXDATE')).toBe('20261012T100000');
    expect(params(parts[0], 'EXDATE')).toEqual({ TZID: ['Europe/Paris'] });
    expect(prop(parts[1], 'RECURRENCE-ID')).toBe('20261026T100000');
    expect(prop(parts[1], 'DTSTART')).toBe('20261027T150000');
    expect(prop(parts[1], 'LOCATION')).toBe('Online');
  });

  it('answers 404 to a wrong, missing, foreign or rotated key, and lets only admins rotate', async () => {
    const { t, owner, editor, viewer, ws } = await setup();
    const { url } = (await viewer.call('GET', `/api/w/${ws}/calendar`)).body;
    const path = local(url);
    expect((await t.call('GET', path.replace(/key=.*/, 'key=wrong'))).status).toBe(404);
    expect((await t.call('GET', path.replace(/\?key=.*/, ''))).status).toBe(404);
    expect((await t.call('GET', path.replace(`/w/${ws}/`, '/w/no-such-ws/'))).status).toBe(404);
    const other = await t.workspace(owner);
    expect((await t.call('GET', path.replace(`/w/${ws}/`, `/w/${other}/`))).status).toBe(404);

    expect((await editor.call('POST', `/api/w/${ws}/calendar/rotate`)).status).toBe(403);
    expect((await viewer.call('POST', `/api/w/${ws}/calendar/rotate`)).status).toBe(403);
    const rotated = await owner.call('POST', `/api/w/${ws}/calendar/rotate`);
    expect(rotated.status).toBe(200);
    expect(rotated.body.url).not.toBe(url);
    expect((await t.call('GET', path)).status).toBe(404);
    expect((await t.call('GET', local(rotated.body.url))).status).toBe(200);
    expect((await viewer.call('GET', `/api/w/${ws}/calendar`)).body.url).toBe(rotated.body.url);
    const audit = await owner.call('GET', `/api/w/${ws}/audit?limit=1`);
    expect(audit.body.items[0]).toMatchObject({ action: 'calendar.rotate', entity: 'calendar' });
  });

  it('still needs a session for every other workspace route', async () => {
    const { t, ws } = await setup();
    expect((await t.call('GET', `/api/w/${ws}/calendar`)).status).toBe(401);
    expect((await t.call('GET', `/api/w/${ws}/events`)).status).toBe(401);
    expect((await t.call('GET', `/api/w/${ws}/calendar.icsx?key=x`)).status).toBe(401);
    expect((await t.call('POST', `/api/w/${ws}/calendar.ics?key=x`)).status).toBe(401);
  });

  it('is a valid calendar when the workspace has no events', async () => {
    const t = await testApp();
    const owner = await t.user();
    const ws = await t.workspace(owner);
    const feed = await t.call('GET', local((await owner.call('GET', `/api/w/${ws}/calendar`)).body.url));
    expect(parseIcs(feed.body).children.map((c) => c.name)).toEqual(['VTIMEZONE']);
  });
});
