import { describe, expect, it } from 'vitest';
import { testApp } from '../../../test/fixtures/app';

/** This year in Vietnam, as the server counts dues years. */
const year = new Date(Date.now() + 7 * 3600_000).getUTCFullYear();

async function setup() {
  const t = await testApp();
  const owner = await t.user();
  const ws = await t.workspace(owner);
  const member = async (fields: Record<string, unknown>) => (await owner.call('POST', `/api/w/${ws}/members`, fields)).body.id as string;
  const pay = (memberId: string, amount: number, y = year) => owner.call('POST', `/api/w/${ws}/dues/payments`, { memberId, year: y, amount, paidOn: `${y}-03-15` });
  return { t, owner, ws, member, pay };
}

describe('dues', () => {
  it('set a yearly amount per category in whole đồng', async () => {
    const { owner, ws } = await setup();
    const put = await owner.call('PUT', `/api/w/${ws}/dues/${year}`, { official: 200_000, associate: 100_000, honorary: 0 });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ year, amounts: { official: 200_000, associate: 100_000, honorary: 0 } });
    await owner.call('PUT', `/api/w/${ws}/dues/${year}`, { official: 240_000 });
    await owner.call('PUT', `/api/w/${ws}/dues/${year - 1}`, { official: 150_000 });
    expect((await owner.call('GET', `/api/w/${ws}/dues`)).body.items).toEqual([
      { year, amounts: { official: 240_000, honorary: 0, associate: 100_000 } },
      { year: year - 1, amounts: { official: 150_000, honorary: null, associate: null } },
    ]);
    const bad: [unknown, string][] = [
      [{ official: 150_000.5 }, 'vnd_integer'],
      [{ official: -1 }, 'vnd_negative'],
      [{ official: '150000' }, 'vnd_integer'],
      [{ vip: 1 }, 'unrecognized_keys'],
    ];
    for (const [body, code] of bad) {
      const res = await owner.call('PUT', `/api/w/${ws}/dues/${year}`, body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.body.errors[0].code).toBe(code);
    }
    expect((await owner.call('GET', `/api/w/${ws}/dues/abc`)).status).toBe(422);
    expect((await owner.call('GET', `/api/w/${ws}/dues/1800`)).status).toBe(422);
  });

  it('record payments per member and year', async () => {
    const { owner, ws, member, pay } = await setup();
    const a = await member({ fullName: 'Nguyễn Văn An' });
    const first = await pay(a, 100_000);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ memberId: a, member: { id: a, fullName: 'Nguyễn Văn An' }, year, amount: 100_000, paidOn: `${year}-03-15`, note: null });
    await pay(a, 50_000, year - 1);
    await pay(a, 100_000);
    for (const [body, code] of [
      [{ memberId: a, year, amount: 0 }, 'payment_amount'],
      [{ memberId: a, year, amount: 99.5 }, 'vnd_integer'],
      [{ memberId: a, year, amount: -5 }, 'vnd_negative'],
      [{ memberId: a, year: 2024.5, amount: 5 }, 'year_range'],
      [{ memberId: 'nobody', year, amount: 5 }, 'member_unknown'],
    ] as const) {
      const res = await owner.call('POST', `/api/w/${ws}/dues/payments`, body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.body.errors[0].code).toBe(code);
    }
    const thisYear = (await owner.call('GET', `/api/w/${ws}/dues/payments?year=${year}`)).body;
    expect(thisYear.items.map((p: { amount: number }) => p.amount)).toEqual([100_000, 100_000]);
    const page1 = (await owner.call('GET', `/api/w/${ws}/dues/payments?memberId=${a}&limit=2`)).body;
    const page2 = (await owner.call('GET', `/api/w/${ws}/dues/payments?memberId=${a}&limit=2&cursor=${page1.nextCursor}`)).body;
    expect([...page1.items, ...page2.items]).toHaveLength(3);
    expect(page2.nextCursor).toBeNull();
    expect((await owner.call('DELETE', `/api/w/${ws}/dues/payments/${first.body.id}`)).status).toBe(204);
    expect((await owner.call('GET', `/api/w/${ws}/dues/payments/${first.body.id}`)).status).toBe(404);
    const audit = (await owner.call('GET', `/api/w/${ws}/audit?limit=2`)).body.items.map((e: { action: string }) => e.action);
    expect(audit).toEqual(['dues.payment.delete', 'dues.payment.create']);
  });

  it('show who has not paid this year: in the list, as a filter and with totals', async () => {
    const { owner, ws, member, pay } = await setup();
    await owner.call('PUT', `/api/w/${ws}/dues/${year}`, { official: 200_000, associate: 100_000, honorary: 0 });
    const paid = await member({ fullName: 'Phạm Đã Đóng', category: 'official' });
    const half = await member({ fullName: 'Lê Đóng Nửa', category: 'official' });
    await member({ fullName: 'Trần Chưa Đóng', category: 'associate', email: 'chua@example.vn' });
    await member({ fullName: 'Hoàng Danh Dự', category: 'honorary' });
    await member({ fullName: 'Vũ Ngừng', category: 'official', status: 'inactive' });
    await member({ fullName: 'Đỗ Mới Vào', category: 'official', joinedOn: `${year + 1}-01-05` });
    const archived = await member({ fullName: 'Bùi Lưu Trữ', category: 'official' });
    await owner.call('DELETE', `/api/w/${ws}/members/${archived}`);
    await pay(paid, 200_000);
    await pay(half, 100_000);
    await pay(half, 50_000, year - 1);

    const unpaid = (await owner.call('GET', `/api/w/${ws}/dues/${year}/unpaid`)).body;
    expect(unpaid.items).toEqual([
      { member: expect.objectContaining({ fullName: 'Lê Đóng Nửa', category: 'official' }), due: 200_000, paid: 100_000, outstanding: 100_000 },
      { member: expect.objectContaining({ fullName: 'Trần Chưa Đóng', category: 'associate', email: 'chua@example.vn' }), due: 100_000, paid: 0, outstanding: 100_000 },
    ]);
    const page = (await owner.call('GET', `/api/w/${ws}/dues/${year}/unpaid?limit=1`)).body;
    expect((await owner.call('GET', `/api/w/${ws}/dues/${year}/unpaid?limit=1&cursor=${page.nextCursor}`)).body.items[0].member.fullName).toBe('Trần Chưa Đóng');

    const names = async (q: string) => (await owner.call('GET', `/api/w/${ws}/members${q}`)).body.items.map((m: { fullName: string }) => m.fullName);
    expect(await names(`?unpaid=${year}`)).toEqual(['Lê Đóng Nửa', 'Trần Chưa Đóng']);
    expect(await names(`?unpaid=${year}&q=tran`)).toEqual(['Trần Chưa Đóng']);
    expect(await names(`?unpaid=${year}&category=official`)).toEqual(['Lê Đóng Nửa']);
    expect(await names(`?unpaid=${year - 1}`)).toEqual([]);

    const flags = Object.fromEntries((await owner.call('GET', `/api/w/${ws}/members`)).body.items.map((m: { fullName: string; duesPaid: boolean | null }) => [m.fullName, m.duesPaid]));
    expect(flags).toEqual({ 'Phạm Đã Đóng': true, 'Lê Đóng Nửa': false, 'Trần Chưa Đóng': false, 'Hoàng Danh Dự': null, 'Vũ Ngừng': null, 'Đỗ Mới Vào': null });

    expect((await owner.call('GET', `/api/w/${ws}/dues/${year}`)).body).toEqual({
      year,
      amounts: { official: 200_000, honorary: 0, associate: 100_000 },
      summary: { owing: 3, paidInFull: 1, due: 500_000, outstanding: 200_000, collected: 300_000 },
    });
  });

  it('are changed by editors only', async () => {
    const { t, owner, ws, member } = await setup();
    const viewer = await t.user();
    await t.grant(owner, ws, viewer, 'viewer');
    const a = await member({ fullName: 'A' });
    expect((await viewer.call('GET', `/api/w/${ws}/dues/${year}`)).status).toBe(200);
    expect((await viewer.call('PUT', `/api/w/${ws}/dues/${year}`, { official: 1 })).status).toBe(403);
    expect((await viewer.call('POST', `/api/w/${ws}/dues/payments`, { memberId: a, year, amount: 1 })).status).toBe(403);
  });
});
