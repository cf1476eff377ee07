import { describe, expect, it } from 'vitest';
import { testApp, type TestApp, type TestClient } from '../../../test/fixtures/app';

async function setup(t?: TestApp) {
  t ??= await testApp();
  const owner = await t.user('Nguyễn Thị Thu Hà');
  const ws = await t.workspace(owner);
  const post = (path: string, body: unknown) => owner.create(`/api/w/${ws}${path}`, body);
  return { t, owner, ws, post };
}

async function withRole(t: TestApp, owner: TestClient, ws: string, role: string) {
  const who = await t.user();
  await t.grant(owner, ws, who, role);
  return who;
}

const jvfa = {
  name: 'Hội hữu nghị Nhật – Việt',
  nameOriginal: '日越友好協会',
  country: 'JP',
  kind: 'friendship_society',
  since: '1955',
  contacts: [{ name: 'Satō Kenji', role: 'Tổng thư ký', email: 'Sato@Example.jp', phone: '+81 3 1234 5678', consent: true, consentOn: '2025-04-01' }],
  notes: 'Đối tác truyền thống',
};

describe('partners', () => {
  it('are created, read, changed and deleted, with an audit entry for each change', async () => {
    const { owner, ws, post } = await setup();
    const p = await post('/partners', jvfa);
    expect(p).toMatchObject({
      name: 'Hội hữu nghị Nhật – Việt',
      nameOriginal: '日越友好協会',
      country: 'JP',
      kind: 'friendship_society',
      since: '1955',
      contacts: [{ name: 'Satō Kenji', role: 'Tổng thư ký', email: 'sato@example.jp', phone: '+81 3 1234 5678', consent: true, consentOn: '2025-04-01' }],
    });
    const minimal = await post('/partners', { name: 'Đại sứ quán Cu-ba', country: 'CU', kind: 'embassy' });
    expect(minimal).toMatchObject({ nameOriginal: null, since: null, contacts: [], notes: null });
    expect((await owner.call('GET', `/api/w/${ws}/partners/${p.id}`)).body).toEqual(p);

    const patched = await owner.call('PATCH', `/api/w/${ws}/partners/${p.id}`, { since: '1955-03-15', notes: '', contacts: [{ name: 'Tanaka Yuki', consent: false }] });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ name: jvfa.name, since: '1955-03-15', notes: null, contacts: [{ name: 'Tanaka Yuki', role: null, email: null, phone: null, consent: false, consentOn: null }] });
    expect((await owner.call('GET', `/api/w/${ws}/partners/${p.id}`)).body).toEqual(patched.body);

    expect((await owner.call('DELETE', `/api/w/${ws}/partners/${minimal.id}`)).status).toBe(204);
    expect((await owner.call('GET', `/api/w/${ws}/partners/${minimal.id}`)).status).toBe(404);
    const audit = await owner.call('GET', `/api/w/${ws}/audit`);
    expect(audit.body.items.map((e: { action: string }) => e.action).filter((a: string) => a.startsWith('partner.'))).toEqual(['partner.delete', 'partner.update', 'partner.create', 'partner.create']);
  });

  it('list by name with country and kind filters and a search that ignores diacritics', async () => {
    const { owner, ws, post } = await setup();
    await post('/partners', jvfa);
    await post('/partners', { name: 'Đại sứ quán Cộng hòa Cu-ba', country: 'CU', kind: 'embassy' });
    await post('/partners', { name: 'Hội hữu nghị Lào – Việt Nam', nameOriginal: 'ສະມາຄົມມິດຕະພາບລາວ-ຫວຽດນາມ', country: 'LA', kind: 'friendship_society' });
    await post('/partners', { name: 'Tổ chức VietHope', country: 'US', kind: 'ngo', contacts: [{ name: 'Nguyễn Đức Anh', consent: true }] });
    const names = async (query: string) => (await owner.call('GET', `/api/w/${ws}/partners${query}`)).body.items.map((p: { name: string }) => p.name);

    expect(await names('')).toEqual(['Đại sứ quán Cộng hòa Cu-ba', 'Hội hữu nghị Lào – Việt Nam', 'Hội hữu nghị Nhật – Việt', 'Tổ chức VietHope']);
    expect(await names('?country=CU')).toEqual(['Đại sứ quán Cộng hòa Cu-ba']);
    expect(await names('?kind=friendship_society')).toEqual(['Hội hữu nghị Lào – Việt Nam', 'Hội hữu nghị Nhật – Việt']);
    expect(await names('?kind=friendship_society&country=LA')).toEqual(['Hội hữu nghị Lào – Việt Nam']);
    expect(await names('?q=dai%20su%20quan')).toEqual(['Đại sứ quán Cộng hòa Cu-ba']);
    expect(await names(`?q=${encodeURIComponent('HỮU NGHỊ lào')}`)).toEqual(['Hội hữu nghị Lào – Việt Nam']);
    expect(await names(`?q=${encodeURIComponent('日越')}`)).toEqual(['Hội hữu nghị Nhật – Việt']);
    expect(await names('?q=duc%20anh')).toEqual(['Tổ chức VietHope']);
    expect(await names('?q=nhat%20viet')).toEqual(['Hội hữu nghị Nhật – Việt']); // every word, anywhere
    expect(await names('?q=100%25')).toEqual([]);
    expect((await owner.call('GET', `/api/w/${ws}/partners?country=XX`)).status).toBe(422);
    expect((await owner.call('GET', `/api/w/${ws}/partners?kind=club`)).status).toBe(422);
  });

  it('page through the list with a cursor', async () => {
    const { owner, ws, post } = await setup();
    const all = ['Ánh', 'Bình', 'Đông', 'Giang', 'Hà', 'Khánh', 'Lâm'];
    for (const name of [...all].reverse()) await post('/partners', { name: `Hội ${name}`, country: 'JP', kind: 'other' });
    const seen: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const res: { body: { items: { name: string }[]; nextCursor: string | null } } = await owner.call('GET', `/api/w/${ws}/partners?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...res.body.items.map((p) => p.name));
      cursor = res.body.nextCursor;
    }
    expect(seen).toEqual(all.map((n) => `Hội ${n}`));
    expect((await owner.call('GET', `/api/w/${ws}/partners?cursor=zz_abc`)).status).toBe(422);
    expect((await owner.call('GET', `/api/w/${ws}/partners?cursor=ff_abc`)).status).toBe(400);
  });

  it('refuse bad input with 422 and write nothing', async () => {
    const { owner, ws } = await setup();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ ...jvfa, name: ' ' }, 'name', 'required'],
      [{ ...jvfa, country: 'XX' }, 'country', 'country_unknown'],
      [{ ...jvfa, country: 'jp' }, 'country', 'country_format'],
      [{ ...jvfa, kind: 'club' }, 'kind', 'partner_kind_invalid'],
      [{ ...jvfa, since: '1955-02-30' }, 'since', 'date_format'],
      [{ ...jvfa, contacts: [{ name: 'X' }] }, 'contacts.0.consent', 'consent_required'],
      [{ ...jvfa, contacts: [{ name: 'X', consent: true, email: 'not-mail' }] }, 'contacts.0.email', 'email_format'],
    ];
    for (const [body, path, code] of cases) {
      const res = await owner.call('POST', `/api/w/${ws}/partners`, body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.body.errors, JSON.stringify(body)).toContainEqual(expect.objectContaining({ path, code }));
    }
    expect((await owner.call('GET', `/api/w/${ws}/partners`)).body.items).toEqual([]);
  });

  it('cannot be deleted while agreements, aid or events point at them (409)', async () => {
    const { owner, ws, post } = await setup();
    const a = await post('/partners', jvfa);
    const b = await post('/partners', { name: 'VietHope', country: 'US', kind: 'ngo' });
    const e = await post('/partners', { name: 'Đại sứ quán Nhật Bản', country: 'JP', kind: 'embassy' });
    await post('/agreements', { title: 'Biên bản ghi nhớ', partnerIds: [a.id], signedOn: '2024-01-10', validFrom: '2024-01-10' });
    await post('/aid', { title: 'Học bổng', donorPartnerId: b.id, sector: 'education', committedVnd: 1_000_000 });
    const event = await post('/events', { type: 'meeting', title: 'Gặp mặt', startsAt: '2026-01-05T09:00', endsAt: '2026-01-05T10:00', partnerIds: [e.id] });
    for (const p of [a, b, e]) {
      const res = await owner.call('DELETE', `/api/w/${ws}/partners/${p.id}`);
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('partner_in_use');
    }
    await owner.call('PATCH', `/api/w/${ws}/events/${event.id}`, { partnerIds: [] });
    expect((await owner.call('DELETE', `/api/w/${ws}/partners/${e.id}`)).status).toBe(204);
  });

  it('let viewers read and only editors write', async () => {
    const { t, owner, ws, post } = await setup();
    const p = await post('/partners', jvfa);
    const viewer = await withRole(t, owner, ws, 'viewer');
    const editor = await withRole(t, owner, ws, 'editor');
    expect((await viewer.call('GET', `/api/w/${ws}/partners`)).body.items).toHaveLength(1);
    expect((await viewer.call('GET', `/api/w/${ws}/partners/${p.id}/timeline`)).status).toBe(200);
    expect((await viewer.call('POST', `/api/w/${ws}/partners`, jvfa)).status).toBe(403);
    expect((await viewer.call('PATCH', `/api/w/${ws}/partners/${p.id}`, { notes: 'x' })).status).toBe(403);
    expect((await viewer.call('DELETE', `/api/w/${ws}/partners/${p.id}`)).status).toBe(403);
    expect((await editor.call('PATCH', `/api/w/${ws}/partners/${p.id}`, { notes: 'Sửa' })).body.notes).toBe('Sửa');
    expect((await editor.call('POST', `/api/w/${ws}/partners`, jvfa)).status).toBe(201);
  });
});

describe('partner timeline', () => {
  it('shows agreements, aid and events linked to the partner, newest first', async () => {
    const { owner, ws, post } = await setup();
    const p = await post('/partners', jvfa);
    const other = await post('/partners', { name: 'Đại sứ quán Cu-ba', country: 'CU', kind: 'embassy' });
    const mou = await post('/agreements', { title: 'Biên bản ghi nhớ hợp tác 2020–2025', partnerIds: [other.id, p.id], signedOn: '2020-03-02', validFrom: '2020-03-02', validTo: '2025-03-01' });
    await post('/agreements', { title: 'Không liên quan', partnerIds: [other.id], signedOn: '2021-01-01', validFrom: '2021-01-01' });
    const aid = await post('/aid', { title: 'Học bổng Nhật Bản', donorPartnerId: p.id, sector: 'education', committedVnd: 500_000_000, startsOn: '2023-09-01', status: 'ongoing' });
    const event = await post('/events', {
      type: 'anniversary', title: 'Kỷ niệm 50 năm quan hệ ngoại giao', startsAt: '2023-09-21T23:30', endsAt: '2023-09-22T01:00', partnerIds: [p.id, other.id],
    });
    await post('/events', { type: 'meeting', title: 'Không liên quan', startsAt: '2024-01-05T09:00', endsAt: '2024-01-05T10:00', partnerIds: [other.id] });

    const res = await owner.call('GET', `/api/w/${ws}/partners/${p.id}/timeline`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      items: [
        { kind: 'event', id: event.id, date: '2023-09-21', title: 'Kỷ niệm 50 năm quan hệ ngoại giao', type: 'anniversary' },
        { kind: 'aid', id: aid.id, date: '2023-09-01', title: 'Học bổng Nhật Bản', status: 'ongoing' },
        { kind: 'agreement', id: mou.id, date: '2020-03-02', title: 'Biên bản ghi nhớ hợp tác 2020–2025', status: 'expired' },
      ],
      nextCursor: null,
    });
    expect((await owner.call('GET', `/api/w/${ws}/partners/nope/timeline`)).status).toBe(404);
  });
});

describe('documents linked to partners', () => {
  const letter = (partnerId: unknown, extra: object = {}) => ({ direction: 'in', subject: 'Thư mời dự lễ kỷ niệm', sender: 'JVFA', senderRef: '12/JVFA', documentDate: '2024-05-06', partnerId, ...extra });

  it('take a partner of this workspace on create and PATCH, refuse any other (422), and clear with ""', async () => {
    const { t, owner, ws, post } = await setup();
    const p = await post('/partners', jvfa);
    const foreign = await setup(t);
    const theirs = await foreign.post('/partners', jvfa);
    const doc = await post('/correspondence', letter(p.id));
    expect(doc.partnerId).toBe(p.id);
    for (const partnerId of [theirs.id, 'nope']) {
      const res = await owner.call('POST', `/api/w/${ws}/correspondence`, letter(partnerId));
      expect(res.status).toBe(422);
      expect(res.body.errors).toContainEqual(expect.objectContaining({ path: 'partnerId', code: 'partner_unknown' }));
      const patched = await owner.call('PATCH', `/api/w/${ws}/correspondence/${doc.id}`, { partnerId });
      expect(patched.status).toBe(422);
    }
    expect((await owner.call('GET', `/api/w/${ws}/correspondence`)).body.items).toHaveLength(1);
    expect((await owner.call('GET', `/api/w/${ws}/correspondence/${doc.id}`)).body.partnerId).toBe(p.id);
    expect((await owner.call('PATCH', `/api/w/${ws}/correspondence/${doc.id}`, { partnerId: '' })).body.partnerId).toBeNull();
    expect((await post('/correspondence', letter(null))).partnerId).toBeNull();
  });

  it('appear in its timeline by document date, not void, classified ones for admins only', async () => {
    const { t, owner, ws, post } = await setup();
    const p = await post('/partners', jvfa);
    const editor = await withRole(t, owner, ws, 'editor');
    const incoming = await post('/correspondence', letter(p.id));
    const outgoing = await post('/correspondence', { direction: 'out', typeCode: 'TM', subject: 'Thư mừng năm mới', documentDate: '2025-01-20', partnerId: p.id });
    const secret = await post('/correspondence', letter(p.id, { classification: 'confidential', documentDate: '2025-02-01' }));
    const voided = await post('/correspondence', letter(p.id, { documentDate: '2025-03-01' }));
    await owner.call('POST', `/api/w/${ws}/correspondence/${voided.id}/void`, {});
    await post('/correspondence', letter(null, { documentDate: '2025-04-01' }));

    const ofOwner = (await owner.call('GET', `/api/w/${ws}/partners/${p.id}/timeline`)).body.items;
    expect(ofOwner).toEqual([
      { kind: 'document', id: secret.id, date: '2025-02-01', title: 'Thư mời dự lễ kỷ niệm', direction: 'in', reference: '12/JVFA' },
      { kind: 'document', id: outgoing.id, date: '2025-01-20', title: 'Thư mừng năm mới', direction: 'out', reference: outgoing.symbol },
      { kind: 'document', id: incoming.id, date: '2024-05-06', title: 'Thư mời dự lễ kỷ niệm', direction: 'in', reference: '12/JVFA' },
    ]);
    const ofEditor = (await editor.call('GET', `/api/w/${ws}/partners/${p.id}/timeline`)).body.items;
    expect(ofEditor.map((i: { id: string }) => i.id)).toEqual([outgoing.id, incoming.id]);
  });

  it('keep the partner from being deleted until unlinked; a void entry does not, and loses its link', async () => {
    const { owner, ws, post } = await setup();
    const p = await post('/partners', jvfa);
    const doc = await post('/correspondence', letter(p.id));
    const voided = await post('/correspondence', letter(p.id));
    await owner.call('POST', `/api/w/${ws}/correspondence/${voided.id}/void`, {});
    const refused = await owner.call('DELETE', `/api/w/${ws}/partners/${p.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('partner_in_use');
    await owner.call('PATCH', `/api/w/${ws}/correspondence/${doc.id}`, { partnerId: null });
    expect((await owner.call('DELETE', `/api/w/${ws}/partners/${p.id}`)).status).toBe(204);
    expect((await owner.call('GET', `/api/w/${ws}/correspondence/${voided.id}`)).body.partnerId).toBeNull();
  });
});
