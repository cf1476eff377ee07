import { describe, expect, it } from 'vitest';
import { testApp, type TestClient } from '../../../test/fixtures/app';

/**
 * Periodic reports to the parent. Deadlines are far in the past (2020) or the future (2099), so
 * on-time, late and overdue come out the same whatever day the suite runs.
 */

type T = Awaited<ReturnType<typeof testApp>>;

/** A union and two associations, both approved; `secretary` owns the associations. */
async function family(t: T) {
  const unionAdmin = await t.user('Chủ tịch Liên hiệp');
  const secretary = await t.user('Tổng Thư ký Hội');
  const union = await t.workspace(unionAdmin, { kind: 'union', name: 'Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An', countries: [] });
  const japan = await t.workspace(secretary, { name: 'Hội hữu nghị Việt Nam – Nhật Bản tỉnh Nghệ An', parent: union });
  const laos = await t.workspace(secretary, { name: 'Hội hữu nghị Việt Nam – Lào tỉnh Nghệ An', countries: ['LA'], parent: union });
  for (const child of [japan, laos]) expect((await unionAdmin.call('POST', `/api/w/${union}/affiliations/${child}/approve`)).status).toBe(200);
  return { unionAdmin, secretary, union, japan, laos };
}

/** Some data in 2026-H1 and some outside it; the personal details must never reach the parent. */
async function fill(owner: TestClient, ws: string) {
  const post = (path: string, body: unknown) => owner.create(`/api/w/${ws}${path}`, body);
  await post('/members', { fullName: 'Nguyễn Thị Bí Mật', email: 'bi.mat@private.example.vn', phone: '0912 555 777', joinedOn: '2026-02-10' });
  await post('/members', { fullName: 'Trần Văn Riêng Tư', joinedOn: '2025-05-01' });
  await post('/events', { type: 'seminar', title: 'Tọa đàm 53 năm quan hệ', startsAt: '2026-03-05T08:00', endsAt: '2026-03-05T11:00', participants: 120, connectionPoints: 4 });
  await post('/events', { type: 'delegation_in', title: 'Đón đoàn Nagano', startsAt: '2026-09-01T08:00', endsAt: '2026-09-01T17:00', delegation: { direction: 'in', headName: 'Sato Kenji', size: 12 } });
  await post('/correspondence', { direction: 'out', typeCode: 'CV', subject: 'Nội dung mật về nhân sự', classification: 'secret', documentDate: '2026-04-02' });
}

const h1 = { from: '2026-01-01', to: '2026-06-30' };

describe('a report, from draft to submitted', async () => {
  const t = await testApp();
  const { unionAdmin, secretary, union, japan } = await family(t);
  await fill(secretary, japan);
  const editor = await t.user('Cán bộ văn phòng');
  const viewer = await t.user('Hội viên xem');
  await t.grant(secretary, japan, editor, 'editor');
  await t.grant(secretary, japan, viewer, 'viewer');
  const stats = async (range = h1) => (await secretary.call('GET', `/api/w/${japan}/stats?from=${range.from}&to=${range.to}`)).body.indicators;
  let id = '';

  it('starts as a draft whose figures are the period’s shared indicators', async () => {
    const res = await editor.call('POST', `/api/w/${japan}/reports`, { period: '2026-H1' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    id = res.body.id;
    expect(res.body).toMatchObject({ period: '2026-H1', kind: 'half', ...h1, status: 'draft', results: '', parent: { slug: union }, dueOn: null, submittedAt: null });
    expect(res.body.figures).toEqual(await stats());
    expect(res.body.figures).toMatchObject({ members_new: 1, members_active: 2, events: 1, seminars: 1, connection_points: 4, delegations_in: 0 });
  });

  it('one report per period (409); periods must be real (422)', async () => {
    const again = await secretary.call('POST', `/api/w/${japan}/reports`, { period: '2026-H1' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('report_exists');
    for (const period of ['2026-H3', '2026-Q1', '2028-2023', '', 2026]) {
      const bad = await secretary.call('POST', `/api/w/${japan}/reports`, { period });
      expect(bad.status, String(period)).toBe(422);
      expect(bad.body.errors[0]).toMatchObject({ path: 'period', code: 'period_invalid' });
    }
    expect((await secretary.call('POST', `/api/w/${japan}/reports`, {})).status).toBe(422);
  });

  it('viewers read, editors write', async () => {
    expect((await viewer.call('GET', `/api/w/${japan}/reports/${id}`)).status).toBe(200);
    expect((await viewer.call('POST', `/api/w/${japan}/reports`, { period: '2026' })).status).toBe(403);
    expect((await viewer.call('PATCH', `/api/w/${japan}/reports/${id}`, { results: 'x' })).status).toBe(403);
    expect((await viewer.call('DELETE', `/api/w/${japan}/reports/${id}`)).status).toBe(403);
    expect((await editor.call('POST', `/api/w/${japan}/reports/${id}/submit`)).status).toBe(403);
  });

  it('keeps the narrative an editor writes, within its length limit', async () => {
    const narrative = { results: 'Tổ chức thành công tọa đàm kỷ niệm 53 năm quan hệ Việt Nam – Nhật Bản.', limitations: 'Kinh phí còn hạn hẹp.', plans: 'Đón đoàn Nagano tháng 9.', proposals: 'Đề nghị Liên hiệp hỗ trợ kinh phí.' };
    const res = await editor.call('PATCH', `/api/w/${japan}/reports/${id}`, narrative);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ...narrative, status: 'draft' });
    const partial = await editor.call('PATCH', `/api/w/${japan}/reports/${id}`, { plans: 'Đón đoàn Nagano tháng 9; giao lưu thanh niên.' });
    expect(partial.body).toMatchObject({ ...narrative, plans: 'Đón đoàn Nagano tháng 9; giao lưu thanh niên.' });
    const long = await editor.call('PATCH', `/api/w/${japan}/reports/${id}`, { results: 'x'.repeat(20_001) });
    expect(long.status).toBe(422);
    expect(long.body.errors[0]).toMatchObject({ path: 'results', code: 'too_long' });
    expect((await editor.call('PATCH', `/api/w/${japan}/reports/${id}`, { limitations: 5 })).status).toBe(422);
    expect((await editor.call('GET', `/api/w/${japan}/reports/${id}`)).body.results).toBe(narrative.results);
  });

  it('a draft follows the data', async () => {
    await secretary.call('POST', `/api/w/${japan}/events`, { type: 'meeting', title: 'Gặp mặt', startsAt: '2026-05-05T08:00', endsAt: '2026-05-05T09:00' });
    const res = await secretary.call('GET', `/api/w/${japan}/reports/${id}`);
    expect(res.body.figures.events).toBe(2);
    expect(res.body.figures).toEqual(await stats());
  });

  it('is submitted by an admin to the approved parent, its figures frozen', async () => {
    const before = await stats();
    const res = await secretary.call('POST', `/api/w/${japan}/reports/${id}/submit`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ status: 'submitted', parent: { slug: union }, submittedBy: 'Tổng Thư ký Hội' });
    expect(Date.parse(res.body.submittedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(res.body.figures).toEqual(before);

    await secretary.call('POST', `/api/w/${japan}/events`, { type: 'meeting', title: 'Gặp mặt sau khi nộp', startsAt: '2026-06-05T08:00', endsAt: '2026-06-05T09:00' });
    expect((await stats()).events).toBe(before.events + 1);
    expect((await secretary.call('GET', `/api/w/${japan}/reports/${id}`)).body.figures).toEqual(before);
    const received = await unionAdmin.call('GET', `/api/w/${union}/submissions/${id}`);
    expect(received.body.figures).toEqual(before);
  });

  it('cannot change, be deleted or be submitted again (409)', async () => {
    for (const [method, path, body] of [
      ['PATCH', '', { results: 'Sửa sau khi nộp' }],
      ['DELETE', ''],
      ['POST', '/submit'],
    ] as const) {
      const res = await secretary.call(method, `/api/w/${japan}/reports/${id}${path}`, body);
      expect(res.status, `${method} ${path}`).toBe(409);
      expect(res.body.code).toBe('report_submitted');
    }
    expect((await secretary.call('GET', `/api/w/${japan}/reports/${id}`)).body.results).toMatch(/^Tổ chức thành công/);
  });

  it('lists the reports, latest period first, a page at a time', async () => {
    expect((await editor.call('POST', `/api/w/${japan}/reports`, { period: '2026' })).status).toBe(201);
    expect((await editor.call('POST', `/api/w/${japan}/reports`, { period: '2023-2028' })).status).toBe(201);
    const all = await viewer.call('GET', `/api/w/${japan}/reports`);
    expect(all.body.items.map((r: { period: string; status: string }) => `${r.period}:${r.status}`)).toEqual(['2026-H1:submitted', '2026:draft', '2023-2028:draft']);
    expect(all.body.items[2]).toMatchObject({ kind: 'term', from: '2023-01-01', to: '2028-12-31' });
    expect(all.body.items[0].figures).toBeUndefined();
    const first = await viewer.call('GET', `/api/w/${japan}/reports?limit=2`);
    expect(first.body.items).toHaveLength(2);
    const rest = await viewer.call('GET', `/api/w/${japan}/reports?limit=2&cursor=${first.body.nextCursor}`);
    expect(rest.body).toMatchObject({ items: [{ period: '2023-2028' }], nextCursor: null });
  });

  it('deletes a draft (editor)', async () => {
    const draft = (await editor.call('POST', `/api/w/${japan}/reports`, { period: '2025-H2' })).body;
    expect((await editor.call('DELETE', `/api/w/${japan}/reports/${draft.id}`)).status).toBe(204);
    expect((await editor.call('GET', `/api/w/${japan}/reports/${draft.id}`)).status).toBe(404);
    // The period is free again.
    expect((await editor.call('POST', `/api/w/${japan}/reports`, { period: '2025-H2' })).status).toBe(201);
  });

  it('is in the audit log', async () => {
    const actions = (await secretary.call('GET', `/api/w/${japan}/audit`)).body.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['report.create', 'report.update', 'report.submit', 'report.delete']));
  });
});

describe('submitting needs an approved parent', async () => {
  const t = await testApp();
  const owner = await t.user();
  const union = await t.workspace(owner, { kind: 'union' });
  const alone = await t.workspace(owner);
  const waiting = await t.workspace(owner, { parent: union });

  it.each([
    ['no parent', alone],
    ['a pending request', waiting],
  ])('409 parent_required with %s, and the draft stays a draft', async (_, ws) => {
    const draft = (await owner.call('POST', `/api/w/${ws}/reports`, { period: '2026' })).body;
    expect(draft).toMatchObject({ status: 'draft', parent: null });
    const res = await owner.call('POST', `/api/w/${ws}/reports/${draft.id}/submit`);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('parent_required');
    expect((await owner.call('GET', `/api/w/${ws}/reports/${draft.id}`)).body.status).toBe('draft');
  });
});

describe('the parent’s view of its children’s reports', async () => {
  const t = await testApp();
  const { unionAdmin, secretary, union, japan, laos } = await family(t);
  await fill(secretary, japan);
  await fill(secretary, laos);
  const otherUnion = await t.workspace(unionAdmin, { kind: 'union' });
  const pendingChild = await t.workspace(secretary, { parent: union });
  const unionEditor = await t.user();
  await t.grant(unionAdmin, union, unionEditor, 'editor');
  const submit = async (ws: string, period: string, narrative: Record<string, string> = {}) => {
    const draft = (await secretary.call('POST', `/api/w/${ws}/reports`, { period })).body;
    if (Object.keys(narrative).length) expect((await secretary.call('PATCH', `/api/w/${ws}/reports/${draft.id}`, narrative)).status).toBe(200);
    const res = await secretary.call('POST', `/api/w/${ws}/reports/${draft.id}/submit`);
    expect(res.status).toBe(200);
    return draft.id as string;
  };
  const statuses = async (period: string) => {
    const res = await unionAdmin.call('GET', `/api/w/${union}/submissions?period=${period}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  };

  it('sets, lists and removes deadlines (admin)', async () => {
    const put = await unionAdmin.call('PUT', `/api/w/${union}/deadlines/2026-H1`, { dueOn: '2099-12-31' });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body).toEqual({ period: '2026-H1', dueOn: '2099-12-31' });
    expect((await unionAdmin.call('PUT', `/api/w/${union}/deadlines/2020`, { dueOn: '2020-01-01' })).status).toBe(200);
    expect((await unionAdmin.call('PUT', `/api/w/${union}/deadlines/2025`, { dueOn: '2026-01-15' })).status).toBe(200);
    expect((await unionAdmin.call('GET', `/api/w/${union}/deadlines`)).body.items).toEqual([
      { period: '2026-H1', dueOn: '2099-12-31' },
      { period: '2025', dueOn: '2026-01-15' },
      { period: '2020', dueOn: '2020-01-01' },
    ]);
    expect((await unionAdmin.call('DELETE', `/api/w/${union}/deadlines/2025`)).status).toBe(204);
    expect((await unionAdmin.call('DELETE', `/api/w/${union}/deadlines/2025`)).status).toBe(404);
    expect((await unionAdmin.call('GET', `/api/w/${union}/deadlines`)).body.items).toHaveLength(2);
  });

  it('refuses a bad period or day (422) and non-admins (403)', async () => {
    const cases: [string, unknown, string, string][] = [
      ['2026-H9', { dueOn: '2026-07-15' }, 'period', 'period_invalid'],
      ['2026-H2', { dueOn: '2026-02-30' }, 'dueOn', 'date_format'],
      ['2026-H2', { dueOn: '15/07/2026' }, 'dueOn', 'date_format'],
      ['2026-H2', { dueOn: '2026-06-30' }, 'dueOn', 'due_before_period'],
    ];
    for (const [period, body, path, code] of cases) {
      const res = await unionAdmin.call('PUT', `/api/w/${union}/deadlines/${period}`, body);
      expect(res.status, `${period} ${JSON.stringify(body)}`).toBe(422);
      expect(res.body.errors[0]).toMatchObject({ path, code });
    }
    expect((await unionAdmin.call('PUT', `/api/w/${union}/deadlines/2026-H2`, {})).status).toBe(422);
    expect((await unionEditor.call('PUT', `/api/w/${union}/deadlines/2026-H2`, { dueOn: '2026-07-15' })).status).toBe(403);
    expect((await unionEditor.call('GET', `/api/w/${union}/deadlines`)).status).toBe(403);
    expect((await unionEditor.call('GET', `/api/w/${union}/submissions?period=2026-H1`)).status).toBe(403);
    const noPeriod = await unionAdmin.call('GET', `/api/w/${union}/submissions`);
    expect(noPeriod.status).toBe(422);
    expect(noPeriod.body.errors[0]).toMatchObject({ path: 'period', code: 'period_invalid' });
  });

  let onTime = '';
  it('shows each approved child submitted (on time) or missing, not yet overdue', async () => {
    const before = await statuses('2026-H1');
    expect(before).toMatchObject({ period: '2026-H1', ...h1, dueOn: '2099-12-31' });
    expect(before.items.map((i: { slug: string }) => i.slug).sort()).toEqual([japan, laos].sort());
    expect(before.items.every((i: { status: string; overdue: boolean }) => i.status === 'missing' && !i.overdue)).toBe(true);

    // A draft does not count.
    const draft = (await secretary.call('POST', `/api/w/${laos}/reports`, { period: '2026-H1' })).body;
    onTime = await submit(japan, '2026-H1', { results: 'Kết quả tốt.' });
    const after = await statuses('2026-H1');
    expect(after.items.find((i: { slug: string }) => i.slug === japan)).toMatchObject({ status: 'submitted', overdue: false, reportId: onTime, name: 'Hội hữu nghị Việt Nam – Nhật Bản tỉnh Nghệ An', kind: 'association' });
    expect(after.items.find((i: { slug: string }) => i.slug === laos)).toMatchObject({ status: 'missing', overdue: false, reportId: null, submittedAt: null });
    expect(after.items.map((i: { slug: string }) => i.slug)).not.toContain(pendingChild);
    expect((await unionAdmin.call('GET', `/api/w/${union}/submissions/${draft.id}`)).status).toBe(404);
    // Without a deadline, anything submitted is on time.
    const annual = await submit(laos, '2026');
    expect((await statuses('2026')).items.find((i: { slug: string }) => i.slug === laos)).toMatchObject({ status: 'submitted', reportId: annual });
  });

  it('marks a report submitted after the deadline late, and a missing one overdue', async () => {
    const late = await submit(japan, '2020');
    const res = await statuses('2020');
    expect(res.dueOn).toBe('2020-01-01');
    expect(res.items.find((i: { slug: string }) => i.slug === japan)).toMatchObject({ status: 'late', overdue: false, reportId: late });
    expect(res.items.find((i: { slug: string }) => i.slug === laos)).toMatchObject({ status: 'missing', overdue: true });
    expect((await unionAdmin.call('GET', `/api/w/${union}/submissions/${late}`)).body).toMatchObject({ status: 'late', dueOn: '2020-01-01' });
    // The child sees its parent's deadline too.
    expect((await secretary.call('GET', `/api/w/${laos}/reports`)).body.items.find((r: { period: string }) => r.period === '2026-H1')).toMatchObject({ dueOn: '2099-12-31', status: 'draft' });
  });

  it('opens a submitted report: figures and narrative, nothing personal', async () => {
    const res = await unionAdmin.call('GET', `/api/w/${union}/submissions/${onTime}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: onTime, workspace: { slug: japan, kind: 'association' }, period: '2026-H1', status: 'submitted', results: 'Kết quả tốt.', dueOn: '2099-12-31' });
    expect(res.body.figures).toMatchObject({ members_new: 1, seminars: 1, participants: 120 });
    const text = JSON.stringify(res.body) + JSON.stringify(await statuses('2026-H1'));
    for (const secret of ['Bí Mật', 'bi.mat@', '0912 555 777', 'Riêng Tư', 'Sato Kenji', 'Nội dung mật', 'Tổng Thư ký Hội']) expect(text).not.toContain(secret);
  });

  it('is 404 to anyone but the parent it was submitted to', async () => {
    expect((await unionAdmin.call('GET', `/api/w/${otherUnion}/submissions/${onTime}`)).status).toBe(404);
    expect((await secretary.call('GET', `/api/w/${japan}/submissions/${onTime}`)).status).toBe(404);
    expect((await unionAdmin.call('GET', `/api/w/${union}/submissions/no-such-report`)).status).toBe(404);
    expect((await unionAdmin.call('GET', `/api/w/${union}/reports/${onTime}`)).status).toBe(404);
  });

  it('keeps what was submitted after the child leaves, and lists only current children', async () => {
    expect((await secretary.call('DELETE', `/api/w/${japan}/parent`)).status).toBe(204);
    expect((await statuses('2026-H1')).items.map((i: { slug: string }) => i.slug)).toEqual([laos]);
    expect((await unionAdmin.call('GET', `/api/w/${union}/submissions/${onTime}`)).status).toBe(200);
    expect((await secretary.call('GET', `/api/w/${japan}/reports/${onTime}`)).body.parent).toMatchObject({ slug: union });
  });
});

describe('classified correspondence', async () => {
  const t = await testApp();
  const { unionAdmin, secretary, union, japan } = await family(t);
  await fill(secretary, japan);

  it('counts in the figures, numbers only', async () => {
    // Documents count in the year they are registered: today's.
    const year = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 4);
    const draft = (await secretary.call('POST', `/api/w/${japan}/reports`, { period: year })).body;
    expect(draft.figures.documents_out).toBe(1);
    await secretary.call('POST', `/api/w/${japan}/reports/${draft.id}/submit`);
    const received = await unionAdmin.call('GET', `/api/w/${union}/submissions/${draft.id}`);
    expect(received.body.figures.documents_out).toBe(1);
    expect(JSON.stringify(received.body)).not.toContain('Nội dung mật');
  });
});
