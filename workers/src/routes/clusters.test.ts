import { describe, expect, it } from 'vitest';
import { testApp, type TestApp, type TestClient } from '../../../test/fixtures/app';

interface Listed {
  id: string;
  slug: string;
  name: string;
  kind: string;
}

/** A union with approved affiliates at two levels, plus a pending and a rejected one that must never be placeable. */
async function union(t: TestApp, owner: TestClient) {
  const root = await t.workspace(owner, { kind: 'union', name: 'Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An' });
  const add = async (name: string, kind: string, parent: string, decision?: 'approve' | 'reject') => {
    const slug = await t.workspace(owner, { name, kind, parent });
    if (decision) expect((await owner.call('POST', `/api/w/${parent}/affiliations/${slug}/${decision}`)).status).toBe(200);
    return slug;
  };
  const japan = await add('Hội hữu nghị Việt – Nhật tỉnh Nghệ An', 'association', root, 'approve');
  const laos = await add('Hội hữu nghị Việt – Lào tỉnh Nghệ An', 'association', root, 'approve');
  const branch = await add('Chi hội Việt – Nhật huyện Diễn Châu', 'branch', japan, 'approve');
  const pending = await add('Hội hữu nghị Việt – Cuba tỉnh Nghệ An', 'association', root);
  const rejected = await add('Hội hữu nghị Việt – Nga tỉnh Nghệ An', 'association', root, 'reject');
  const listed = await owner.call('GET', `/api/w/${root}/clusters?year=2026`);
  expect(listed.status).toBe(200);
  const id = (slug: string) => (listed.body.unplaced as Listed[]).find((w) => w.slug === slug)?.id ?? `not-listed-${slug}`;
  const ids = { japan: id(japan), laos: id(laos), branch: id(branch) };
  return { root, slugs: { japan, laos, branch, pending, rejected }, ids, listed: listed.body };
}

const slugsOf = (ws: Listed[]) => ws.map((w) => w.slug).sort();

describe('clusters', async () => {
  const t = await testApp();
  const owner = await t.user();

  it('lists the approved affiliates at every level as unplaced, with id, slug, name and kind only', async () => {
    const { slugs, listed } = await union(t, owner);
    expect(listed.year).toBe(2026);
    expect(listed.items).toEqual([]);
    expect(slugsOf(listed.unplaced)).toEqual([slugs.japan, slugs.laos, slugs.branch].sort());
    for (const w of listed.unplaced) expect(Object.keys(w).sort()).toEqual(['id', 'kind', 'name', 'slug']);
    expect(listed.unplaced.find((w: Listed) => w.slug === slugs.branch)).toMatchObject({ kind: 'branch', name: 'Chi hội Việt – Nhật huyện Diễn Châu' });
  });

  it('creates clusters per year (409 on a name taken that year), places affiliates and moves them between clusters', async () => {
    const { root, slugs, ids } = await union(t, owner);
    const one = await owner.call('POST', `/api/w/${root}/clusters`, { year: 2026, name: '  Cụm số 1 — các tỉnh Bắc Trung Bộ ' });
    expect(one.status).toBe(201);
    expect(one.body).toMatchObject({ year: 2026, name: 'Cụm số 1 — các tỉnh Bắc Trung Bộ', members: [] });
    const taken = await owner.call('POST', `/api/w/${root}/clusters`, { year: 2026, name: 'Cụm số 1 — các tỉnh Bắc Trung Bộ' });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('cluster_name_taken');
    expect((await owner.call('POST', `/api/w/${root}/clusters`, { year: 2025, name: 'Cụm số 1 — các tỉnh Bắc Trung Bộ' })).status).toBe(201);
    const ten = (await owner.call('POST', `/api/w/${root}/clusters`, { year: 2026, name: 'Cụm số 10' })).body;
    const two = (await owner.call('POST', `/api/w/${root}/clusters`, { year: 2026, name: 'Cụm số 2' })).body;

    const placed = await owner.call('PUT', `/api/w/${root}/clusters/${one.body.id}/members`, { workspaceIds: [ids.japan, ids.branch, ids.japan] });
    expect(placed.status).toBe(200);
    expect(slugsOf(placed.body.members)).toEqual([slugs.japan, slugs.branch].sort());
    let year = (await owner.call('GET', `/api/w/${root}/clusters?year=2026`)).body;
    // Numbers in names sort as numbers.
    expect(year.items.map((c: { name: string }) => c.name)).toEqual(['Cụm số 1 — các tỉnh Bắc Trung Bộ', 'Cụm số 2', 'Cụm số 10']);
    expect(slugsOf(year.unplaced)).toEqual([slugs.laos]);

    // Placing Nhật in Cụm 2 takes it out of Cụm 1: one cluster per workspace and year.
    expect((await owner.call('PUT', `/api/w/${root}/clusters/${two.id}/members`, { workspaceIds: [ids.japan, ids.laos] })).status).toBe(200);
    year = (await owner.call('GET', `/api/w/${root}/clusters?year=2026`)).body;
    const members = Object.fromEntries(year.items.map((c: { id: string; members: Listed[] }) => [c.id, slugsOf(c.members)]));
    expect(members).toEqual({ [one.body.id]: [slugs.branch], [two.id]: [slugs.japan, slugs.laos].sort(), [ten.id]: [] });
    expect(year.unplaced).toEqual([]);
    // Other years keep their own placements.
    expect(slugsOf((await owner.call('GET', `/api/w/${root}/clusters?year=2025`)).body.unplaced)).toHaveLength(3);

    // Emptying a cluster leaves its workspaces unplaced.
    expect((await owner.call('PUT', `/api/w/${root}/clusters/${two.id}/members`, { workspaceIds: [] })).body.members).toEqual([]);
    expect(slugsOf((await owner.call('GET', `/api/w/${root}/clusters?year=2026`)).body.unplaced)).toEqual([slugs.japan, slugs.laos].sort());
  });

  it('refuses ids outside the approved subtree (422 naming each), and changes nothing', async () => {
    const { root, slugs, ids } = await union(t, owner);
    const other = await union(t, owner);
    const cluster = (await owner.call('POST', `/api/w/${root}/clusters`, { year: 2026, name: 'Cụm số 1' })).body;
    await owner.call('PUT', `/api/w/${root}/clusters/${cluster.id}/members`, { workspaceIds: [ids.laos] });
    const idOf = async (slug: string) => {
      // A workspace's id is not in its own answer; the union that approved it lists it.
      const res = await owner.call('GET', `/api/w/${other.root}/clusters?year=2026`);
      return (res.body.unplaced as Listed[]).find((w) => w.slug === slug)?.id;
    };
    const foreign = await idOf(other.slugs.japan);
    expect(foreign).toBeDefined();
    const res = await owner.call('PUT', `/api/w/${root}/clusters/${cluster.id}/members`, { workspaceIds: [ids.japan, foreign, 'no-such-id', ids.branch] });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ path: 'workspaceIds.1', code: 'cluster_workspace_unknown', message: expect.stringContaining(foreign!) }),
      expect.objectContaining({ path: 'workspaceIds.2', code: 'cluster_workspace_unknown', message: expect.stringContaining('no-such-id') }),
    ]);
    const after = (await owner.call('GET', `/api/w/${root}/clusters?year=2026`)).body;
    expect(slugsOf(after.items[0].members)).toEqual([slugs.laos]);
    expect(slugsOf(after.unplaced)).toEqual([slugs.japan, slugs.branch].sort());
    // Pending and rejected requests, and the union itself, are not placeable either: they are never listed.
    for (const slug of [slugs.pending, slugs.rejected, root]) expect(JSON.stringify(after)).not.toContain(`"${slug}"`);
  });

  it('answers 422 to a bad year, name or member list', async () => {
    const { root } = await union(t, owner);
    const cluster = (await owner.call('POST', `/api/w/${root}/clusters`, { year: 2026, name: 'Cụm số 1' })).body;
    const cases: [string, string, unknown, string, string][] = [
      ['GET', '/clusters?year=abc', undefined, 'year', 'year_invalid'],
      ['GET', '/clusters?year=1800', undefined, 'year', 'year_invalid'],
      ['POST', '/clusters', { year: 2026.5, name: 'Cụm' }, 'year', 'year_invalid'],
      ['POST', '/clusters', { year: '2026', name: 'Cụm' }, 'year', 'year_invalid'],
      ['POST', '/clusters', { year: 2026, name: '   ' }, 'name', 'required'],
      ['POST', '/clusters', { year: 2026, name: 'x'.repeat(201) }, 'name', 'too_long'],
      ['PATCH', `/clusters/${cluster.id}`, { name: '' }, 'name', 'required'],
      ['PUT', `/clusters/${cluster.id}/members`, { workspaceIds: 'all' }, 'workspaceIds', 'invalid_type'],
      ['PUT', `/clusters/${cluster.id}/members`, {}, 'workspaceIds', 'invalid_type'],
      ['POST', '/clusters/copy', { fromYear: 2025 }, 'toYear', 'year_invalid'],
    ];
    for (const [method, path, body, field, code] of cases) {
      const res = await owner.call(method, `/api/w/${root}${path}`, body);
      expect(res.status, `${method} ${path}`).toBe(422);
      expect(res.body.errors[0], `${method} ${path}`).toMatchObject({ path: field, code });
    }
  });

  it('renames (409 on a name taken that year) and deletes, its members becoming unplaced', async () => {
    const { root, slugs, ids } = await union(t, owner);
    const one = (await owner.call('POST', `/api/w/${root}/clusters`, { year: 2026, name: 'Cụm số 1' })).body;
    await owner.call('POST', `/api/w/${root}/clusters`, { year: 2026, name: 'Cụm số 2' });
    await owner.call('PUT', `/api/w/${root}/clusters/${one.id}/members`, { workspaceIds: [ids.japan] });
    const renamed = await owner.call('PATCH', `/api/w/${root}/clusters/${one.id}`, { name: 'Cụm số 1 — Bắc Trung Bộ' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ id: one.id, year: 2026, name: 'Cụm số 1 — Bắc Trung Bộ', members: [{ slug: slugs.japan }] });
    expect((await owner.call('PATCH', `/api/w/${root}/clusters/${one.id}`, { name: 'Cụm số 1 — Bắc Trung Bộ' })).status).toBe(200);
    const clash = await owner.call('PATCH', `/api/w/${root}/clusters/${one.id}`, { name: 'Cụm số 2' });
    expect(clash.status).toBe(409);
    expect(clash.body.code).toBe('cluster_name_taken');

    expect((await owner.call('DELETE', `/api/w/${root}/clusters/${one.id}`)).status).toBe(204);
    const year = (await owner.call('GET', `/api/w/${root}/clusters?year=2026`)).body;
    expect(year.items.map((c: { name: string }) => c.name)).toEqual(['Cụm số 2']);
    expect(slugsOf(year.unplaced)).toEqual([slugs.japan, slugs.laos, slugs.branch].sort());
    expect((await owner.call('DELETE', `/api/w/${root}/clusters/${one.id}`)).status).toBe(404);
    expect((await owner.call('PATCH', `/api/w/${root}/clusters/${one.id}`, { name: 'Cụm lại' })).status).toBe(404);
    expect((await owner.call('PUT', `/api/w/${root}/clusters/${one.id}/members`, { workspaceIds: [] })).status).toBe(404);
    // The union's audit log records who did it.
    const actions = (await owner.call('GET', `/api/w/${root}/audit`)).body.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['cluster.create', 'cluster.members', 'cluster.rename', 'cluster.delete']));
  });

  it('copies a year’s clusters with their members still approved; 409 if the new year has clusters, 422 if the old one has none', async () => {
    const { root, slugs, ids } = await union(t, owner);
    const one = (await owner.call('POST', `/api/w/${root}/clusters`, { year: 2025, name: 'Cụm số 1' })).body;
    const two = (await owner.call('POST', `/api/w/${root}/clusters`, { year: 2025, name: 'Cụm số 2' })).body;
    await owner.call('PUT', `/api/w/${root}/clusters/${one.id}/members`, { workspaceIds: [ids.japan, ids.branch] });
    await owner.call('PUT', `/api/w/${root}/clusters/${two.id}/members`, { workspaceIds: [ids.laos] });
    // Lào leaves the union before the new year: it is not carried over.
    expect((await owner.call('DELETE', `/api/w/${slugs.laos}/parent`)).status).toBe(204);

    const copied = await owner.call('POST', `/api/w/${root}/clusters/copy`, { fromYear: 2025, toYear: 2026 });
    expect(copied.status).toBe(201);
    expect(copied.body.year).toBe(2026);
    expect(copied.body.items.map((c: { name: string; members: Listed[] }) => [c.name, slugsOf(c.members)])).toEqual([
      ['Cụm số 1', [slugs.japan, slugs.branch].sort()],
      ['Cụm số 2', []],
    ]);
    expect(copied.body.items.map((c: { id: string }) => c.id)).not.toContain(one.id);
    // The copy is its own: changing 2026 leaves 2025 as it was.
    await owner.call('PUT', `/api/w/${root}/clusters/${copied.body.items[0].id}/members`, { workspaceIds: [] });
    const before = (await owner.call('GET', `/api/w/${root}/clusters?year=2025`)).body;
    expect(slugsOf(before.items[0].members)).toEqual([slugs.japan, slugs.branch].sort());

    const again = await owner.call('POST', `/api/w/${root}/clusters/copy`, { fromYear: 2025, toYear: 2026 });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('clusters_exist');
    const empty = await owner.call('POST', `/api/w/${root}/clusters/copy`, { fromYear: 2020, toYear: 2027 });
    expect(empty.status).toBe(422);
    expect(empty.body.errors[0]).toMatchObject({ path: 'fromYear', code: 'cluster_copy_empty' });
    expect((await owner.call('GET', `/api/w/${root}/clusters?year=2027`)).body.items).toEqual([]);
  });

  it('two placements of the same workspace at once leave it in exactly one cluster: the rollup counts it once', async () => {
    const { root, slugs, ids } = await union(t, owner);
    const year = new Date().getFullYear();
    await owner.call('POST', `/api/w/${slugs.japan}/members`, { fullName: 'Nguyễn Văn An' });
    await owner.call('POST', `/api/w/${slugs.japan}/stats/refresh`);
    const a = (await owner.call('POST', `/api/w/${root}/clusters`, { year, name: 'Cụm A' })).body;
    const b = (await owner.call('POST', `/api/w/${root}/clusters`, { year, name: 'Cụm B' })).body;
    const results = await Promise.all([a, b, a, b].map((c) => owner.call('PUT', `/api/w/${root}/clusters/${c.id}/members`, { workspaceIds: [ids.japan] })));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    const listed = (await owner.call('GET', `/api/w/${root}/clusters?year=${year}`)).body;
    expect(listed.items.flatMap((c: { members: Listed[] }) => c.members.map((m) => m.id))).toEqual([ids.japan]);
    const rolled = (await owner.call('GET', `/api/w/${root}/rollup?groupBy=cluster&year=${year}`)).body;
    // '' is the unplaced group: the union itself, once a change has refreshed its snapshots (Worker).
    const clustered = rolled.groups.filter((g: { key: string }) => g.key !== '');
    expect(clustered.map((g: { key: string; workspaces: number }) => [g.key, g.workspaces])).toEqual([[expect.stringMatching(new RegExp(`^(${a.id}|${b.id})$`)), 1]]);
  });

  it('viewers read; only admins change (403); ids of another workspace are unknown (404)', async () => {
    const { root, ids } = await union(t, owner);
    const cluster = (await owner.call('POST', `/api/w/${root}/clusters`, { year: 2026, name: 'Cụm số 1' })).body;
    const viewer = await t.user();
    const editor = await t.user();
    await t.grant(owner, root, viewer, 'viewer');
    await t.grant(owner, root, editor, 'editor');
    expect((await viewer.call('GET', `/api/w/${root}/clusters?year=2026`)).body.items).toHaveLength(1);
    const writes: [string, string, unknown][] = [
      ['POST', '/clusters', { year: 2026, name: 'Cụm mới' }],
      ['POST', '/clusters/copy', { fromYear: 2026, toYear: 2027 }],
      ['PATCH', `/clusters/${cluster.id}`, { name: 'Tên khác' }],
      ['PUT', `/clusters/${cluster.id}/members`, { workspaceIds: [ids.japan] }],
      ['DELETE', `/clusters/${cluster.id}`, undefined],
    ];
    for (const [method, path, body] of writes) {
      for (const who of [viewer, editor]) expect((await who.call(method, `/api/w/${root}${path}`, body)).status, `${method} ${path}`).toBe(403);
      expect((await t.call(method, `/api/w/${root}${path}`, body)).status, `${method} ${path}`).toBe(401);
    }
    // The same owner's other union: the cluster id is not its own.
    const other = await t.workspace(owner, { kind: 'union' });
    for (const [method, path, body] of writes.slice(2)) {
      const res = await owner.call(method, `/api/w/${other}${path}`, body);
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.body.code).toBe('not_found');
    }
    const after = (await owner.call('GET', `/api/w/${root}/clusters?year=2026`)).body.items;
    expect(after).toMatchObject([{ id: cluster.id, name: 'Cụm số 1', members: [] }]);
  });
});

describe('rollup by cluster', async () => {
  const t = await testApp();
  const owner = await t.user();

  it('counts a cluster’s members while they are approved; one that leaves the union drops out', async () => {
    const { root, slugs, ids } = await union(t, owner);
    const year = new Date().getFullYear();
    const cluster = (await owner.call('POST', `/api/w/${root}/clusters`, { year, name: 'Cụm số 1' })).body;
    await owner.call('PUT', `/api/w/${root}/clusters/${cluster.id}/members`, { workspaceIds: [ids.japan, ids.laos] });
    const people: Record<string, number> = { [slugs.japan]: 1, [slugs.laos]: 2, [slugs.branch]: 4, [root]: 8 };
    for (const [ws, n] of Object.entries(people)) {
      for (let i = 0; i < n; i++) expect((await owner.call('POST', `/api/w/${ws}/members`, { fullName: `Hội viên ${i}` })).status).toBe(201);
      expect((await owner.call('POST', `/api/w/${ws}/stats/refresh`)).status).toBe(200);
    }
    const groups = async () => {
      const res = await owner.call('GET', `/api/w/${root}/rollup?groupBy=cluster&year=${year}`);
      expect(res.status).toBe(200);
      return Object.fromEntries(res.body.groups.map((g: { key: string; workspaces: number; indicators: { members_active: number } }) => [g.key, [g.workspaces, g.indicators.members_active]]));
    };
    expect(await groups()).toEqual({ [cluster.id]: [2, 3], '': [2, 12] });

    expect((await owner.call('DELETE', `/api/w/${slugs.laos}/parent`)).status).toBe(204);
    // Still a row of cluster_members, but no longer approved: not counted, and not listed.
    expect(await groups()).toEqual({ [cluster.id]: [1, 1], '': [2, 12] });
    const listed = (await owner.call('GET', `/api/w/${root}/clusters?year=${year}`)).body;
    expect(slugsOf(listed.items[0].members)).toEqual([slugs.japan]);
    expect(slugsOf(listed.unplaced)).toEqual([slugs.branch]);
  });
});
