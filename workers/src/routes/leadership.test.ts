import { describe, expect, it } from 'vitest';
import { testApp } from '../../../test/fixtures/app';

async function setup() {
  const t = await testApp();
  const owner = await t.user();
  const ws = await t.workspace(owner);
  const post = (path: string, body: unknown) => owner.create(`/api/w/${ws}${path}`, body);
  const member = async (fullName: string) => (await post('/members', { fullName })).id as string;
  return { t, owner, ws, post, member };
}

type Group = { body: string; label: { vi: string }; positions: { title: string; member: { fullName: string }; startsOn: string; endsOn: string | null }[] };
const summary = (bodies: Group[]) => bodies.map((g) => [g.label.vi, g.positions.map((p) => `${p.title}: ${p.member.fullName}`)]);

describe('terms', () => {
  it('are created, listed latest first, changed and deleted while empty', async () => {
    const { owner, ws, post } = await setup();
    const old = await post('/terms', { name: 'Nhiệm kỳ 2008–2013', startsOn: '2008-05-10', endsOn: '2013-05-09', congress: 'Đại hội lần thứ IV' });
    const now = await post('/terms', { name: 'Nhiệm kỳ 2023–2028', startsOn: '2020-01-01' });
    expect(now).toMatchObject({ name: 'Nhiệm kỳ 2023–2028', startsOn: '2020-01-01', endsOn: null, congress: null, current: true });
    expect(old.current).toBe(false);
    expect((await owner.call('GET', `/api/w/${ws}/terms`)).body.items.map((t: { name: string }) => t.name)).toEqual(['Nhiệm kỳ 2023–2028', 'Nhiệm kỳ 2008–2013']);
    const patched = await owner.call('PATCH', `/api/w/${ws}/terms/${now.id}`, { startsOn: '2023-06-10', endsOn: '2028-06-09', congress: 'Đại hội lần thứ VI' });
    expect(patched.body).toMatchObject({ startsOn: '2023-06-10', endsOn: '2028-06-09', congress: 'Đại hội lần thứ VI' });
    expect((await owner.call('GET', `/api/w/${ws}/terms/${now.id}`)).body).toMatchObject({ name: 'Nhiệm kỳ 2023–2028', bodies: [] });
    expect((await owner.call('DELETE', `/api/w/${ws}/terms/${old.id}`)).status).toBe(204);
    expect((await owner.call('GET', `/api/w/${ws}/terms/${old.id}`)).status).toBe(404);
  });

  it('reject bad dates with 422', async () => {
    const { owner, ws, post } = await setup();
    for (const body of [{ name: 'X' }, { name: '', startsOn: '2023-01-01' }, { name: 'X', startsOn: '2023-13-01' }, { name: 'X', startsOn: '2023-06-10', endsOn: '2023-06-09' }]) {
      expect((await owner.call('POST', `/api/w/${ws}/terms`, body)).status).toBe(422);
    }
    const term = await post('/terms', { name: 'X', startsOn: '2023-06-10' });
    const res = await owner.call('PATCH', `/api/w/${ws}/terms/${term.id}`, { endsOn: '2020-01-01' });
    expect(res.status).toBe(422);
    expect(res.body.errors[0]).toMatchObject({ path: 'endsOn', code: 'end_before_start' });
  });
});

describe('positions and leadership', () => {
  it('show the current leadership as people expect: by body, then rank, then name', async () => {
    const { owner, ws, post, member } = await setup();
    const term = await post('/terms', { name: 'Nhiệm kỳ 2023–2028', startsOn: '2023-06-10', endsOn: '2028-06-09', congress: 'Đại hội lần thứ VI' });
    const add = async (fullName: string, body: string, title: string, extra: Record<string, unknown> = {}) =>
      post('/positions', { termId: term.id, memberId: await member(fullName), body, title, ...extra });
    await add('Vũ Văn Uỷ', 'executive', 'member');
    await add('Trần Thị Kiểm', 'inspection', 'head');
    await add('Lê Văn Phó', 'presidium', 'vice_president');
    await add('Bùi Thị Thư', 'presidium', 'secretary_general');
    const president = await add('Nguyễn Văn Chủ', 'presidium', 'president');
    await add('Đỗ Anh Phó', 'presidium', 'vice_president');
    await add('Hồ Văn Thường', 'standing', 'member');
    await add('An Văn Ủy', 'executive', 'member');
    expect(president).toMatchObject({ startsOn: '2023-06-10', endsOn: null, titleLabel: { vi: 'Chủ tịch', en: 'President' }, member: { fullName: 'Nguyễn Văn Chủ' } });

    const now = await owner.call('GET', `/api/w/${ws}/leadership?on=2024-01-01`);
    expect(now.body.term).toMatchObject({ id: term.id, name: 'Nhiệm kỳ 2023–2028' });
    expect(summary(now.body.bodies)).toEqual([
      ['Đoàn Chủ tịch', ['president: Nguyễn Văn Chủ', 'vice_president: Đỗ Anh Phó', 'vice_president: Lê Văn Phó', 'secretary_general: Bùi Thị Thư']],
      ['Ban Thường vụ', ['member: Hồ Văn Thường']],
      ['Ban Chấp hành', ['member: An Văn Ủy', 'member: Vũ Văn Uỷ']],
      ['Ban Kiểm tra', ['head: Trần Thị Kiểm']],
    ]);
    expect((await owner.call('GET', `/api/w/${ws}/terms/${term.id}`)).body.bodies).toEqual(now.body.bodies);
    expect((await owner.call('GET', `/api/w/${ws}/leadership?on=2020-01-01`)).body).toEqual({ on: '2020-01-01', term: null, bodies: [] });
    expect((await owner.call('GET', `/api/w/${ws}/leadership?on=2020-02-30`)).status).toBe(422);
  });

  it('keep one holder of a one-person title at a time; a successor follows after the end', async () => {
    const { owner, ws, post, member } = await setup();
    const term = await post('/terms', { name: 'Nhiệm kỳ 2023–2028', startsOn: '2023-06-10', endsOn: '2028-06-09' });
    const a = await member('Nguyễn Văn A');
    const b = await member('Trần Văn B');
    const first = await post('/positions', { termId: term.id, memberId: a, body: 'presidium', title: 'president' });
    const clash = await owner.call('POST', `/api/w/${ws}/positions`, { termId: term.id, memberId: b, body: 'presidium', title: 'president', startsOn: '2025-01-01' });
    expect(clash.status).toBe(409);
    expect(clash.body.code).toBe('position_taken');
    const again = await owner.call('POST', `/api/w/${ws}/positions`, { termId: term.id, memberId: a, body: 'presidium', title: 'president', startsOn: '2024-01-01' });
    expect(again.body.code).toBe('position_duplicate');
    // Vice-presidents may be many.
    await post('/positions', { termId: term.id, memberId: b, body: 'presidium', title: 'vice_president' });

    expect((await owner.call('PATCH', `/api/w/${ws}/positions/${first.id}`, { endsOn: '2024-12-31' })).body.endsOn).toBe('2024-12-31');
    await post('/positions', { termId: term.id, memberId: b, body: 'presidium', title: 'president', startsOn: '2025-01-01' });
    const at = async (on: string) => summary((await owner.call('GET', `/api/w/${ws}/leadership?on=${on}`)).body.bodies);
    expect(await at('2024-06-01')).toEqual([['Đoàn Chủ tịch', ['president: Nguyễn Văn A', 'vice_president: Trần Văn B']]]);
    expect(await at('2025-06-01')).toEqual([['Đoàn Chủ tịch', ['president: Trần Văn B', 'vice_president: Trần Văn B']]]);
    const mine = await owner.call('GET', `/api/w/${ws}/positions?memberId=${b}`);
    expect(mine.body.items.map((p: { title: string }) => p.title)).toEqual(['president', 'vice_president']);
  });

  it('check term, member and dates (422)', async () => {
    const { owner, ws, post, member } = await setup();
    const term = await post('/terms', { name: 'Nhiệm kỳ 2023–2028', startsOn: '2023-06-10', endsOn: '2028-06-09' });
    const m = await member('Phạm Văn Đồng');
    const gone = await member('Người Đã Lưu Trữ');
    await owner.call('DELETE', `/api/w/${ws}/members/${gone}`);
    const base = { termId: term.id, memberId: m, body: 'executive', title: 'member' };
    const cases: [Record<string, unknown>, string, string][] = [
      [{ termId: 'nope' }, 'termId', 'term_unknown'],
      [{ memberId: 'nope' }, 'memberId', 'member_unknown'],
      [{ memberId: gone }, 'memberId', 'member_unknown'],
      [{ startsOn: '2023-01-01' }, 'startsOn', 'outside_term'],
      [{ endsOn: '2029-01-01' }, 'endsOn', 'outside_term'],
      [{ startsOn: '2024-01-01', endsOn: '2023-12-31' }, 'endsOn', 'end_before_start'],
      [{ body: 'senate' }, 'body', 'body_invalid'],
      [{ title: 'king' }, 'title', 'title_invalid'],
    ];
    for (const [change, path, code] of cases) {
      const res = await owner.call('POST', `/api/w/${ws}/positions`, { ...base, ...change });
      expect(res.status, JSON.stringify(change)).toBe(422);
      expect(res.body.errors[0]).toMatchObject({ path, code });
    }
    // A term cannot shrink past its positions, nor be deleted while it has any.
    const p = await post('/positions', { ...base, startsOn: '2024-01-01', endsOn: '2026-01-01' });
    expect((await owner.call('PATCH', `/api/w/${ws}/terms/${term.id}`, { startsOn: '2024-06-01' })).body.errors[0].code).toBe('outside_term');
    expect((await owner.call('PATCH', `/api/w/${ws}/terms/${term.id}`, { endsOn: '2025-06-01' })).body.errors[0].code).toBe('outside_term');
    expect((await owner.call('DELETE', `/api/w/${ws}/terms/${term.id}`)).status).toBe(409);
    expect((await owner.call('DELETE', `/api/w/${ws}/positions/${p.id}`)).status).toBe(204);
    expect((await owner.call('GET', `/api/w/${ws}/positions/${p.id}`)).status).toBe(404);
    expect((await owner.call('DELETE', `/api/w/${ws}/terms/${term.id}`)).status).toBe(204);
  });

  it('history lists every term with who held what, the latest term first', async () => {
    const { owner, ws, post, member } = await setup();
    const old = await post('/terms', { name: 'Nhiệm kỳ 2018–2023', startsOn: '2018-05-01', endsOn: '2023-06-09' });
    const now = await post('/terms', { name: 'Nhiệm kỳ 2023–2028', startsOn: '2023-06-10', endsOn: '2028-06-09' });
    const a = await member('Nguyễn Văn A');
    const b = await member('Trần Văn B');
    await post('/positions', { termId: old.id, memberId: a, body: 'presidium', title: 'president' });
    await post('/positions', { termId: old.id, memberId: b, body: 'presidium', title: 'secretary_general' });
    await post('/positions', { termId: now.id, memberId: b, body: 'presidium', title: 'president' });
    const history = (await owner.call('GET', `/api/w/${ws}/leadership/history`)).body.items;
    expect(history.map((t: { name: string; bodies: Group[] }) => [t.name, summary(t.bodies)])).toEqual([
      ['Nhiệm kỳ 2023–2028', [['Đoàn Chủ tịch', ['president: Trần Văn B']]]],
      ['Nhiệm kỳ 2018–2023', [['Đoàn Chủ tịch', ['president: Nguyễn Văn A', 'secretary_general: Trần Văn B']]]],
    ]);
    const all = (await owner.call('GET', `/api/w/${ws}/positions?limit=2`)).body;
    expect(all.items.map((p: { termId: string }) => p.termId)).toEqual([now.id, old.id]);
    const rest = (await owner.call('GET', `/api/w/${ws}/positions?limit=2&cursor=${all.nextCursor}`)).body;
    expect(rest).toMatchObject({ items: [{ termId: old.id, title: 'secretary_general' }], nextCursor: null });
    expect((await owner.call('GET', `/api/w/${ws}/positions?termId=${old.id}&body=presidium`)).body.items).toHaveLength(2);
  });

  it('are written by editors and recorded in the audit log', async () => {
    const { t, owner, ws, post, member } = await setup();
    const viewer = await t.user();
    await t.grant(owner, ws, viewer, 'viewer');
    const term = await post('/terms', { name: 'Nhiệm kỳ 2023–2028', startsOn: '2023-06-10' });
    const p = await post('/positions', { termId: term.id, memberId: await member('A'), body: 'executive', title: 'member' });
    expect((await viewer.call('GET', `/api/w/${ws}/leadership`)).status).toBe(200);
    expect((await viewer.call('POST', `/api/w/${ws}/terms`, { name: 'X', startsOn: '2023-01-01' })).status).toBe(403);
    expect((await viewer.call('PATCH', `/api/w/${ws}/positions/${p.id}`, { title: 'president' })).status).toBe(403);
    await owner.call('PATCH', `/api/w/${ws}/positions/${p.id}`, { title: 'vice_president' });
    const audit = (await owner.call('GET', `/api/w/${ws}/audit?limit=3`)).body.items.map((e: { action: string }) => e.action);
    expect(audit).toEqual(['position.update', 'position.create', 'member.create']);
  });
});
