import { describe, expect, it } from 'vitest';
import { onNode, testApp, type TestApp, type TestClient } from '../../../test/fixtures/app';

const base = (ws: string) => `/api/w/${ws}/correspondence`;
const out = (fields: Record<string, unknown> = {}) => ({ direction: 'out', typeCode: 'CV', subject: 'V/v đề nghị phối hợp tổ chức Lễ kỷ niệm', ...fields });
const inc = (fields: Record<string, unknown> = {}) => ({ direction: 'in', sender: 'Liên hiệp các tổ chức hữu nghị Việt Nam', subject: 'V/v báo cáo sơ kết 6 tháng', ...fields });

async function setup(t?: TestApp) {
  t ??= await testApp();
  const owner = await t.user('Nguyễn Thị Thu Hà');
  const ws = await t.workspace(owner, { code: 'HHNVN' });
  return { t, owner, ws };
}

async function withRole(t: TestApp, owner: TestClient, ws: string, role: string) {
  const who = await t.user();
  await t.grant(owner, ws, who, role);
  return who;
}

describe('registering documents', () => {
  it('numbers outgoing documents 1, 2, … with symbols from the type and workspace code', async () => {
    const { owner, ws } = await setup();
    const a = await owner.call('POST', base(ws), out());
    expect(a.status).toBe(201);
    expect(a.body).toMatchObject({ direction: 'out', number: 1, symbol: '1/CV-HHNVN', series: 'normal', status: 'registered', urgency: 'normal', classification: 'none' });
    expect(a.body.year).toBe(Number(a.body.registeredOn.slice(0, 4)));
    expect(a.body.documentDate).toBe(a.body.registeredOn);
    const b = await owner.call('POST', base(ws), out({ typeCode: 'QĐ', subject: 'Quyết định khen thưởng', urgency: 'flash', copies: 3 }));
    expect(b.body).toMatchObject({ number: 2, symbol: '2/QĐ-HHNVN', urgency: 'flash', copies: 3 });
    const c = await owner.call('POST', base(ws), out({ typeCode: 'ĐiệnM', subject: 'Điện mừng' }));
    expect(c.body.symbol).toBe('3/ĐiệnM-HHNVN');
  });

  it('keeps the incoming register in its own series, numbered by số đến', async () => {
    const { owner, ws } = await setup();
    await owner.call('POST', base(ws), out());
    const a = await owner.call('POST', base(ws), inc({ senderRef: '125/LHHN-VP', documentDate: '2026-06-02', receivedOn: '2026-06-05' }));
    expect(a.status).toBe(201);
    expect(a.body).toMatchObject({ direction: 'in', number: 1, symbol: null, senderRef: '125/LHHN-VP', receivedOn: '2026-06-05', typeCode: null });
    const b = await owner.call('POST', base(ws), inc());
    expect(b.body.number).toBe(2);
    expect(b.body.receivedOn).toBe(b.body.registeredOn);
  });

  it('gives 50 concurrent registrations exactly the numbers 1..50', async () => {
    const { owner, ws } = await setup();
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => owner.call('POST', base(ws), out({ subject: `Công văn số ${i}` }))));
    expect(answers.map((a) => a.status)).toEqual(Array(50).fill(201));
    const numbers = answers.map((a) => a.body.number).sort((x, y) => x - y);
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(new Set(answers.map((a) => a.body.symbol)).size).toBe(50);
  });

  it('keeps each series gap-free when both registers and the classified series are written at once', async () => {
    const { owner, ws } = await setup();
    const bodies = [
      ...Array.from({ length: 20 }, () => out()),
      ...Array.from({ length: 15 }, () => inc()),
      ...Array.from({ length: 10 }, () => out({ classification: 'secret' })),
    ];
    const answers = await Promise.all(bodies.map((b) => owner.call('POST', base(ws), b)));
    const series = (pick: (d: any) => boolean) =>
      answers
        .map((a) => a.body)
        .filter(pick)
        .map((d) => d.number)
        .sort((x: number, y: number) => x - y);
    expect(series((d) => d.direction === 'out' && d.series === 'normal')).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(series((d) => d.direction === 'in')).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect(series((d) => d.series === 'classified')).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
  });

  it('refuses a client-supplied number, symbol or year (422) and writes nothing', async () => {
    const { owner, ws } = await setup();
    for (const extra of [{ number: 7 }, { symbol: '7/CV-HHNVN' }, { year: 2020 }]) {
      const res = await owner.call('POST', base(ws), out(extra));
      expect(res.status).toBe(422);
      expect(res.body.errors[0]).toMatchObject({ path: Object.keys(extra)[0], code: 'server_assigned' });
      const resIn = await owner.call('POST', base(ws), inc(extra));
      expect(resIn.status).toBe(422);
    }
    expect((await owner.call('GET', base(ws))).body.items).toEqual([]);
    expect((await owner.call('POST', base(ws), out())).body.number).toBe(1);
  });

  it('refuses unknown type codes, unknown fields and missing subjects', async () => {
    const { owner, ws } = await setup();
    const unknownType = await owner.call('POST', base(ws), out({ typeCode: 'XYZ' }));
    expect(unknownType.status).toBe(422);
    expect(unknownType.body.errors[0]).toMatchObject({ path: 'typeCode', code: 'type_unknown' });
    expect((await owner.call('POST', base(ws), out({ typeCode: undefined }))).status).toBe(422);
    expect((await owner.call('POST', base(ws), out({ colour: 'red' }))).status).toBe(422);
    expect((await owner.call('POST', base(ws), out({ subject: '  ' }))).status).toBe(422);
    expect((await owner.call('POST', base(ws), { direction: 'sideways', subject: 'x' })).status).toBe(422);
    expect((await owner.call('POST', base(ws), inc({ sender: undefined }))).status).toBe(422);
    expect((await owner.call('POST', base(ws), out({ documentDate: '2026-02-30' }))).status).toBe(422);
    expect((await owner.call('POST', base(ws), out({ documentDate: '2026-13-01' }))).status).toBe(422);
    expect((await owner.call('POST', base(ws), inc({ receivedOn: '2026-00-10' }))).status).toBe(422);
    expect((await owner.call('GET', base(ws))).body.items).toEqual([]);
  });

  it('lets editors register and viewers only read', async () => {
    const { t, owner, ws } = await setup();
    const viewer = await withRole(t, owner, ws, 'viewer');
    const editor = await withRole(t, owner, ws, 'editor');
    expect((await viewer.call('POST', base(ws), out())).status).toBe(403);
    const made = await editor.call('POST', base(ws), out());
    expect(made.status).toBe(201);
    expect((await viewer.call('GET', `${base(ws)}/${made.body.id}`)).status).toBe(200);
    expect((await viewer.call('PATCH', `${base(ws)}/${made.body.id}`, { subject: 'Khác' })).status).toBe(403);
    expect((await viewer.call('POST', `${base(ws)}/${made.body.id}/void`)).status).toBe(403);
  });

  it('writes an audit entry with every change', async () => {
    const { owner, ws } = await setup();
    const a = await owner.call('POST', base(ws), out());
    const b = await owner.call('POST', base(ws), inc({ deadline: '2099-01-01' }));
    await owner.call('PATCH', `${base(ws)}/${a.body.id}`, { signer: 'Nguyễn Văn A' });
    await owner.call('POST', `${base(ws)}/${b.body.id}/reply`, { replyId: a.body.id });
    await owner.call('POST', `${base(ws)}/${a.body.id}/void`, { reason: 'Nhầm' });
    const audit = await owner.call('GET', `/api/w/${ws}/audit`);
    const actions = audit.body.items.filter((e: any) => e.entity === 'document').map((e: any) => `${e.action} ${e.entityId}`);
    expect(actions).toEqual([`document.void ${a.body.id}`, `document.reply ${b.body.id}`, `document.update ${a.body.id}`, `document.create ${b.body.id}`, `document.create ${a.body.id}`]);
  });
});

describe('the register year (Node only: drives the clock through deps.now)', () => {
  onNode('restarts at 1 on 1 January in Asia/Ho_Chi_Minh, not in UTC', async () => {
    let now = new Date('2026-12-31T22:00:00+07:00');
    const { owner, ws } = await setup(await testApp({ now: () => now }));
    await owner.call('POST', base(ws), out());
    await owner.call('POST', base(ws), inc());
    now = new Date('2026-12-31T23:30:00+07:00');
    const late = await owner.call('POST', base(ws), out());
    expect(late.body).toMatchObject({ year: 2026, number: 2, symbol: '2/CV-HHNVN', registeredOn: '2026-12-31' });
    now = new Date('2027-01-01T00:10:00+07:00'); // still 31 December in UTC
    const early = await owner.call('POST', base(ws), out());
    expect(early.body).toMatchObject({ year: 2027, number: 1, symbol: '1/CV-HHNVN', registeredOn: '2027-01-01', documentDate: '2027-01-01' });
    const incoming = await owner.call('POST', base(ws), inc({ receivedOn: '2026-12-31' }));
    expect(incoming.body).toMatchObject({ year: 2027, number: 1, receivedOn: '2026-12-31' });
    expect((await owner.call('POST', base(ws), out())).body.number).toBe(2);

    const of2026 = await owner.call('GET', `${base(ws)}?direction=out&year=2026`);
    expect(of2026.body.items.map((d: any) => d.symbol)).toEqual(['2/CV-HHNVN', '1/CV-HHNVN']);
  });
});

describe('changing and voiding', () => {
  it('PATCH changes fields but never number, year or symbol', async () => {
    const { owner, ws } = await setup();
    const doc = (await owner.call('POST', base(ws), out())).body;
    const res = await owner.call('PATCH', `${base(ws)}/${doc.id}`, { subject: 'V/v mới', signer: 'Chủ tịch Hội', recipients: 'Như trên; Lưu: VT', sentOn: '2026-06-01' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ subject: 'V/v mới', signer: 'Chủ tịch Hội', number: doc.number, symbol: doc.symbol, year: doc.year, attachments: [] });
    for (const bad of [{ number: 9 }, { symbol: '9/CV-HHNVN' }, { year: 2030 }, { direction: 'in' }]) {
      const r = await owner.call('PATCH', `${base(ws)}/${doc.id}`, bad);
      expect(r.status).toBe(422);
      expect(r.body.errors[0].code).toBe('server_assigned');
    }
    const type = await owner.call('PATCH', `${base(ws)}/${doc.id}`, { typeCode: 'BC' });
    expect(type.status).toBe(422);
    expect(type.body.errors[0]).toMatchObject({ path: 'typeCode', code: 'type_fixed' });
    const foreign = await owner.call('PATCH', `${base(ws)}/${doc.id}`, { sender: 'Ai đó' });
    expect(foreign.body.errors[0]).toMatchObject({ path: 'sender', code: 'other_register' });
    const series = await owner.call('PATCH', `${base(ws)}/${doc.id}`, { classification: 'confidential' });
    expect(series.status).toBe(422);
    expect(series.body.errors[0].code).toBe('series_fixed');
    const after = await owner.call('GET', `${base(ws)}/${doc.id}`);
    expect(after.body).toMatchObject({ subject: 'V/v mới', symbol: '1/CV-HHNVN', classification: 'none', typeCode: 'CV' });
  });

  it('moves a classified document between levels, but never out of its series', async () => {
    const { owner, ws } = await setup();
    const doc = (await owner.call('POST', base(ws), out({ classification: 'confidential' }))).body;
    expect((await owner.call('PATCH', `${base(ws)}/${doc.id}`, { classification: 'top_secret' })).body.classification).toBe('top_secret');
    expect((await owner.call('PATCH', `${base(ws)}/${doc.id}`, { classification: 'none' })).status).toBe(422);
  });

  it('a void entry keeps its number, which is never reused, and can no longer change', async () => {
    const { owner, ws } = await setup();
    const first = (await owner.call('POST', base(ws), out())).body;
    const voided = await owner.call('POST', `${base(ws)}/${first.id}/void`, { reason: 'Ban hành nhầm' });
    expect(voided.status).toBe(200);
    expect(voided.body).toMatchObject({ status: 'void', number: 1, symbol: '1/CV-HHNVN', voidReason: 'Ban hành nhầm' });
    expect(voided.body.voidedAt).toBeTruthy();
    expect((await owner.call('POST', base(ws), out())).body.number).toBe(2);
    expect((await owner.call('POST', `${base(ws)}/${first.id}/void`)).status).toBe(409);
    expect((await owner.call('PATCH', `${base(ws)}/${first.id}`, { subject: 'x' })).status).toBe(409);
    const listed = await owner.call('GET', `${base(ws)}?status=void`);
    expect(listed.body.items.map((d: any) => d.id)).toEqual([first.id]);
  });
});

describe('follow-up', () => {
  it('refuses a deadline before the day received, given or defaulted', async () => {
    const { owner, ws } = await setup();
    const given = await owner.call('POST', base(ws), inc({ receivedOn: '2026-05-10', deadline: '2026-05-09' }));
    expect(given.status).toBe(422);
    expect(given.body.errors[0]).toMatchObject({ path: 'deadline', code: 'deadline_before_received' });
    const defaulted = await owner.call('POST', base(ws), inc({ deadline: '2000-01-01' }));
    expect(defaulted.status).toBe(422);
    expect(defaulted.body.errors[0].path).toBe('deadline');
    expect((await owner.call('GET', base(ws))).body.items).toEqual([]);
    const ok = await owner.call('POST', base(ws), inc({ receivedOn: '2026-05-10', deadline: '2026-05-10' }));
    expect(ok.status).toBe(201);
    expect(ok.body.number).toBe(1);
    const patch = await owner.call('PATCH', `${base(ws)}/${ok.body.id}`, { deadline: '2026-05-01' });
    expect(patch.status).toBe(422);
  });

  onNode('lists what waits for a reply, overdue first, and a linked reply closes it', async () => {
    let now = new Date('2026-06-15T09:00:00+07:00');
    const { owner, ws } = await setup(await testApp({ now: () => now }));
    const later = (await owner.call('POST', base(ws), inc({ subject: 'Đề nghị cử đoàn', receivedOn: '2026-06-10', assignee: 'Ban Đối ngoại', deadline: '2026-07-01' }))).body;
    const overdue = (await owner.call('POST', base(ws), inc({ subject: 'Xin ý kiến', receivedOn: '2026-06-01', assignee: 'Văn phòng', deadline: '2026-06-10' }))).body;
    await owner.call('POST', base(ws), inc({ subject: 'Để biết', receivedOn: '2026-06-01' }));
    const voided = (await owner.call('POST', base(ws), inc({ subject: 'Hủy', receivedOn: '2026-06-01', deadline: '2026-06-02' }))).body;
    await owner.call('POST', `${base(ws)}/${voided.id}/void`);

    const list = await owner.call('GET', `${base(ws)}/follow-up`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((d: any) => [d.subject, d.overdue])).toEqual([
      ['Xin ý kiến', true],
      ['Đề nghị cử đoàn', false],
    ]);
    expect(list.body.items[0]).toMatchObject({ waiting: true, assignee: 'Văn phòng' });
    const paged = await owner.call('GET', `${base(ws)}/follow-up?limit=1`);
    expect(paged.body.items).toHaveLength(1);
    const rest = await owner.call('GET', `${base(ws)}/follow-up?limit=1&cursor=${paged.body.nextCursor}`);
    expect(rest.body.items.map((d: any) => d.id)).toEqual([later.id]);
    expect(rest.body.nextCursor).toBeNull();

    const reply = (await owner.call('POST', base(ws), out({ subject: 'Trả lời xin ý kiến' }))).body;
    const linked = await owner.call('POST', `${base(ws)}/${overdue.id}/reply`, { replyId: reply.id });
    expect(linked.status).toBe(200);
    expect(linked.body).toMatchObject({ replyId: reply.id, repliedOn: '2026-06-15', waiting: false, overdue: false });
    expect((await owner.call('GET', `${base(ws)}/follow-up`)).body.items.map((d: any) => d.id)).toEqual([later.id]);

    now = new Date('2026-07-02T09:00:00+07:00');
    expect((await owner.call('GET', `${base(ws)}/follow-up`)).body.items[0].overdue).toBe(true);
    const unlinked = await owner.call('POST', `${base(ws)}/${overdue.id}/reply`, { replyId: null });
    expect(unlinked.body).toMatchObject({ replyId: null, waiting: true });
  });

  it('takes only a registered outgoing document as the reply to an incoming one', async () => {
    const { owner, ws } = await setup();
    const a = (await owner.call('POST', base(ws), inc({ deadline: '2099-01-01' }))).body;
    const b = (await owner.call('POST', base(ws), inc())).body;
    const o = (await owner.call('POST', base(ws), out())).body;
    expect((await owner.call('POST', `${base(ws)}/${a.id}/reply`, { replyId: b.id })).status).toBe(422);
    expect((await owner.call('POST', `${base(ws)}/${a.id}/reply`, { replyId: 'nosuchdocument' })).status).toBe(422);
    expect((await owner.call('POST', `${base(ws)}/${o.id}/reply`, { replyId: o.id })).status).toBe(422);
    await owner.call('POST', `${base(ws)}/${o.id}/void`);
    expect((await owner.call('POST', `${base(ws)}/${a.id}/reply`, { replyId: o.id })).status).toBe(422);
  });
});

describe('classified documents', () => {
  it('are seen by admins and owners only, and numbered in their own series', async () => {
    const { t, owner, ws } = await setup();
    const admin = await withRole(t, owner, ws, 'admin');
    const editor = await withRole(t, owner, ws, 'editor');
    const viewer = await withRole(t, owner, ws, 'viewer');
    await owner.call('POST', base(ws), out());
    await owner.call('POST', base(ws), out());
    const secret = await admin.call('POST', base(ws), out({ classification: 'confidential', subject: 'Tài liệu mật' }));
    expect(secret.status).toBe(201);
    expect(secret.body).toMatchObject({ series: 'classified', number: 1, classification: 'confidential' });
    const secretIn = (await owner.call('POST', base(ws), inc({ classification: 'top_secret', subject: 'Mật đến', deadline: '2099-01-01' }))).body;
    expect(secretIn).toMatchObject({ series: 'classified', number: 1 });
    expect((await owner.call('POST', base(ws), out())).body.number).toBe(3);

    for (const who of [editor, viewer]) {
      const list = await who.call('GET', base(ws));
      expect(list.body.items).toHaveLength(3);
      expect(list.body.items.every((d: any) => d.classification === 'none')).toBe(true);
      expect((await who.call('GET', `${base(ws)}?q=mat`)).body.items).toEqual([]);
      expect((await who.call('GET', `${base(ws)}/${secret.body.id}`)).status).toBe(404);
      expect((await who.call('GET', `${base(ws)}/follow-up`)).body.items).toEqual([]);
      const html = await who.call('GET', `${base(ws)}/register.html?direction=out&year=${secret.body.year}`);
      expect(html.body).not.toContain('Tài liệu mật');
      expect((await who.call('GET', `${base(ws)}/register.html?direction=out&year=${secret.body.year}&series=classified`)).status).toBe(403);
      expect((await who.call('GET', `${base(ws)}/register.csv?direction=out&year=${secret.body.year}&series=classified`)).status).toBe(403);
    }
    for (const [method, path, body] of [
      ['PATCH', `${base(ws)}/${secret.body.id}`, { subject: 'x' }],
      ['POST', `${base(ws)}/${secret.body.id}/void`, undefined],
      ['POST', `${base(ws)}/${secretIn.id}/reply`, { replyId: null }],
    ] as const) {
      expect((await editor.call(method, path, body)).status).toBe(404);
    }
    const plainIn = (await editor.call('POST', base(ws), inc({ deadline: '2099-01-01' }))).body;
    expect((await editor.call('POST', `${base(ws)}/${plainIn.id}/reply`, { replyId: secret.body.id })).status).toBe(422);
    expect((await editor.call('POST', base(ws), out({ classification: 'secret' }))).status).toBe(403);
    expect((await editor.call('PATCH', `${base(ws)}/${plainIn.id}`, { classification: 'secret' })).status).toBe(403);

    expect((await admin.call('GET', base(ws))).body.items).toHaveLength(6);
    expect((await admin.call('GET', `${base(ws)}/${secret.body.id}`)).status).toBe(200);
    const book = await admin.call('GET', `${base(ws)}/register.html?direction=out&year=${secret.body.year}&series=classified`);
    expect(book.status).toBe(200);
    expect(book.body).toContain('SỔ ĐĂNG KÝ VĂN BẢN MẬT ĐI');
    expect(book.body).toContain('Tài liệu mật');
  });
});

describe('listing and search', () => {
  it('pages through everything with limit and cursor', async () => {
    const { owner, ws } = await setup();
    for (let i = 0; i < 7; i++) await owner.call('POST', base(ws), i % 2 ? inc() : out());
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: any = await owner.call('GET', `${base(ws)}?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((d: any) => d.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    expect((await owner.call('GET', `${base(ws)}?limit=500`)).status).toBe(422);
    expect((await owner.call('GET', `${base(ws)}?cursor=bad`)).status).toBe(422);
  });

  it('filters by direction, year and type, and searches without diacritics', async () => {
    const { owner, ws } = await setup();
    await owner.call('POST', base(ws), out({ typeCode: 'TM', subject: 'Chúc mừng Quốc khánh Cuba' }));
    await owner.call('POST', base(ws), out({ typeCode: 'BC', subject: 'Báo cáo tổng kết năm' }));
    await owner.call('POST', base(ws), inc({ sender: 'Đại sứ quán Nhật Bản', subject: 'Thư mời dự tiệc', senderRef: '45/ĐSQ-NB' }));
    await owner.call('POST', base(ws), out({ subject: 'Tỷ lệ 100% hoàn thành' }));
    const q = async (query: string) => (await owner.call('GET', `${base(ws)}?${query}`)).body.items.map((d: any) => d.subject);
    expect(await q('direction=in')).toEqual(['Thư mời dự tiệc']);
    expect(await q('type=BC')).toEqual(['Báo cáo tổng kết năm']);
    expect(await q('q=quoc%20khanh')).toEqual(['Chúc mừng Quốc khánh Cuba']);
    expect(await q('q=QUỐC%20KHÁNH')).toEqual(['Chúc mừng Quốc khánh Cuba']);
    expect(await q('q=dai%20su%20quan')).toEqual(['Thư mời dự tiệc']);
    expect(await q('q=45%2Fdsq')).toEqual(['Thư mời dự tiệc']);
    expect(await q('q=2%2Fbc-hhnvn')).toEqual(['Báo cáo tổng kết năm']);
    expect(await q('q=100%25')).toEqual(['Tỷ lệ 100% hoàn thành']);
    expect(await q('q=%25')).toEqual(['Tỷ lệ 100% hoàn thành']);
    const year = (await owner.call('GET', base(ws))).body.items[0].year;
    expect(await q(`year=${year}&direction=out`)).toHaveLength(3);
    expect(await q(`year=${year - 1}`)).toEqual([]);
    expect((await owner.call('GET', `${base(ws)}?type=ZZ`)).status).toBe(422);
    expect((await owner.call('GET', `${base(ws)}?direction=up`)).status).toBe(422);
  });

  it('keeps search in step when the subject changes', async () => {
    const { owner, ws } = await setup();
    const doc = (await owner.call('POST', base(ws), out({ subject: 'Kế hoạch năm' }))).body;
    await owner.call('PATCH', `${base(ws)}/${doc.id}`, { subject: 'Chương trình giao lưu' });
    expect((await owner.call('GET', `${base(ws)}?q=giao%20luu`)).body.items).toHaveLength(1);
    expect((await owner.call('GET', `${base(ws)}?q=ke%20hoach`)).body.items).toHaveLength(0);
    expect((await owner.call('GET', `${base(ws)}?q=1%2Fcv`)).body.items).toHaveLength(1);
  });
});

describe('register views', () => {
  it('prints the outgoing register as the decree’s table, A4 landscape, escaped', async () => {
    const { owner, ws } = await setup();
    const first = (await owner.call('POST', base(ws), out({ subject: '<script>alert(1)</script> & "trích"', signer: 'Nguyễn Văn A', recipients: 'VUFO', copies: 2 }))).body;
    await owner.call('POST', base(ws), out({ typeCode: 'TM', subject: 'Mừng Quốc khánh' }));
    await owner.call('POST', `${base(ws)}/${first.id}/void`, { reason: 'Nhầm' });
    await owner.call('POST', base(ws), inc({ subject: 'Không thuộc sổ đi' }));
    const res = await owner.call('GET', `${base(ws)}/register.html?direction=out&year=${first.year}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html: string = res.body;
    expect(html).toContain('@page { size: A4 landscape');
    expect(html).toContain('SỔ ĐĂNG KÝ VĂN BẢN ĐI');
    for (const header of ['Số, ký hiệu văn bản', 'Ngày tháng văn bản', 'Tên loại và trích yếu nội dung văn bản', 'Người ký', 'Nơi nhận văn bản', 'Đơn vị, người nhận bản lưu', 'Số lượng bản', 'Ngày chuyển', 'Ký nhận', 'Ghi chú']) {
      expect(html).toContain(`>${header}</th>`);
    }
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;trích&quot;');
    expect(html.indexOf('1/CV-HHNVN')).toBeLessThan(html.indexOf('2/TM-HHNVN'));
    expect(html).toContain('Thư mừng: Mừng Quốc khánh');
    expect(html).toContain('ĐÃ HỦY (Nhầm)');
    expect(html).not.toContain('Không thuộc sổ đi');
    const empty = await owner.call('GET', `${base(ws)}/register.html?direction=out&year=2001`);
    expect(empty.body).toContain('Chưa có văn bản nào');
  });

  it('prints the incoming register with its own columns', async () => {
    const { owner, ws } = await setup();
    const doc = (await owner.call('POST', base(ws), inc({ senderRef: '12/BC-LHHN', documentDate: '2026-03-02', receivedOn: '2026-03-04', assignee: 'Ban Tổ chức', deadline: '2026-03-20' }))).body;
    const html: string = (await owner.call('GET', `${base(ws)}/register.html?direction=in&year=${doc.year}`)).body;
    expect(html).toContain('SỔ ĐĂNG KÝ VĂN BẢN ĐẾN');
    for (const header of ['Ngày đến', 'Số đến', 'Tác giả', 'Số, ký hiệu văn bản', 'Ngày tháng văn bản', 'Tên loại và trích yếu nội dung văn bản', 'Đơn vị hoặc người nhận', 'Ngày chuyển', 'Ký nhận', 'Ghi chú']) {
      expect(html).toContain(`>${header}</th>`);
    }
    expect(html).toContain('<td class="nw">04/03/2026</td><td>1</td><td>Liên hiệp các tổ chức hữu nghị Việt Nam</td><td>12/BC-LHHN</td><td class="nw">02/03/2026</td>');
    expect(html).toContain('Hạn giải quyết: 20/03/2026');
  });

  it('exports the same columns as CSV with a BOM, formulas neutralised', async () => {
    const { owner, ws } = await setup();
    const doc = (await owner.call('POST', base(ws), out({ subject: '=HYPERLINK("http://evil","bấm")', recipients: '+84 Hà Nội, Huế', signer: '@người ký' }))).body;
    const res = await owner.call('GET', `${base(ws)}/register.csv?direction=out&year=${doc.year}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="so-van-ban-di-${doc.year}.csv"`);
    expect([...res.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = (res.body as string).split('\r\n');
    expect(lines[0]).toBe('"Số, ký hiệu văn bản",Ngày tháng văn bản,Tên loại và trích yếu nội dung văn bản,Người ký,Nơi nhận văn bản,"Đơn vị, người nhận bản lưu",Số lượng bản,Ngày chuyển,Ký nhận,Ghi chú');
    expect(lines[1]).toContain(`1/CV-HHNVN,`);
    expect(lines[1]).toContain(`"Công văn: =HYPERLINK(""http://evil"",""bấm"")"`);
    expect(lines[1]).toContain(`"'+84 Hà Nội, Huế"`);
    expect(lines[1]).toContain(`'@người ký`);
    expect(lines[2]).toBe('');
    expect((await owner.call('GET', `${base(ws)}/register.csv?direction=out`)).status).toBe(422);
  });
});

describe('OpenAPI', () => {
  it('describes every correspondence and letter route', async () => {
    const { t } = await setup();
    const doc = await t.call('GET', '/api/openapi.json');
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.body.paths).filter((p) => /correspondence|letter/.test(p))).toHaveLength(12);
  });
});
