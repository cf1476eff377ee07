import { describe, expect, it } from 'vitest';
import { testApp } from '../../../test/fixtures/app';

type Reg = { id: string; status: string; position: number; name: string };

async function setup(capacity: number | null = 10, fields: Record<string, unknown> = {}) {
  const t = await testApp();
  const owner = await t.user('Phan Anh Sơn');
  const ws = await t.workspace(owner);
  const editor = await t.user('Lê Thị Mai');
  const viewer = await t.user('Nguyễn Văn An', `an.nguyen-${Math.random().toString(36).slice(2, 6)}@example.vn`);
  await t.grant(owner, ws, editor, 'editor');
  await t.grant(owner, ws, viewer, 'viewer');
  const event = await owner.call('POST', `/api/w/${ws}/events`, {
    type: 'festival',
    title: 'Giao lưu văn hóa Việt – Nhật',
    startsAt: '2026-12-05T18:00',
    endsAt: '2026-12-05T21:00',
    capacity,
    ...fields,
  });
  expect(event.status).toBe(201);
  const base = `/api/w/${ws}/events/${event.body.id}`;
  const list = async (q = '') => (await owner.call('GET', `${base}/registrations${q}`)).body.items as Reg[];
  return { t, owner, editor, viewer, ws, id: event.body.id as string, base, list };
}

describe('registrations under concurrency', () => {
  it('50 at once for 10 places: exactly 10 registered, 40 waitlisted in order; a cancellation moves the first up', async () => {
    const { owner, editor, base, list } = await setup(10);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => editor.call('POST', `${base}/registrations`, { name: `Khách ${i + 1}`, email: `guest${i + 1}@example.vn` })),
    );
    expect(results.map((r) => r.status)).toEqual(Array(50).fill(201));
    expect(results.filter((r) => r.body.status === 'registered')).toHaveLength(10);
    expect(results.filter((r) => r.body.status === 'waitlisted')).toHaveLength(40);

    const all = await list('?limit=200');
    expect(all.map((r) => r.position)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    // Places go strictly by arrival: the first 10 positions hold the places, the rest wait in order.
    expect(all.slice(0, 10).every((r) => r.status === 'registered')).toBe(true);
    expect(all.slice(10).every((r) => r.status === 'waitlisted')).toBe(true);

    const firstWaiting = all[10];
    const cancelled = await owner.call('POST', `${base}/registrations/${all[3].id}/cancel`);
    expect(cancelled.body.status).toBe('cancelled');
    const after = await list('?limit=200');
    expect(after.find((r) => r.id === firstWaiting.id)!.status).toBe('registered');
    expect(after.filter((r) => r.status === 'registered')).toHaveLength(10);
    expect(after[11].status).toBe('waitlisted');

    const event = await owner.call('GET', base);
    expect(event.body.registrations).toEqual({ registered: 10, waitlisted: 39, attended: 0 });
    const audit = await owner.call('GET', `${base.replace(/\/events\/.*/, '')}/audit?limit=200`);
    const actions = audit.body.items.map((i: { action: string; entityId: string }) => [i.action, i.entityId]);
    expect(actions.slice(0, 2)).toEqual([
      ['registration.promote', firstWaiting.id],
      ['registration.cancel', all[3].id],
    ]);
    expect(actions.filter(([a]: string[]) => a === 'registration.create')).toHaveLength(50);
  });

  it('concurrent cancellations promote exactly as many as they free', async () => {
    const { editor, base, list } = await setup(5);
    for (let i = 0; i < 12; i++) await editor.call('POST', `${base}/registrations`, { name: `Hội viên ${i}` });
    const before = await list();
    await Promise.all(before.slice(0, 3).map((r) => editor.call('POST', `${base}/registrations/${r.id}/cancel`)));
    const after = await list();
    expect(after.filter((r) => r.status === 'registered').map((r) => r.position)).toEqual([4, 5, 6, 7, 8]);
    expect(after.filter((r) => r.status === 'waitlisted').map((r) => r.position)).toEqual([9, 10, 11, 12]);
  });
});

describe('registrations', () => {
  it('registers members and guests; the same member or e-mail twice is 409', async () => {
    const { owner, ws, base, list } = await setup(null);
    const member = await owner.call('POST', `/api/w/${ws}/members`, { fullName: 'Trần Thị Bích', email: 'bich@example.vn' });
    expect(member.status).toBe(201);
    const reg = await owner.call('POST', `${base}/registrations`, { memberId: member.body.id });
    expect(reg.status).toBe(201);
    expect(reg.body).toMatchObject({ status: 'registered', memberId: member.body.id, name: 'Trần Thị Bích', email: 'bich@example.vn' });

    expect((await owner.call('POST', `${base}/registrations`, { memberId: member.body.id })).status).toBe(409);
    expect((await owner.call('POST', `${base}/registrations`, { name: 'Bích', email: 'BICH@example.vn' })).body.code).toBe('already_registered');
    const guest = await owner.call('POST', `${base}/registrations`, { name: 'Tanaka Hiroshi', email: 'tanaka@example.jp' });
    expect(guest.status).toBe(201);
    expect((await owner.call('POST', `${base}/registrations`, { name: 'Tanaka H.', email: 'tanaka@example.jp' })).status).toBe(409);

    // Once cancelled, the same person may register again.
    await owner.call('POST', `${base}/registrations/${guest.body.id}/cancel`);
    expect((await owner.call('POST', `${base}/registrations`, { name: 'Tanaka Hiroshi', email: 'tanaka@example.jp' })).status).toBe(201);
    expect((await list()).map((r) => r.status)).toEqual(['registered', 'cancelled', 'registered']);

    const bad = await owner.call('POST', `${base}/registrations`, { memberId: 'nosuchmember' });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0]).toMatchObject({ path: 'memberId', code: 'member_unknown' });
    expect((await owner.call('POST', `${base}/registrations`, { memberId: member.body.id, name: 'X' })).status).toBe(422);
    expect((await owner.call('POST', `${base}/registrations`, {})).status).toBe(422);
    expect((await owner.call('POST', `${base}/registrations`, { name: 'A', email: 'not-an-email' })).status).toBe(422);
    expect((await owner.call('POST', `/api/w/${ws}/events/nosuchevent/registrations`, { name: 'A' })).status).toBe(404);
  });

  it('viewers register and cancel only themselves', async () => {
    const { owner, viewer, ws, base } = await setup(10);
    expect((await viewer.call('POST', `${base}/registrations`, { name: 'Someone', email: 'someone@example.vn' })).status).toBe(403);
    const mine = await viewer.call('POST', `${base}/registrations`, { name: viewer.name, email: viewer.email });
    expect(mine.status).toBe(201);
    expect(mine.body).toMatchObject({ status: 'registered', email: viewer.email.toLowerCase(), mine: true });
    expect((await viewer.call('POST', `${base}/registrations`, { name: viewer.name })).status).toBe(409);

    const other = await owner.call('POST', `${base}/registrations`, { name: 'Khách' });
    // `mine` tells each caller which registrations they made for themselves.
    const seen = async (who: typeof viewer) => Object.fromEntries((await who.call('GET', `${base}/registrations`)).body.items.map((r: { id: string; mine: boolean }) => [r.id, r.mine]));
    expect(await seen(viewer)).toEqual({ [mine.body.id]: true, [other.body.id]: false });
    expect(await seen(owner)).toEqual({ [mine.body.id]: false, [other.body.id]: false });
    expect((await viewer.call('POST', `${base}/registrations/${other.body.id}/cancel`)).status).toBe(403);
    expect((await viewer.call('POST', `${base}/registrations/${mine.body.id}/cancel`)).body.status).toBe('cancelled');

    // As the member of the register that carries their e-mail, and not as anyone else.
    const me = await owner.call('POST', `/api/w/${ws}/members`, { fullName: 'Nguyễn Văn An', email: viewer.email });
    const notMe = await owner.call('POST', `/api/w/${ws}/members`, { fullName: 'Đặng Thu Thảo', email: 'thao@example.vn' });
    expect((await viewer.call('POST', `${base}/registrations`, { memberId: notMe.body.id })).status).toBe(403);
    const asMember = await viewer.call('POST', `${base}/registrations`, { memberId: me.body.id });
    expect(asMember.status).toBe(201);
    expect((await viewer.call('POST', `${base}/registrations/${asMember.body.id}/check-in`)).status).toBe(403);
    expect((await viewer.call('GET', `${base}/registrations`)).status).toBe(200);
  });

  it('closed registration: viewers get 409, editors may still add people', async () => {
    const { editor, viewer, base } = await setup(10, { registrationOpen: false });
    const closed = await viewer.call('POST', `${base}/registrations`, { name: viewer.name });
    expect(closed.status).toBe(409);
    expect(closed.body.code).toBe('registration_closed');
    expect((await editor.call('POST', `${base}/registrations`, { name: 'Khách mời' })).status).toBe(201);
  });

  it('checks people in at the door, found by name without diacritics', async () => {
    const { editor, base, list } = await setup(2);
    for (const name of ['Nguyễn Văn An', 'Đặng Thị Hồng', 'Ngô Lê Văn']) await editor.call('POST', `${base}/registrations`, { name });
    const found = await list('?q=nguyen%20van%20an');
    expect(found.map((r) => r.name)).toEqual(['Nguyễn Văn An']);
    expect((await list('?q=dang')).map((r) => r.name)).toEqual(['Đặng Thị Hồng']);
    expect((await list('?q=VAN')).map((r) => r.name)).toEqual(['Nguyễn Văn An', 'Ngô Lê Văn']);
    expect((await list('?status=waitlisted')).map((r) => r.name)).toEqual(['Ngô Lê Văn']);

    const checked = await editor.call('POST', `${base}/registrations/${found[0].id}/check-in`);
    expect(checked.status).toBe(200);
    expect(checked.body.status).toBe('attended');
    expect(checked.body.checkedInAt).toBeTruthy();
    expect((await editor.call('POST', `${base}/registrations/${found[0].id}/check-in`)).status).toBe(200);
    const waiting = (await list('?status=waitlisted'))[0];
    expect((await editor.call('POST', `${base}/registrations/${waiting.id}/check-in`)).body.code).toBe('not_registered');
    expect((await editor.call('POST', `${base}/registrations/${found[0].id}/cancel`)).status).toBe(409);
    expect((await editor.call('POST', `${base}/registrations/nosuch/check-in`)).status).toBe(404);
    expect((await list('?status=attended')).map((r) => r.name)).toEqual(['Nguyễn Văn An']);
  });

  it('capacity: below the seats taken is 422 and changes nothing; raising it moves the waitlist up in order', async () => {
    const { owner, editor, base, list } = await setup(3);
    for (let i = 1; i <= 6; i++) await editor.call('POST', `${base}/registrations`, { name: `Người ${i}` });
    await editor.call('POST', `${base}/registrations/${(await list())[0].id}/check-in`);

    const refused = await owner.call('PATCH', base, { capacity: 2, title: 'Đổi tên' });
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0]).toMatchObject({ path: 'capacity', code: 'capacity_below_registrations' });
    const unchanged = await owner.call('GET', base);
    expect(unchanged.body).toMatchObject({ capacity: 3, title: 'Giao lưu văn hóa Việt – Nhật' });

    expect((await owner.call('PATCH', base, { capacity: 3 })).status).toBe(200);
    const raised = await owner.call('PATCH', base, { capacity: 5 });
    expect(raised.body.registrations).toEqual({ registered: 4, waitlisted: 1, attended: 1 });
    expect((await list()).map((r) => r.status)).toEqual(['attended', 'registered', 'registered', 'registered', 'registered', 'waitlisted']);
    const unlimited = await owner.call('PATCH', base, { capacity: null });
    expect(unlimited.body.registrations).toEqual({ registered: 5, waitlisted: 0, attended: 1 });
  });

  it('pages through registrations', async () => {
    const { editor, base } = await setup(null);
    for (let i = 1; i <= 5; i++) await editor.call('POST', `${base}/registrations`, { name: `Người ${i}` });
    const first = await editor.call('GET', `${base}/registrations?limit=2`);
    expect(first.body.items.map((r: Reg) => r.name)).toEqual(['Người 1', 'Người 2']);
    const second = await editor.call('GET', `${base}/registrations?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((r: Reg) => r.name)).toEqual(['Người 3', 'Người 4']);
    expect((await editor.call('GET', `${base}/registrations?cursor=x`)).status).toBe(422);
  });
});
