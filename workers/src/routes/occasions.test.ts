import { describe, expect, it } from 'vitest';
import { testApp } from '../../../test/fixtures/app';

type Occasion = { kind: string; country: string; date: string; years: number | null; round: boolean; title: string; titleEn: string; precision: string };

async function setup(countries = ['JP']) {
  const t = await testApp();
  const owner = await t.user();
  const ws = await t.workspace(owner, { countries });
  const viewer = await t.user();
  await t.grant(owner, ws, viewer, 'viewer');
  const occasions = async (q: string) => (await viewer.call('GET', `/api/w/${ws}/occasions${q}`)).body.items as Occasion[];
  return { t, owner, viewer, ws, occasions };
}

describe('occasions', () => {
  it('lists national days and relation anniversaries of the partner countries, round ones flagged', async () => {
    const { occasions } = await setup(['JP', 'CU']);
    const items = await occasions('?from=2023-01-01&to=2023-12-31');
    expect(items.map((o) => [o.kind, o.country, o.date, o.years, o.round])).toEqual([
      ['national_day', 'CU', '2023-01-01', null, false],
      ['national_day', 'JP', '2023-02-23', null, false],
      ['relations_anniversary', 'JP', '2023-09-21', 50, true],
      ['relations_anniversary', 'CU', '2023-12-02', 63, false],
    ]);
    const jp50 = items[2];
    expect(jp50.title).toBe('Kỷ niệm 50 năm Ngày thiết lập quan hệ ngoại giao Việt Nam – Nhật Bản (21/9/1973 – 21/9/2023)');
    expect(jp50.titleEn).toBe('50th anniversary of Vietnam – Japan diplomatic relations (1973–2023)');
    expect((await occasions('?from=2025-12-01&to=2025-12-31')).find((o) => o.country === 'CU' && o.kind === 'relations_anniversary')).toMatchObject({ years: 65, round: true });
    expect((await occasions('?from=2023-01-01&to=2023-12-31&country=LA')).map((o) => o.date)).toEqual(['2023-09-05', '2023-12-02']);
  });

  it('defaults to the coming year and refuses bad ranges', async () => {
    const { viewer, ws } = await setup();
    const res = await viewer.call('GET', `/api/w/${ws}/occasions`);
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeGreaterThanOrEqual(2);
    for (const q of ['?from=2023-02-30', '?from=2023-05-01&to=2023-01-01', '?from=2020-01-01&to=2030-01-01', '?country=XX']) {
      expect((await viewer.call('GET', `/api/w/${ws}/occasions${q}`)).status, q).toBe(422);
    }
  });

  it('lets the workspace correct when relations began (a date or just a year) and go back to the seed', async () => {
    const { owner, viewer, ws, occasions } = await setup(['JP']);
    const relations = async () => (await viewer.call('GET', `/api/w/${ws}/occasions/relations`)).body.items;
    expect(await relations()).toEqual([{ country: 'JP', name: 'Nhật Bản', nameEn: 'Japan', since: '1973-09-21', source: 'default' }]);

    const put = await owner.call('PUT', `/api/w/${ws}/occasions/relations/CL`, { since: '1971-03-25' });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ country: 'CL', since: '1971-03-25', source: 'workspace' });
    expect((await occasions('?from=2021-03-01&to=2021-03-31')).map((o) => [o.country, o.years, o.round])).toEqual([['CL', 50, true]]);

    await owner.call('PUT', `/api/w/${ws}/occasions/relations/JP`, { since: '1973' });
    const yearOnly = (await occasions('?from=2023-01-01&to=2023-12-31')).find((o) => o.kind === 'relations_anniversary' && o.country === 'JP')!;
    expect(yearOnly).toMatchObject({ date: '2023-01-01', precision: 'year', years: 50, round: true });

    for (const [country, since] of [['JP', '1973-02-30'], ['JP', 'soon'], ['XX', '1990-01-01'], ['jp', '1990-01-01']]) {
      expect((await owner.call('PUT', `/api/w/${ws}/occasions/relations/${country}`, { since })).status, `${country} ${since}`).toBe(422);
    }
    expect((await viewer.call('PUT', `/api/w/${ws}/occasions/relations/JP`, { since: '1973-09-21' })).status).toBe(403);

    expect((await owner.call('DELETE', `/api/w/${ws}/occasions/relations/JP`)).status).toBe(204);
    expect((await relations()).map((r: { country: string; source: string }) => [r.country, r.source])).toEqual([
      ['CL', 'workspace'],
      ['JP', 'default'],
    ]);
    const audit = await owner.call('GET', `/api/w/${ws}/audit?limit=3`);
    expect(audit.body.items.map((i: { action: string }) => i.action)).toEqual(['relation.reset', 'relation.update', 'relation.update']);
  });
});
