import { describe, expect, it } from 'vitest';
import { raw, testApp } from './fixtures/app';

/**
 * Every workspace route, called by a signed-in user of another workspace, answers 404 — never
 * revealing that the workspace or the thing exists — and 401 without a session.
 * Later issues add their routes to this table.
 */
function attachmentForm() {
  const form = new FormData();
  form.set('file', new File(['%PDF'], 'scan.pdf', { type: 'application/pdf' }));
  return form;
}
function letterBody() {
  return {
    template: 'condolences',
    partner: { name: 'Sato Kenji', organisation: { vi: 'Hội hữu nghị Nhật – Việt', en: 'Japan–Vietnam Friendship Association' }, country: { vi: 'Nhật Bản', en: 'Japan' } },
    date: '2026-01-03',
    signer: { name: 'Nguyễn Văn A', title: { vi: 'Chủ tịch', en: 'President' } },
    details: { loss: { vi: 'trận động đất', en: 'the earthquake' } },
  };
}

const routes: [method: string, path: (ws: string, ids: Record<string, string>) => string, body?: unknown, needs?: 'viewer' | 'editor' | 'admin'][] = [
  ['GET', (ws) => `/api/w/${ws}`],
  ['PATCH', (ws) => `/api/w/${ws}`, { name: 'Tên mới' }],
  ['DELETE', (ws) => `/api/w/${ws}`],
  ['PUT', (ws) => `/api/w/${ws}/parent`, { parent: 'anything' }],
  ['DELETE', (ws) => `/api/w/${ws}/parent`],
  ['GET', (ws) => `/api/w/${ws}/users`],
  ['PATCH', (ws, ids) => `/api/w/${ws}/users/${ids.user}`, { role: 'viewer' }],
  ['DELETE', (ws, ids) => `/api/w/${ws}/users/${ids.user}`],
  ['GET', (ws) => `/api/w/${ws}/invitations`],
  ['POST', (ws) => `/api/w/${ws}/invitations`, { email: 'x@example.vn', role: 'viewer' }],
  ['DELETE', (ws, ids) => `/api/w/${ws}/invitations/${ids.invitation}`],
  ['GET', (ws) => `/api/w/${ws}/affiliations`],
  ['POST', (ws, ids) => `/api/w/${ws}/affiliations/${ids.child}/approve`],
  ['POST', (ws, ids) => `/api/w/${ws}/affiliations/${ids.child}/reject`],
  ['GET', (ws) => `/api/w/${ws}/audit`],
  // Events (issue 5). The 4th element is the lowest role allowed (default admin). The feed
  // /calendar.ics authenticates by key, not session: it is checked in the test below the loop.
  ['GET', (ws) => `/api/w/${ws}/events`, undefined, 'viewer'],
  ['POST', (ws) => `/api/w/${ws}/events`, { type: 'meeting', title: 'Họp', startsAt: '2026-01-05T09:00', endsAt: '2026-01-05T10:00' }, 'editor'],
  ['GET', (ws, ids) => `/api/w/${ws}/events/${ids.event}`, undefined, 'viewer'],
  ['GET', (ws, ids) => `/api/w/${ws}/events/${ids.event}.ics`, undefined, 'viewer'],
  ['PATCH', (ws, ids) => `/api/w/${ws}/events/${ids.event}`, { title: 'Họp mới' }, 'editor'],
  ['DELETE', (ws, ids) => `/api/w/${ws}/events/${ids.event}`, undefined, 'editor'],
  ['GET', (ws, ids) => `/api/w/${ws}/events/${ids.event}/occurrences/2026-02-02`, undefined, 'viewer'],
  ['PATCH', (ws, ids) => `/api/w/${ws}/events/${ids.event}/occurrences/2026-02-02`, { cancelled: true }, 'editor'],
  ['DELETE', (ws, ids) => `/api/w/${ws}/events/${ids.event}/occurrences/2026-02-02`, undefined, 'editor'],
  ['GET', (ws, ids) => `/api/w/${ws}/events/${ids.event}/registrations`, undefined, 'viewer'],
  ['POST', (ws, ids) => `/api/w/${ws}/events/${ids.event}/registrations`, { name: 'Khách', email: 'khach@example.vn' }, 'viewer'],
  ['POST', (ws, ids) => `/api/w/${ws}/events/${ids.event}/registrations/${ids.registration}/cancel`, undefined, 'viewer'],
  ['POST', (ws, ids) => `/api/w/${ws}/events/${ids.event}/registrations/${ids.registration}/check-in`, undefined, 'editor'],
  ['GET', (ws) => `/api/w/${ws}/calendar`, undefined, 'viewer'],
  ['POST', (ws) => `/api/w/${ws}/calendar/rotate`],
  ['GET', (ws) => `/api/w/${ws}/occasions`, undefined, 'viewer'],
  ['GET', (ws) => `/api/w/${ws}/occasions/relations`, undefined, 'viewer'],
  ['PUT', (ws) => `/api/w/${ws}/occasions/relations/JP`, { since: '1973-09-21' }, 'editor'],
  ['DELETE', (ws) => `/api/w/${ws}/occasions/relations/JP`, undefined, 'editor'],
  // Members, leadership, dues (issue 4).
  ['GET', (ws) => `/api/w/${ws}/members`, undefined, 'viewer'],
  ['POST', (ws) => `/api/w/${ws}/members`, { fullName: 'Nguyễn Văn An' }, 'editor'],
  ['GET', (ws) => `/api/w/${ws}/members/summary`, undefined, 'viewer'],
  ['GET', (ws) => `/api/w/${ws}/members/export.csv`, undefined, 'viewer'],
  ['POST', (ws) => `/api/w/${ws}/members/import`, raw('fullName\nNguyễn Văn An\n'), 'editor'],
  ['GET', (ws, ids) => `/api/w/${ws}/members/${ids.member}`, undefined, 'viewer'],
  ['PATCH', (ws, ids) => `/api/w/${ws}/members/${ids.member}`, { phone: '0912 345 678' }, 'editor'],
  ['DELETE', (ws, ids) => `/api/w/${ws}/members/${ids.member}`, undefined, 'editor'],
  ['POST', (ws, ids) => `/api/w/${ws}/members/${ids.member}/restore`, undefined, 'editor'],
  ['GET', (ws) => `/api/w/${ws}/terms`, undefined, 'viewer'],
  ['POST', (ws) => `/api/w/${ws}/terms`, { name: 'Nhiệm kỳ 2023–2028', startsOn: '2023-06-10' }, 'editor'],
  ['GET', (ws, ids) => `/api/w/${ws}/terms/${ids.term}`, undefined, 'viewer'],
  ['PATCH', (ws, ids) => `/api/w/${ws}/terms/${ids.term}`, { congress: 'Đại hội lần thứ VI' }, 'editor'],
  ['DELETE', (ws, ids) => `/api/w/${ws}/terms/${ids.term}`, undefined, 'editor'],
  ['GET', (ws) => `/api/w/${ws}/positions`, undefined, 'viewer'],
  ['POST', (ws) => `/api/w/${ws}/positions`, { termId: 'x', memberId: 'x', body: 'executive', title: 'member' }, 'editor'],
  ['GET', (ws, ids) => `/api/w/${ws}/positions/${ids.position}`, undefined, 'viewer'],
  ['PATCH', (ws, ids) => `/api/w/${ws}/positions/${ids.position}`, { endsOn: '2027-01-01' }, 'editor'],
  ['DELETE', (ws, ids) => `/api/w/${ws}/positions/${ids.position}`, undefined, 'editor'],
  ['GET', (ws) => `/api/w/${ws}/leadership`, undefined, 'viewer'],
  ['GET', (ws) => `/api/w/${ws}/leadership/history`, undefined, 'viewer'],
  ['GET', (ws) => `/api/w/${ws}/dues`, undefined, 'viewer'],
  ['GET', (ws) => `/api/w/${ws}/dues/2026`, undefined, 'viewer'],
  ['PUT', (ws) => `/api/w/${ws}/dues/2026`, { official: 200000 }, 'editor'],
  ['GET', (ws) => `/api/w/${ws}/dues/2026/unpaid`, undefined, 'viewer'],
  ['GET', (ws) => `/api/w/${ws}/dues/payments`, undefined, 'viewer'],
  ['POST', (ws) => `/api/w/${ws}/dues/payments`, { memberId: 'x', year: 2026, amount: 200000 }, 'editor'],
  ['GET', (ws, ids) => `/api/w/${ws}/dues/payments/${ids.payment}`, undefined, 'viewer'],
  ['DELETE', (ws, ids) => `/api/w/${ws}/dues/payments/${ids.payment}`, undefined, 'editor'],
  // Correspondence (issue 6); classified visibility is tested in workers/src/routes/correspondence.test.ts.
  ['GET', (ws) => `/api/w/${ws}/correspondence`, undefined, 'viewer'],
  ['POST', (ws) => `/api/w/${ws}/correspondence`, { direction: 'out', typeCode: 'CV', subject: 'Công văn' }, 'editor'],
  ['GET', (ws) => `/api/w/${ws}/correspondence/follow-up`, undefined, 'viewer'],
  ['GET', (ws) => `/api/w/${ws}/correspondence/register.html?direction=out&year=2026`, undefined, 'viewer'],
  ['GET', (ws) => `/api/w/${ws}/correspondence/register.csv?direction=in&year=2026`, undefined, 'viewer'],
  ['GET', (ws, ids) => `/api/w/${ws}/correspondence/${ids.document}`, undefined, 'viewer'],
  ['PATCH', (ws, ids) => `/api/w/${ws}/correspondence/${ids.document}`, { subject: 'Trích yếu mới' }, 'editor'],
  ['POST', (ws, ids) => `/api/w/${ws}/correspondence/${ids.document}/void`, undefined, 'editor'],
  ['POST', (ws, ids) => `/api/w/${ws}/correspondence/${ids.document}/reply`, { replyId: null }, 'editor'],
  ['POST', (ws, ids) => `/api/w/${ws}/correspondence/${ids.document}/attachments`, attachmentForm(), 'editor'],
  ['GET', (ws, ids) => `/api/w/${ws}/correspondence/${ids.document}/attachments/${ids.attachment}`, undefined, 'viewer'],
  ['DELETE', (ws, ids) => `/api/w/${ws}/correspondence/${ids.document}/attachments/${ids.attachment}`, undefined, 'editor'],
  ['GET', (ws) => `/api/w/${ws}/letter-templates`, undefined, 'viewer'],
  ['POST', (ws) => `/api/w/${ws}/letters/preview`, letterBody(), 'editor'],
  ['POST', (ws) => `/api/w/${ws}/letters/issue`, letterBody(), 'editor'],
  // Partners, agreements, aid, awards (issue 7).
  ['GET', (ws) => `/api/w/${ws}/partners?q=nhat`, undefined, 'viewer'],
  ['POST', (ws) => `/api/w/${ws}/partners`, { name: 'Đại sứ quán Cu-ba', country: 'CU', kind: 'embassy' }, 'editor'],
  ['GET', (ws, ids) => `/api/w/${ws}/partners/${ids.partner}`, undefined, 'viewer'],
  ['GET', (ws, ids) => `/api/w/${ws}/partners/${ids.partner}/timeline`, undefined, 'viewer'],
  ['PATCH', (ws, ids) => `/api/w/${ws}/partners/${ids.partner}`, { notes: 'Sửa' }, 'editor'],
  ['DELETE', (ws, ids) => `/api/w/${ws}/partners/${ids.partner}`, undefined, 'editor'],
  ['GET', (ws) => `/api/w/${ws}/agreements`, undefined, 'viewer'],
  ['GET', (ws) => `/api/w/${ws}/agreements?expiring=1`, undefined, 'viewer'],
  ['POST', (ws) => `/api/w/${ws}/agreements`, { title: 'MOU', partnerIds: ['x'], signedOn: '2026-01-05', validFrom: '2026-01-05' }, 'editor'],
  ['GET', (ws, ids) => `/api/w/${ws}/agreements/${ids.agreement}`, undefined, 'viewer'],
  ['PATCH', (ws, ids) => `/api/w/${ws}/agreements/${ids.agreement}`, { title: 'MOU mới' }, 'editor'],
  ['POST', (ws, ids) => `/api/w/${ws}/agreements/${ids.agreement}/renew`, { validFrom: '2031-01-01' }, 'editor'],
  ['DELETE', (ws, ids) => `/api/w/${ws}/agreements/${ids.agreement}`, undefined, 'editor'],
  ['GET', (ws) => `/api/w/${ws}/aid`, undefined, 'viewer'],
  ['POST', (ws) => `/api/w/${ws}/aid`, { title: 'Học bổng', donorPartnerId: 'x', sector: 'education', committedVnd: 1000 }, 'editor'],
  ['GET', (ws, ids) => `/api/w/${ws}/aid/${ids.aid}`, undefined, 'viewer'],
  ['PATCH', (ws, ids) => `/api/w/${ws}/aid/${ids.aid}`, { status: 'completed' }, 'editor'],
  ['DELETE', (ws, ids) => `/api/w/${ws}/aid/${ids.aid}`, undefined, 'editor'],
  ['GET', (ws) => `/api/w/${ws}/awards`, undefined, 'viewer'],
  ['POST', (ws) => `/api/w/${ws}/awards`, { awardName: 'Bằng khen', recipientName: 'Sato Kenji', decisionNumber: '1/QĐ', decidedOn: '2026-01-05' }, 'editor'],
  ['GET', (ws, ids) => `/api/w/${ws}/awards/${ids.award}`, undefined, 'viewer'],
  ['PATCH', (ws, ids) => `/api/w/${ws}/awards/${ids.award}`, { notes: 'Sửa' }, 'editor'],
  ['DELETE', (ws, ids) => `/api/w/${ws}/awards/${ids.award}`, undefined, 'editor'],
  // Figures and rollups (issue 8).
  ['GET', (ws) => `/api/w/${ws}/stats?from=2026-01-01&to=2026-12-31`, undefined, 'viewer'],
  ['POST', (ws) => `/api/w/${ws}/stats/refresh`],
  ['GET', (ws) => `/api/w/${ws}/rollup?groupBy=kind`, undefined, 'viewer'],
  ['GET', (ws) => `/api/w/${ws}/rollup.csv?groupBy=month`, undefined, 'viewer'],
  ['GET', (ws) => `/api/w/${ws}/clusters?year=2026`, undefined, 'viewer'],
  ['POST', (ws) => `/api/w/${ws}/clusters`, { year: 2026, name: 'Cụm mới' }],
  ['POST', (ws) => `/api/w/${ws}/clusters/copy`, { fromYear: 2026, toYear: 2027 }],
  ['PATCH', (ws, ids) => `/api/w/${ws}/clusters/${ids.cluster}`, { name: 'Cụm khác' }],
  ['PUT', (ws, ids) => `/api/w/${ws}/clusters/${ids.cluster}/members`, { workspaceIds: [] }],
  ['DELETE', (ws, ids) => `/api/w/${ws}/clusters/${ids.cluster}`],
  // Periodic reports, submissions and deadlines (issue 8).
  ['GET', (ws) => `/api/w/${ws}/reports`, undefined, 'viewer'],
  ['POST', (ws) => `/api/w/${ws}/reports`, { period: '2026' }, 'editor'],
  ['GET', (ws, ids) => `/api/w/${ws}/reports/${ids.report}`, undefined, 'viewer'],
  ['PATCH', (ws, ids) => `/api/w/${ws}/reports/${ids.report}`, { results: 'Kết quả' }, 'editor'],
  ['POST', (ws, ids) => `/api/w/${ws}/reports/${ids.report}/submit`],
  ['DELETE', (ws, ids) => `/api/w/${ws}/reports/${ids.report}`, undefined, 'editor'],
  ['GET', (ws) => `/api/w/${ws}/submissions?period=2026`],
  ['GET', (ws, ids) => `/api/w/${ws}/submissions/${ids.report}`],
  ['GET', (ws) => `/api/w/${ws}/deadlines`],
  ['PUT', (ws) => `/api/w/${ws}/deadlines/2026`, { dueOn: '2027-01-15' }],
  ['DELETE', (ws) => `/api/w/${ws}/deadlines/2026`],
];

const placeholders = { user: ':userId', invitation: ':id', child: ':child', event: ':eventId', registration: ':rid', member: ':memberId', term: ':termId', position: ':positionId', payment: ':paymentId', document: ':docId', attachment: ':aid', partner: ':partnerId', agreement: ':agreementId', aid: ':aidId', award: ':awardId', report: ':reportId', cluster: ':clusterId' };

describe('workspace isolation', async () => {
  const t = await testApp();
  const owner = await t.user();
  const outsider = await t.user();
  await t.workspace(outsider);
  const ws = await t.workspace(owner, { kind: 'union' });
  const child = await t.workspace(owner, { parent: ws });
  const member = await t.user();
  await t.grant(owner, ws, member, 'viewer');
  const inv = await owner.call('POST', `/api/w/${ws}/invitations`, { email: 'pending@example.vn', role: 'viewer' });
  const event = await owner.call('POST', `/api/w/${ws}/events`, { type: 'review', title: 'Giao ban', startsAt: '2026-01-05T09:00', endsAt: '2026-01-05T10:00', rrule: 'FREQ=MONTHLY;BYDAY=1MO;COUNT=3' });
  const registration = await owner.call('POST', `/api/w/${ws}/events/${event.body.id}/registrations`, { name: 'Khách mời' });
  const m = await owner.call('POST', `/api/w/${ws}/members`, { fullName: 'Trần Thị Bình' });
  const term = await owner.call('POST', `/api/w/${ws}/terms`, { name: 'Nhiệm kỳ 2023–2028', startsOn: '2023-06-10' });
  const position = await owner.call('POST', `/api/w/${ws}/positions`, { termId: term.body.id, memberId: m.body.id, body: 'presidium', title: 'president' });
  const payment = await owner.call('POST', `/api/w/${ws}/dues/payments`, { memberId: m.body.id, year: 2026, amount: 200000 });
  const document = await owner.call('POST', `/api/w/${ws}/correspondence`, { direction: 'in', sender: 'VUFO', subject: 'Công văn đến', deadline: '2099-01-01' });
  const attachment = await owner.call('POST', `/api/w/${ws}/correspondence/${document.body.id}/attachments`, attachmentForm());
  const partner = await owner.call('POST', `/api/w/${ws}/partners`, { name: 'Hội hữu nghị Nhật – Việt', country: 'JP', kind: 'friendship_society' });
  const agreement = await owner.call('POST', `/api/w/${ws}/agreements`, { title: 'Biên bản ghi nhớ', partnerIds: [partner.body.id], signedOn: '2026-01-05', validFrom: '2026-01-05', validTo: '2030-12-31' });
  const aid = await owner.call('POST', `/api/w/${ws}/aid`, { title: 'Học bổng', donorPartnerId: partner.body.id, sector: 'education', committedVnd: 1000 });
  const award = await owner.call('POST', `/api/w/${ws}/awards`, { awardName: 'Bằng khen', recipientMemberId: m.body.id, decisionNumber: '1/QĐ', decidedOn: '2026-01-05' });
  const report = await owner.call('POST', `/api/w/${ws}/reports`, { period: '2025' });
  const cluster = await owner.call('POST', `/api/w/${ws}/clusters`, { year: 2026, name: 'Cụm số 1' });
  await owner.call('PUT', `/api/w/${ws}/deadlines/2026`, { dueOn: '2027-01-15' });
  const ids = {
    user: member.id, invitation: inv.body.id, child, event: event.body.id, registration: registration.body.id,
    member: m.body.id, term: term.body.id, position: position.body.id, payment: payment.body.id,
    document: document.body.id, attachment: attachment.body.id,
    partner: partner.body.id, agreement: agreement.body.id, aid: aid.body.id, award: award.body.id,
    report: report.body.id, cluster: cluster.body.id,
  };

  for (const [method, path, body] of routes) {
    const url = path(ws, ids);
    it(`${method} ${path(':ws', placeholders)}`, async () => {
      const foreign = await outsider.call(method, url, body);
      expect(foreign.status).toBe(404);
      expect(foreign.body.code).toBe('not_found');
      const anonymous = await t.call(method, url, body);
      expect(anonymous.status).toBe(401);
      const unknown = await owner.call(method, path('no-such-ws', ids), body);
      expect(unknown.status).toBe(404);
    });
  }

  it('left everything in place', async () => {
    expect((await owner.call('GET', `/api/w/${ws}`)).status).toBe(200);
    expect((await owner.call('GET', `/api/w/${ws}/invitations`)).body.items).toHaveLength(1);
    expect((await owner.call('GET', `/api/w/${ws}/users`)).body.items).toHaveLength(2);
    expect((await owner.call('GET', `/api/w/${ws}/events/${ids.event}/registrations`)).body.items).toMatchObject([{ id: ids.registration, status: 'registered' }]);
    expect((await owner.call('GET', `/api/w/${ws}/members`)).body.items).toMatchObject([{ id: ids.member, status: 'active', phone: null }]);
    expect((await owner.call('GET', `/api/w/${ws}/positions/${ids.position}`)).body).toMatchObject({ endsOn: null });
    expect((await owner.call('GET', `/api/w/${ws}/dues/payments/${ids.payment}`)).status).toBe(200);
    expect((await owner.call('GET', `/api/w/${ws}/dues/2026`)).body.amounts.official).toBeNull();
    const doc = await owner.call('GET', `/api/w/${ws}/correspondence/${ids.document}`);
    expect(doc.body).toMatchObject({ subject: 'Công văn đến', status: 'registered', waiting: true, attachments: [{ id: ids.attachment }] });
    expect((await owner.call('GET', `/api/w/${ws}/correspondence`)).body.items).toHaveLength(1);
    expect((await owner.call('GET', `/api/w/${ws}/partners`)).body.items).toMatchObject([{ id: ids.partner, notes: null }]);
    expect((await owner.call('GET', `/api/w/${ws}/agreements`)).body.items).toMatchObject([{ id: ids.agreement, title: 'Biên bản ghi nhớ', renewedById: null }]);
    expect((await owner.call('GET', `/api/w/${ws}/aid`)).body.items).toMatchObject([{ id: ids.aid, status: 'planned' }]);
    expect((await owner.call('GET', `/api/w/${ws}/awards`)).body.items).toMatchObject([{ id: ids.award, notes: null }]);
    expect((await owner.call('GET', `/api/w/${ws}/clusters?year=2026`)).body.items).toMatchObject([{ id: ids.cluster, name: 'Cụm số 1' }]);
    expect((await owner.call('GET', `/api/w/${ws}/reports`)).body.items).toMatchObject([{ id: ids.report, status: 'draft' }]);
    expect((await owner.call('GET', `/api/w/${ws}/deadlines`)).body.items).toEqual([{ period: '2026', dueOn: '2027-01-15' }]);
  });

  it('GET /api/w/:ws/calendar.ics answers 404 to another workspace’s key', async () => {
    const foreign = await t.workspace(outsider);
    const { url } = (await outsider.call('GET', `/api/w/${foreign}/calendar`)).body;
    const key = new URL(url).searchParams.get('key');
    expect((await t.call('GET', `/api/w/${ws}/calendar.ics?key=${key}`)).status).toBe(404);
    expect((await outsider.call('GET', `/api/w/${ws}/calendar.ics?key=${key}`)).status).toBe(404);
  });
});

describe('role limits', async () => {
  const t = await testApp();
  const owner = await t.user();
  const ws = await t.workspace(owner, { kind: 'union' });
  const child = await t.workspace(owner, { parent: ws });
  const viewer = await t.user();
  const editor = await t.user();
  await t.grant(owner, ws, viewer, 'viewer');
  await t.grant(owner, ws, editor, 'editor');
  const adminOnly = routes.filter(([m, p, , needs]) => !needs && !(m === 'GET' && p('x', {}) === '/api/w/x') && !(m === 'DELETE' && p('x', { user: 'self' }).endsWith('/users/self')));

  for (const [method, path, body] of adminOnly) {
    it(`${method} ${path(':ws', placeholders)} is 403 for viewers and editors`, async () => {
      const url = path(ws, { user: owner.id, invitation: 'x', child, event: 'x', registration: 'x' });
      expect((await viewer.call(method, url, body)).status).toBe(403);
      expect((await editor.call(method, url, body)).status).toBe(403);
    });
  }

  for (const [method, path, body] of routes.filter(([, , , needs]) => needs === 'editor')) {
    it(`${method} ${path(':ws', placeholders)} is 403 for viewers`, async () => {
      expect((await viewer.call(method, path(ws, { event: 'x', registration: 'x', member: 'x', term: 'x', position: 'x', payment: 'x' }), body)).status).toBe(403);
    });
  }
});

describe('ids of another workspace', async () => {
  // The same person in two workspaces: an id from one is unknown (404) in the other.
  const t = await testApp();
  const owner = await t.user();
  const a = await t.workspace(owner);
  const b = await t.workspace(owner);
  const m = (await owner.call('POST', `/api/w/${a}/members`, { fullName: 'Lê Văn Tám' })).body;
  const term = (await owner.call('POST', `/api/w/${a}/terms`, { name: 'Nhiệm kỳ 2023–2028', startsOn: '2023-06-10' })).body;
  const position = (await owner.call('POST', `/api/w/${a}/positions`, { termId: term.id, memberId: m.id, body: 'executive', title: 'member' })).body;
  const payment = (await owner.call('POST', `/api/w/${a}/dues/payments`, { memberId: m.id, year: 2026, amount: 100000 })).body;
  const ids = { member: m.id, term: term.id, position: position.id, payment: payment.id };
  const withIds = routes.filter(([, path]) => /:(memberId|termId|positionId|paymentId)/.test(path(':ws', placeholders)));

  for (const [method, path, body] of withIds) {
    it(`${method} ${path(':ws', placeholders)} answers 404 in workspace B for an id of workspace A`, async () => {
      const res = await owner.call(method, path(b, ids), body);
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('not_found');
    });
  }

  it('POST positions and payments in B refuse A’s member and term (422), and A is untouched', async () => {
    const termB = (await owner.call('POST', `/api/w/${b}/terms`, { name: 'Nhiệm kỳ B', startsOn: '2023-06-10' })).body;
    const wrongMember = await owner.call('POST', `/api/w/${b}/positions`, { termId: termB.id, memberId: m.id, body: 'executive', title: 'member' });
    expect(wrongMember.body.errors[0]).toMatchObject({ path: 'memberId', code: 'member_unknown' });
    const mB = (await owner.call('POST', `/api/w/${b}/members`, { fullName: 'Khác' })).body;
    const wrongTerm = await owner.call('POST', `/api/w/${b}/positions`, { termId: term.id, memberId: mB.id, body: 'executive', title: 'member' });
    expect(wrongTerm.body.errors[0]).toMatchObject({ path: 'termId', code: 'term_unknown' });
    const pay = await owner.call('POST', `/api/w/${b}/dues/payments`, { memberId: m.id, year: 2026, amount: 1 });
    expect(pay.body.errors[0]).toMatchObject({ path: 'memberId', code: 'member_unknown' });
    expect((await owner.call('GET', `/api/w/${a}/members/${m.id}`)).body.status).toBe('active');
    expect((await owner.call('GET', `/api/w/${a}/positions`)).body.items).toHaveLength(1);
  });
});

describe('correspondence ids of another workspace', async () => {
  // The same person in two workspaces: a document or attachment id from A is unknown (404) in B.
  const t = await testApp();
  const owner = await t.user();
  const a = await t.workspace(owner);
  const b = await t.workspace(owner);
  const out = (await owner.call('POST', `/api/w/${a}/correspondence`, { direction: 'out', typeCode: 'CV', subject: 'Của A' })).body;
  const doc = (await owner.call('POST', `/api/w/${a}/correspondence`, { direction: 'in', sender: 'VUFO', subject: 'Của A' })).body;
  const file = (await owner.call('POST', `/api/w/${a}/correspondence/${doc.id}/attachments`, attachmentForm())).body;
  const ids = { document: doc.id, attachment: file.id };
  const withIds = routes.filter(([, path]) => /:docId/.test(path(':ws', placeholders)));

  for (const [method, path, body] of withIds) {
    it(`${method} ${path(':ws', placeholders)} answers 404 in workspace B for an id of workspace A`, async () => {
      const res = await owner.call(method, path(b, ids), body);
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('not_found');
    });
  }

  it('B cannot link A’s document as a reply, and A is untouched', async () => {
    const inB = (await owner.call('POST', `/api/w/${b}/correspondence`, { direction: 'in', sender: 'VUFO', subject: 'Của B' })).body;
    expect((await owner.call('POST', `/api/w/${b}/correspondence/${inB.id}/reply`, { replyId: out.id })).status).toBe(422);
    const inA = await owner.call('GET', `/api/w/${a}/correspondence/${doc.id}`);
    expect(inA.body).toMatchObject({ subject: 'Của A', status: 'registered', attachments: [{ id: file.id }] });
  });
});

describe('partner, agreement, aid and award ids of another workspace', async () => {
  // The same person in two workspaces: an id from A is unknown (404) in B, and B cannot link A's records.
  const t = await testApp();
  const owner = await t.user();
  const a = await t.workspace(owner);
  const b = await t.workspace(owner);
  const post = async (ws: string, path: string, body: unknown) => (await owner.call('POST', `/api/w/${ws}${path}`, body)).body;
  const partner = await post(a, '/partners', { name: 'Hội hữu nghị Nhật – Việt', country: 'JP', kind: 'friendship_society' });
  const doc = await post(a, '/correspondence', { direction: 'out', typeCode: 'BB', subject: 'Biên bản ghi nhớ' });
  const member = await post(a, '/members', { fullName: 'Lê Văn Tám' });
  const agreement = await post(a, '/agreements', { title: 'MOU', partnerIds: [partner.id], signedOn: '2026-01-05', validFrom: '2026-01-05', documentId: doc.id });
  const aid = await post(a, '/aid', { title: 'Học bổng', donorPartnerId: partner.id, sector: 'education', committedVnd: 1000 });
  const award = await post(a, '/awards', { awardName: 'Bằng khen', recipientMemberId: member.id, decisionNumber: '1/QĐ', decidedOn: '2026-01-05' });
  const ids = { partner: partner.id, agreement: agreement.id, aid: aid.id, award: award.id };
  const withIds = routes.filter(([, path]) => /:(partnerId|agreementId|aidId|awardId)/.test(path(':ws', placeholders)));

  for (const [method, path, body] of withIds) {
    it(`${method} ${path(':ws', placeholders)} answers 404 in workspace B for an id of workspace A`, async () => {
      const res = await owner.call(method, path(b, ids), body);
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('not_found');
    });
  }

  it('B cannot link A’s partner, document, agreement or member (422), and A is untouched', async () => {
    const own = await post(b, '/partners', { name: 'Đại sứ quán Nhật Bản', country: 'JP', kind: 'embassy' });
    const base = { title: 'MOU', signedOn: '2026-01-05', validFrom: '2026-01-05' };
    const cases: [string, Record<string, unknown>, string, string][] = [
      ['/agreements', { ...base, partnerIds: [partner.id] }, 'partnerIds.0', 'partner_unknown'],
      ['/agreements', { ...base, partnerIds: [own.id], documentId: doc.id }, 'documentId', 'document_unknown'],
      ['/agreements', { ...base, partnerIds: [own.id], renewedFromId: agreement.id }, 'renewedFromId', 'agreement_unknown'],
      ['/aid', { title: 'X', donorPartnerId: partner.id, sector: 'health', committedVnd: 1 }, 'donorPartnerId', 'partner_unknown'],
      ['/awards', { awardName: 'X', recipientMemberId: member.id, decisionNumber: '1', decidedOn: '2026-01-05' }, 'recipientMemberId', 'member_unknown'],
    ];
    for (const [path, body, field, code] of cases) {
      const res = await owner.call('POST', `/api/w/${b}${path}`, body);
      expect(res.status, path).toBe(422);
      expect(res.body.errors[0]).toMatchObject({ path: field, code });
    }
    expect((await owner.call('GET', `/api/w/${b}/agreements?partnerId=${partner.id}`)).body.items).toEqual([]);
    expect((await owner.call('GET', `/api/w/${a}/agreements/${agreement.id}`)).body).toMatchObject({ partnerIds: [partner.id], documentId: doc.id, renewedById: null });
    expect((await owner.call('GET', `/api/w/${a}/partners/${partner.id}/timeline`)).body.items.map((i: { kind: string }) => i.kind).sort()).toEqual(['agreement', 'aid']);
  });
});

describe('report ids of another workspace', async () => {
  // The same person in a union and two of its associations: a report id of A is unknown (404)
  // in B, and A's report submitted to the union is unknown to B's submissions too.
  const t = await testApp();
  const owner = await t.user();
  const union = await t.workspace(owner, { kind: 'union' });
  const a = await t.workspace(owner, { parent: union });
  const b = await t.workspace(owner, { parent: union });
  for (const child of [a, b]) await owner.call('POST', `/api/w/${union}/affiliations/${child}/approve`);
  const draft = (await owner.call('POST', `/api/w/${a}/reports`, { period: '2026-H1' })).body;
  const sent = (await owner.call('POST', `/api/w/${a}/reports`, { period: '2025' })).body;
  await owner.call('POST', `/api/w/${a}/reports/${sent.id}/submit`);
  const withIds = routes.filter(([, path]) => /:reportId/.test(path(':ws', placeholders)));

  for (const [method, path, body] of withIds) {
    it(`${method} ${path(':ws', placeholders)} answers 404 in workspace B for a report of workspace A`, async () => {
      for (const report of [draft.id, sent.id]) {
        const res = await owner.call(method, path(b, { report }), body);
        expect(res.status).toBe(404);
        expect(res.body.code).toBe('not_found');
      }
    });
  }

  it('left A’s reports as they were; the union still receives the submitted one', async () => {
    expect((await owner.call('GET', `/api/w/${a}/reports/${draft.id}`)).body).toMatchObject({ status: 'draft', results: '' });
    expect((await owner.call('GET', `/api/w/${union}/submissions/${sent.id}`)).status).toBe(200);
  });
});

describe('cluster ids of another workspace', async () => {
  // The same admin in two unions: a cluster id from A is unknown (404) in B, and A's cluster is untouched.
  const t = await testApp();
  const owner = await t.user();
  const a = await t.workspace(owner, { kind: 'union' });
  const b = await t.workspace(owner, { kind: 'union' });
  const cluster = (await owner.call('POST', `/api/w/${a}/clusters`, { year: 2026, name: 'Cụm số 1' })).body;
  const withIds = routes.filter(([, path]) => /:clusterId/.test(path(':ws', placeholders)));

  for (const [method, path, body] of withIds) {
    it(`${method} ${path(':ws', placeholders)} answers 404 in workspace B for an id of workspace A`, async () => {
      const res = await owner.call(method, path(b, { cluster: cluster.id }), body);
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('not_found');
    });
  }

  it('left A’s cluster in place', async () => {
    expect((await owner.call('GET', `/api/w/${a}/clusters?year=2026`)).body.items).toMatchObject([{ id: cluster.id, name: 'Cụm số 1' }]);
  });
});
