import { describe, expect, it } from 'vitest';
import { testApp } from '../../../test/fixtures/app';

async function setup() {
  const t = await testApp();
  const owner = await t.user('Nguyễn Thị Thu Hà');
  const ws = await t.workspace(owner);
  const donor = (await owner.call('POST', `/api/w/${ws}/partners`, { name: 'Tổ chức VietHope', country: 'US', kind: 'ngo' })).body.id as string;
  const post = (body: Record<string, unknown>) => owner.call('POST', `/api/w/${ws}/aid`, body);
  return { t, owner, ws, donor, post };
}

const scholarships = (donor: string) => ({
  title: '163 suất học bổng cho học sinh, sinh viên có hoàn cảnh khó khăn tại Huế',
  donorPartnerId: donor,
  sector: 'education',
  committedVnd: 815_000_000,
  disbursedVnd: 400_000_000,
  currency: 'USD',
  committedOriginal: 32_600,
  disbursedOriginal: 16_000.5,
  startsOn: '2025-09-01',
  endsOn: '2026-06-30',
  status: 'ongoing',
});

describe('aid projects', () => {
  it('are created, read, changed and deleted, with an audit entry for each change', async () => {
    const { owner, ws, donor, post } = await setup();
    const res = await post(scholarships(donor));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ ...scholarships(donor), overDisbursedReason: null, notes: null });
    const minimal = await post({ title: 'Cứu trợ bão số 13', donorPartnerId: donor, sector: 'disaster_relief', committedVnd: 0 });
    expect(minimal.body).toMatchObject({ disbursedVnd: 0, status: 'planned', currency: null, startsOn: null, endsOn: null });
    expect((await owner.call('GET', `/api/w/${ws}/aid/${res.body.id}`)).body).toEqual(res.body);

    const patched = await owner.call('PATCH', `/api/w/${ws}/aid/${res.body.id}`, { disbursedVnd: 815_000_000, status: 'completed', currency: 'EUR', notes: 'Đã trao đủ' });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ disbursedVnd: 815_000_000, status: 'completed', currency: 'EUR', notes: 'Đã trao đủ', committedVnd: 815_000_000 });
    expect((await owner.call('GET', `/api/w/${ws}/aid/${res.body.id}`)).body).toEqual(patched.body);

    expect((await owner.call('DELETE', `/api/w/${ws}/aid/${minimal.body.id}`)).status).toBe(204);
    expect((await owner.call('GET', `/api/w/${ws}/aid/${minimal.body.id}`)).status).toBe(404);
    const actions = (await owner.call('GET', `/api/w/${ws}/audit`)).body.items.map((e: { action: string }) => e.action).filter((a: string) => a.startsWith('aid.'));
    expect(actions).toEqual(['aid.delete', 'aid.update', 'aid.create', 'aid.create']);
  });

  it('refuse fractional or negative VND, bad dates and an unknown donor with 422, writing nothing', async () => {
    const { owner, ws, donor, post } = await setup();
    const base = scholarships(donor);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ ...base, committedVnd: 1_000.5 }, 'committedVnd', 'vnd_integer'],
      [{ ...base, disbursedVnd: -1 }, 'disbursedVnd', 'vnd_negative'],
      [{ ...base, committedVnd: '1000' }, 'committedVnd', 'vnd_integer'],
      [{ ...base, committedOriginal: -3 }, 'committedOriginal', 'amount_invalid'],
      [{ ...base, currency: 'usd' }, 'currency', 'currency_format'],
      [{ ...base, currency: null }, 'currency', 'currency_required'],
      [{ ...base, endsOn: '2025-08-31' }, 'endsOn', 'end_before_start'],
      [{ ...base, sector: 'space' }, 'sector', 'sector_invalid'],
      [{ ...base, status: 'done' }, 'status', 'status_invalid'],
      [{ ...base, donorPartnerId: 'nope' }, 'donorPartnerId', 'partner_unknown'],
    ];
    for (const [body, path, code] of cases) {
      const res = await post(body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.body.errors, JSON.stringify(body)).toContainEqual(expect.objectContaining({ path, code }));
    }
    expect((await owner.call('GET', `/api/w/${ws}/aid`)).body.items).toEqual([]);
  });

  it('refuse disbursing more than committed unless a reason is given', async () => {
    const { owner, ws, donor, post } = await setup();
    const over = { ...scholarships(donor), disbursedVnd: 900_000_000 };
    const refused = await post(over);
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('disbursed_over_committed');
    expect(refused.body.errors).toEqual([expect.objectContaining({ path: 'disbursedVnd', code: 'disbursed_over_committed' })]);
    // With another problem too, the answer is the usual validation failure listing both.
    const both = await post({ ...over, endsOn: '2020-01-01' });
    expect(both.body.code).toBe('validation_failed');
    expect(both.body.errors.map((e: { code: string }) => e.code).sort()).toEqual(['disbursed_over_committed', 'end_before_start']);

    const allowed = await post({ ...over, overDisbursedReason: 'Tỷ giá USD tăng khi giải ngân đợt 2' });
    expect(allowed.status).toBe(201);
    expect(allowed.body).toMatchObject({ disbursedVnd: 900_000_000, overDisbursedReason: 'Tỷ giá USD tăng khi giải ngân đợt 2' });
    // Clearing the reason while still over is refused; the project is unchanged.
    const cleared = await owner.call('PATCH', `/api/w/${ws}/aid/${allowed.body.id}`, { overDisbursedReason: null });
    expect(cleared.body.code).toBe('disbursed_over_committed');
    expect((await owner.call('GET', `/api/w/${ws}/aid/${allowed.body.id}`)).body).toEqual(allowed.body);
    // Raising the commitment resolves it.
    expect((await owner.call('PATCH', `/api/w/${ws}/aid/${allowed.body.id}`, { committedVnd: 900_000_000, overDisbursedReason: null })).status).toBe(200);

    const plain = await post(scholarships(donor));
    const patchOver = await owner.call('PATCH', `/api/w/${ws}/aid/${plain.body.id}`, { disbursedVnd: 815_000_001 });
    expect(patchOver.status).toBe(422);
    expect(patchOver.body.code).toBe('disbursed_over_committed');
  });

  it('list latest start first, undated last, with filters and a cursor', async () => {
    const { owner, ws, donor, post } = await setup();
    const other = (await owner.call('POST', `/api/w/${ws}/partners`, { name: 'CARE', country: 'US', kind: 'ngo' })).body.id;
    for (const [title, startsOn, sector, by] of [
      ['A', '2024-01-01', 'education', donor],
      ['B', null, 'health', donor],
      ['C', '2026-01-01', 'disaster_relief', other],
      ['D', '2025-01-01', 'education', donor],
      ['E', null, 'education', other],
    ] as const) {
      expect((await post({ title, startsOn, sector, donorPartnerId: by, committedVnd: 1 })).status).toBe(201);
    }
    const titles = async (query: string) => (await owner.call('GET', `/api/w/${ws}/aid${query}`)).body.items.map((a: { title: string }) => a.title);
    const all = await titles('');
    expect(all.slice(0, 3)).toEqual(['C', 'D', 'A']);
    expect(all.slice(3).sort()).toEqual(['B', 'E']);
    expect(await titles(`?donorPartnerId=${other}`)).toEqual(['C', 'E']);
    expect(await titles('?sector=education&status=planned')).toEqual(['D', 'A', 'E']);
    const seen: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const res: { body: { items: { title: string }[]; nextCursor: string | null } } = await owner.call('GET', `/api/w/${ws}/aid?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...res.body.items.map((a) => a.title));
      cursor = res.body.nextCursor;
    }
    expect(seen).toEqual(all);
  });

  it('let viewers read and only editors write', async () => {
    const { t, owner, ws, donor, post } = await setup();
    const a = (await post(scholarships(donor))).body;
    const viewer = await t.user();
    const editor = await t.user();
    await t.grant(owner, ws, viewer, 'viewer');
    await t.grant(owner, ws, editor, 'editor');
    expect((await viewer.call('GET', `/api/w/${ws}/aid/${a.id}`)).status).toBe(200);
    expect((await viewer.call('POST', `/api/w/${ws}/aid`, scholarships(donor))).status).toBe(403);
    expect((await viewer.call('PATCH', `/api/w/${ws}/aid/${a.id}`, { status: 'completed' })).status).toBe(403);
    expect((await viewer.call('DELETE', `/api/w/${ws}/aid/${a.id}`)).status).toBe(403);
    expect((await editor.call('PATCH', `/api/w/${ws}/aid/${a.id}`, { status: 'completed' })).status).toBe(200);
  });
});
