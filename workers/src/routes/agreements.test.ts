import { describe, expect, it } from 'vitest';
import { onNode, testApp, type TestApp } from '../../../test/fixtures/app';
import { addDays } from '../../../shared/partners';

async function setup(t?: TestApp) {
  t ??= await testApp();
  const owner = await t.user('Nguyễn Thị Thu Hà');
  const ws = await t.workspace(owner);
  const post = (path: string, body: unknown) => owner.create(`/api/w/${ws}${path}`, body);
  const jvfa = await post('/partners', { name: 'Hội hữu nghị Nhật – Việt', country: 'JP', kind: 'friendship_society' });
  const city = await post('/partners', { name: 'Tỉnh Gunma', country: 'JP', kind: 'city' });
  return { t, owner, ws, post, jvfa: jvfa.id as string, city: city.id as string };
}

/** Today in Vietnam, as the server sees it (the Worker suite cannot fix the clock). */
const vnToday = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

describe('agreements', () => {
  it('are created with their parties, read, changed and deleted', async () => {
    const { owner, ws, post, jvfa, city } = await setup();
    const doc = await post('/correspondence', { direction: 'out', typeCode: 'BB', subject: 'Biên bản ghi nhớ hợp tác với Hội hữu nghị Nhật – Việt' });
    const a = await post('/agreements', {
      title: 'Biên bản ghi nhớ hợp tác giai đoạn 2024–2029', partnerIds: [city, jvfa, city], signedOn: '2024-03-01', validFrom: '2024-04-01', validTo: '2029-03-31',
      documentId: doc.id, notes: 'Ký tại Maebashi',
    });
    expect(a).toMatchObject({ partnerIds: [city, jvfa], signedOn: '2024-03-01', validFrom: '2024-04-01', validTo: '2029-03-31', documentId: doc.id, renewedFromId: null, renewedById: null, notes: 'Ký tại Maebashi' });
    expect(['active', 'expiring', 'expired']).toContain(a.status);
    expect((await owner.call('GET', `/api/w/${ws}/agreements/${a.id}`)).body).toEqual(a);

    const patched = await owner.call('PATCH', `/api/w/${ws}/agreements/${a.id}`, { partnerIds: [jvfa], validTo: null, documentId: null, notes: '' });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ partnerIds: [jvfa], validTo: null, documentId: null, notes: null, status: 'active', title: a.title });
    expect((await owner.call('GET', `/api/w/${ws}/agreements?partnerId=${city}`)).body.items).toEqual([]);
    expect((await owner.call('GET', `/api/w/${ws}/agreements?partnerId=${jvfa}`)).body.items).toEqual([patched.body]);

    expect((await owner.call('DELETE', `/api/w/${ws}/agreements/${a.id}`)).status).toBe(204);
    expect((await owner.call('GET', `/api/w/${ws}/agreements/${a.id}`)).status).toBe(404);
    // Its parties are free again.
    expect((await owner.call('DELETE', `/api/w/${ws}/partners/${jvfa}`)).status).toBe(204);
    const actions = (await owner.call('GET', `/api/w/${ws}/audit`)).body.items.map((e: { action: string }) => e.action).filter((x: string) => x.startsWith('agreement.'));
    expect(actions).toEqual(['agreement.delete', 'agreement.update', 'agreement.create']);
  });

  it('refuse bad dates, unknown partners and unknown documents with 422, writing nothing', async () => {
    const { t, owner, ws, post, jvfa } = await setup();
    const other = await t.workspace(owner);
    const foreignPartner = (await owner.call('POST', `/api/w/${other}/partners`, { name: 'X', country: 'JP', kind: 'other' })).body.id;
    const foreignDoc = (await owner.call('POST', `/api/w/${other}/correspondence`, { direction: 'out', typeCode: 'CV', subject: 'X' })).body.id;
    const voided = await post('/correspondence', { direction: 'out', typeCode: 'CV', subject: 'Nhầm' });
    await owner.call('POST', `/api/w/${ws}/correspondence/${voided.id}/void`, { reason: 'Nhầm' });
    const base = { title: 'MOU', partnerIds: [jvfa], signedOn: '2024-03-01', validFrom: '2024-04-01' };
    const cases: [Record<string, unknown>, string, string][] = [
      [{ ...base, validTo: '2024-03-31' }, 'validTo', 'end_before_start'],
      [{ ...base, validFrom: '2024-02-30' }, 'validFrom', 'date_format'],
      [{ ...base, partnerIds: [] }, 'partnerIds', 'required'],
      [{ ...base, partnerIds: [jvfa, 'nope'] }, 'partnerIds.1', 'partner_unknown'],
      [{ ...base, partnerIds: [foreignPartner] }, 'partnerIds.0', 'partner_unknown'],
      [{ ...base, documentId: foreignDoc }, 'documentId', 'document_unknown'],
      [{ ...base, documentId: voided.id }, 'documentId', 'document_unknown'],
      [{ ...base, renewedFromId: 'nope' }, 'renewedFromId', 'agreement_unknown'],
      [{ ...base, title: '' }, 'title', 'required'],
    ];
    for (const [body, path, code] of cases) {
      const res = await owner.call('POST', `/api/w/${ws}/agreements`, body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.body.errors, JSON.stringify(body)).toContainEqual(expect.objectContaining({ path, code }));
    }
    expect((await owner.call('GET', `/api/w/${ws}/agreements`)).body.items).toEqual([]);
    const a = await post('/agreements', base);
    const bad = await owner.call('PATCH', `/api/w/${ws}/agreements/${a.id}`, { validFrom: '2030-01-01', validTo: '2029-12-31' });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0]).toMatchObject({ path: 'validTo', code: 'end_before_start' });
    expect((await owner.call('PATCH', `/api/w/${ws}/agreements/${a.id}`, { partnerIds: ['nope'] })).status).toBe(422);
    expect((await owner.call('GET', `/api/w/${ws}/agreements/${a.id}`)).body).toEqual(a);
  });

  it('derive their status from the dates and today', async () => {
    const { owner, ws, post, jvfa } = await setup();
    const today = vnToday();
    const make = (validFrom: string, validTo: string | null) => post('/agreements', { title: `${validFrom}..${validTo}`, partnerIds: [jvfa], signedOn: validFrom, validFrom, validTo });
    expect((await make(addDays(today, -400), null)).status).toBe('active');
    expect((await make(addDays(today, -400), addDays(today, 200))).status).toBe('active');
    expect((await make(addDays(today, -400), addDays(today, 30))).status).toBe('expiring');
    expect((await make(addDays(today, -400), addDays(today, -30))).status).toBe('expired');
    expect((await make(addDays(today, 30), addDays(today, 400))).status).toBe('not_yet_valid');
    const titles = async (query: string) => (await owner.call('GET', `/api/w/${ws}/agreements${query}`)).body.items.map((a: { status: string }) => a.status);
    expect(await titles('?status=expiring')).toEqual(['expiring']);
    expect(await titles('?status=active')).toEqual(['active', 'active']);
    expect(await titles('?status=expired')).toEqual(['expired']);
    expect(await titles('?status=not_yet_valid')).toEqual(['not_yet_valid']);
    expect((await owner.call('GET', `/api/w/${ws}/agreements?status=soon`)).status).toBe(422);
  });

  it('list latest signed first, with a cursor', async () => {
    const { owner, ws, post, jvfa } = await setup();
    for (const signedOn of ['2021-05-01', '2023-05-01', '2022-05-01', '2023-05-01', '2020-05-01']) {
      await post('/agreements', { title: signedOn, partnerIds: [jvfa], signedOn, validFrom: signedOn });
    }
    const seen: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const res: { body: { items: { signedOn: string }[]; nextCursor: string | null } } = await owner.call('GET', `/api/w/${ws}/agreements?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...res.body.items.map((a) => a.signedOn));
      cursor = res.body.nextCursor;
    }
    expect(seen).toEqual(['2023-05-01', '2023-05-01', '2022-05-01', '2021-05-01', '2020-05-01']);
  });
});

describe('renewal and the reminder list', () => {
  it('renews an agreement once, into a successor with the same parties', async () => {
    const { owner, ws, post, jvfa, city } = await setup();
    const today = vnToday();
    const old = await post('/agreements', { title: 'MOU 2021–2026', partnerIds: [jvfa, city], signedOn: '2021-01-10', validFrom: '2021-01-10', validTo: addDays(today, 20), notes: 'Gốc' });
    expect(old.status).toBe('expiring');
    const renew = await owner.call('POST', `/api/w/${ws}/agreements/${old.id}/renew`, { validFrom: addDays(today, 21), validTo: addDays(today, 21 + 5 * 365) });
    expect(renew.status).toBe(201);
    expect(renew.body).toMatchObject({ title: 'MOU 2021–2026', partnerIds: [jvfa, city], signedOn: today, validFrom: addDays(today, 21), renewedFromId: old.id, renewedById: null, status: 'not_yet_valid', notes: 'Gốc' });
    expect((await owner.call('GET', `/api/w/${ws}/agreements/${old.id}`)).body).toMatchObject({ renewedById: renew.body.id, status: 'expiring' });

    const again = await owner.call('POST', `/api/w/${ws}/agreements/${old.id}/renew`, { validFrom: addDays(today, 21) });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('already_renewed');
    const direct = await owner.call('POST', `/api/w/${ws}/agreements`, { title: 'X', partnerIds: [jvfa], signedOn: today, validFrom: today, renewedFromId: old.id });
    expect(direct.status).toBe(409);
    const bad = await owner.call('POST', `/api/w/${ws}/agreements/${renew.body.id}/renew`, { validFrom: '2040-01-01', validTo: '2039-01-01' });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0]).toMatchObject({ path: 'validTo', code: 'end_before_start' });
    expect((await owner.call('POST', `/api/w/${ws}/agreements/nope/renew`, { validFrom: today })).status).toBe(404);

    const chained = await owner.call('POST', `/api/w/${ws}/agreements/${renew.body.id}/renew`, { validFrom: '2040-01-01', title: 'MOU 2040', signedOn: '2039-12-01' });
    expect(chained.body).toMatchObject({ title: 'MOU 2040', signedOn: '2039-12-01', validTo: null, renewedFromId: renew.body.id });
    // Deleting the middle one keeps the successor, without the link.
    expect((await owner.call('DELETE', `/api/w/${ws}/agreements/${renew.body.id}`)).status).toBe(204);
    expect((await owner.call('GET', `/api/w/${ws}/agreements/${chained.body.id}`)).body.renewedFromId).toBeNull();
    expect((await owner.call('GET', `/api/w/${ws}/agreements/${old.id}`)).body.renewedById).toBeNull();
  });

  it('lists the agreements expiring and not yet renewed, soonest first', async () => {
    const { owner, ws, post, jvfa } = await setup();
    const today = vnToday();
    const make = (title: string, validTo: string | null) => post('/agreements', { title, partnerIds: [jvfa], signedOn: '2020-01-01', validFrom: '2020-01-01', validTo });
    await make('in 60 days', addDays(today, 60));
    await make('in 5 days', addDays(today, 5));
    await make('in 200 days', addDays(today, 200));
    await make('ended', addDays(today, -1));
    await make('open', null);
    const renewed = await make('in 10 days, renewed', addDays(today, 10));
    await owner.call('POST', `/api/w/${ws}/agreements/${renewed.id}/renew`, { validFrom: addDays(today, 11) });
    await make('today', today);
    const list = await owner.call('GET', `/api/w/${ws}/agreements?expiring=1`);
    expect(list.body.items.map((a: { title: string }) => a.title)).toEqual(['today', 'in 5 days', 'in 60 days']);
    const first = await owner.call('GET', `/api/w/${ws}/agreements?expiring=1&limit=2`);
    expect(first.body.items).toHaveLength(2);
    const rest = await owner.call('GET', `/api/w/${ws}/agreements?expiring=1&limit=2&cursor=${first.body.nextCursor}`);
    expect(rest.body).toMatchObject({ items: [{ title: 'in 60 days' }], nextCursor: null });
  });
});

describe('agreement status around the 90-day boundary', () => {
  // 00:30 on 10 March 2026 in Vietnam is still 9 March in UTC: the day is Vietnam's.
  onNode('expiring up to 90 days ahead, active from the 91st; expired the day after the last', async () => {
    const t = await testApp({ now: () => new Date('2026-03-09T17:30:00Z') });
    const { owner, ws, post, jvfa } = await setup(t);
    const make = async (validFrom: string, validTo: string | null) =>
      (await post('/agreements', { title: `${validFrom}..${validTo}`, partnerIds: [jvfa], signedOn: '2020-01-01', validFrom, validTo })).status;
    expect(await make('2020-01-01', '2026-06-08')).toBe('expiring'); // today + 90
    expect(await make('2020-01-01', '2026-06-09')).toBe('active'); // today + 91
    expect(await make('2020-01-01', '2026-03-10')).toBe('expiring'); // the last valid day is today
    expect(await make('2020-01-01', '2026-03-09')).toBe('expired');
    expect(await make('2026-03-10', '2026-12-31')).toBe('active');
    expect(await make('2026-03-11', '2026-03-12')).toBe('not_yet_valid');
    const reminders = await owner.call('GET', `/api/w/${ws}/agreements?expiring=1`);
    expect(reminders.body.items.map((a: { validTo: string }) => a.validTo)).toEqual(['2026-03-10', '2026-06-08']);
    const active = await owner.call('GET', `/api/w/${ws}/agreements?status=active`);
    expect(active.body.items.map((a: { validTo: string }) => a.validTo).sort()).toEqual(['2026-06-09', '2026-12-31']);
  });
});

describe('agreement roles', () => {
  it('let viewers read and only editors write', async () => {
    const { t, owner, ws, post, jvfa } = await setup();
    const a = await post('/agreements', { title: 'MOU', partnerIds: [jvfa], signedOn: '2024-01-01', validFrom: '2024-01-01' });
    const viewer = await t.user();
    await t.grant(owner, ws, viewer, 'viewer');
    expect((await viewer.call('GET', `/api/w/${ws}/agreements`)).body.items).toHaveLength(1);
    expect((await viewer.call('GET', `/api/w/${ws}/agreements/${a.id}`)).status).toBe(200);
    expect((await viewer.call('POST', `/api/w/${ws}/agreements`, { title: 'X', partnerIds: [jvfa], signedOn: '2024-01-01', validFrom: '2024-01-01' })).status).toBe(403);
    expect((await viewer.call('PATCH', `/api/w/${ws}/agreements/${a.id}`, { title: 'Y' })).status).toBe(403);
    expect((await viewer.call('POST', `/api/w/${ws}/agreements/${a.id}/renew`, { validFrom: '2030-01-01' })).status).toBe(403);
    expect((await viewer.call('DELETE', `/api/w/${ws}/agreements/${a.id}`)).status).toBe(403);
  });
});
