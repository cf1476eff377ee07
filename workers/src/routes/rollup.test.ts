import { describe, expect, it } from 'vitest';
import { addIndicators, indicatorNames, zeroIndicators, type Indicators } from '../../../shared/indicators';
import { eventTypes } from '../../../shared/events';
import { onNode, testApp, type TestApp, type TestClient } from '../../../test/fixtures/app';
import { seededRandom } from '../../../scripts/random';

/** Seeded random data, with dates: the same seed gives the same data, so failures replay. */
function random(seed: number) {
  const r = seededRandom(seed);
  const day = (fromYear: number, toYear: number) => `${r.int(fromYear, toYear)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
  return { ...r, day };
}

type Rand = ReturnType<typeof random>;
/** Every name, e-mail and phone the tests create: none may appear in a rollup. */
const personal: string[] = [];

async function fill(owner: TestClient, ws: string, r: Rand, tag: string) {
  for (let i = r.int(0, 5); i > 0; i--) {
    const n = personal.length;
    const fullName = `Hội Viên ${tag} Số${n} Bí Mật`;
    const email = `secret-${tag}-${n}@private.example.vn`;
    const phone = `09${String(10_000_000 + n * 7919).slice(0, 8)}`;
    personal.push(fullName, email, phone);
    const m = await owner.call('POST', `/api/w/${ws}/members`, { fullName, email, phone, status: r.pick(['active', 'active', 'inactive'] as const), joinedOn: r.next() < 0.8 ? r.day(2023, 2026) : null });
    expect(m.status).toBe(201);
    if (r.next() < 0.15) expect((await owner.call('DELETE', `/api/w/${ws}/members/${m.body.id}`)).status).toBe(204);
  }
  for (let i = r.int(0, 5); i > 0; i--) {
    const type = r.pick(eventTypes);
    const start = `${r.day(2024, 2026)}T${String(r.int(7, 20)).padStart(2, '0')}:00`;
    const body: Record<string, unknown> = { type, title: `Hoạt động ${tag} ${i}`, startsAt: start, endsAt: start.replace(/T\d\d/, 'T22'), participants: r.next() < 0.7 ? r.int(0, 300) : null };
    if (r.next() < 0.4) body.connectionPoints = r.int(1, 60);
    if (type === 'delegation_in' || type === 'delegation_out' || r.next() < 0.1) {
      const headName = `Trưởng đoàn ${tag} ${i}`;
      personal.push(headName);
      body.delegation = { direction: type === 'delegation_out' ? 'out' : 'in', headName, size: r.int(1, 40) };
    }
    if (r.next() < 0.3) body.outcomes = { fundsRaisedVnd: r.int(0, 5_000_000) * 1000 };
    const e = await owner.call('POST', `/api/w/${ws}/events`, body);
    expect(e.status, JSON.stringify(e.body)).toBe(201);
  }
  for (let i = r.int(0, 3); i > 0; i--) {
    const classification = r.pick(['none', 'none', 'confidential', 'top_secret'] as const);
    const doc = r.next() < 0.5 ? { direction: 'out', typeCode: 'CV', subject: `Công văn ${tag}`, classification } : { direction: 'in', sender: 'VUFO', subject: `Văn bản đến ${tag}`, classification };
    expect((await owner.call('POST', `/api/w/${ws}/correspondence`, doc)).status).toBe(201);
  }
}

interface Node {
  slug: string;
  status: 'approved' | 'pending' | 'rejected';
  /** Counts in the root's rollup: itself and every ancestor approved. */
  included: boolean;
}

/** A random affiliation tree under a new union; some requests approved, some pending, some rejected. */
async function randomTree(t: TestApp, owner: TestClient, r: Rand, seed: number) {
  const root = await t.workspace(owner, { kind: 'union', countries: [] });
  await fill(owner, root, r, `s${seed}root`);
  const nodes: Node[] = [{ slug: root, status: 'approved', included: true }];
  const kinds = new Map([[root, 'union']]);
  const size = r.int(4, 8);
  for (let i = 0; i < size; i++) {
    const parent = r.pick(nodes.filter((n) => kinds.get(n.slug) !== 'branch'));
    const kind = kinds.get(parent.slug) === 'association' ? 'branch' : r.pick(['union', 'association', 'association', 'branch']);
    const slug = await t.workspace(owner, { kind, parent: parent.slug, countries: r.pick([[], ['JP'], ['LA', 'KH'], ['CU']]) });
    kinds.set(slug, kind);
    const status = r.pick(['approved', 'approved', 'approved', 'pending', 'rejected'] as const);
    if (status !== 'pending') expect((await owner.call('POST', `/api/w/${parent.slug}/affiliations/${slug}/${status === 'approved' ? 'approve' : 'reject'}`)).status).toBe(200);
    await fill(owner, slug, r, `s${seed}n${i}`);
    nodes.push({ slug, status, included: parent.included && status === 'approved' });
  }
  for (const n of nodes) expect((await owner.call('POST', `/api/w/${n.slug}/stats/refresh`)).status).toBe(200);
  return { root, nodes };
}

async function stats(owner: TestClient, ws: string, from: string, to: string): Promise<Indicators> {
  const res = await owner.call('GET', `/api/w/${ws}/stats?from=${from}&to=${to}`);
  expect(res.status).toBe(200);
  return res.body.indicators;
}

const sum = (xs: Indicators[]) => xs.reduce(addIndicators, zeroIndicators());

describe('rollup equals the sum of the subtree’s own /stats (random trees)', async () => {
  const t = await testApp();
  const owner = await t.user();
  const ranges = [
    ['2024-01', '2026-12', '2024-01-01', '2026-12-31'],
    ['2025-03', '2025-08', '2025-03-01', '2025-08-31'],
    ['2024-02', '2024-02', '2024-02-01', '2024-02-29'],
    ['2026-01', '2026-11', '2026-01-01', '2026-11-30'],
  ] as const;

  for (const seed of [1, 2, 3, 4, 5]) {
    it(`seed ${seed}`, async () => {
      const r = random(seed);
      const { root, nodes } = await randomTree(t, owner, r, seed);
      const inside = nodes.filter((n) => n.included);
      for (const [fromMonth, toMonth, from, to] of ranges) {
        const rolled = await owner.call('GET', `/api/w/${root}/rollup?from=${fromMonth}&to=${toMonth}&groupBy=workspace`);
        expect(rolled.status).toBe(200);
        expect(rolled.body).toMatchObject({ from, to, groupBy: 'workspace' });
        const own = new Map<string, Indicators>();
        for (const n of inside) own.set(n.slug, await stats(owner, n.slug, from, to));
        expect(rolled.body.totals.indicators).toEqual(sum([...own.values()]));
        // Each workspace's row is its own figures; nothing outside the approved subtree appears.
        for (const g of rolled.body.groups) expect(g.indicators).toEqual(own.get(g.key));
        // A workspace with no snapshot up to the range's end (no data yet) has no row: its figures are zero.
        const keys: string[] = rolled.body.groups.map((g: { key: string }) => g.key);
        for (const key of keys) expect(own.has(key)).toBe(true);
        for (const [slug, figures] of own) if (!keys.includes(slug)) expect(figures).toEqual(zeroIndicators());
        // Other groupings add up to the same totals (country: each workspace once per country, so not checked).
        for (const groupBy of ['kind', 'cluster']) {
          const res = await owner.call('GET', `/api/w/${root}/rollup?from=${fromMonth}&to=${toMonth}&groupBy=${groupBy}`);
          expect(sum(res.body.groups.map((g: { indicators: Indicators }) => g.indicators))).toEqual(res.body.totals.indicators);
          expect(res.body.totals.indicators).toEqual(rolled.body.totals.indicators);
        }
        // By month: flows add up to the totals; each month's stocks are that month's.
        const byMonth = await owner.call('GET', `/api/w/${root}/rollup?from=${fromMonth}&to=${toMonth}&groupBy=month`);
        const monthSum = sum(byMonth.body.groups.map((g: { indicators: Indicators }) => g.indicators));
        for (const name of indicatorNames.filter((n) => !['members_active', 'agreements_active', 'partners_active'].includes(n))) {
          expect(monthSum[name], name).toBe(rolled.body.totals.indicators[name]);
        }
        const lastMonth = byMonth.body.groups.at(-1);
        if (lastMonth) {
          // Stocks of a month after the current one exist only for workspaces with data planned there.
          const current = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 7);
          if (lastMonth.key === toMonth && toMonth <= current) expect(lastMonth.indicators.members_active).toBe(rolled.body.totals.indicators.members_active);
        }
      }
    });
  }
});

describe('who counts', async () => {
  const t = await testApp();
  const owner = await t.user();
  const outsider = await t.user();
  const root = await t.workspace(owner, { kind: 'union' });
  const mid = await t.workspace(owner, { kind: 'union', parent: root });
  const leaf = await t.workspace(owner, { kind: 'association', parent: mid });
  const pending = await t.workspace(owner, { kind: 'association', parent: root });
  const rejected = await t.workspace(owner, { kind: 'union', parent: root });
  const underRejected = await t.workspace(owner, { kind: 'association', parent: rejected });
  const foreign = await t.workspace(outsider, { kind: 'association' });
  await owner.call('POST', `/api/w/${root}/affiliations/${mid}/approve`);
  await owner.call('POST', `/api/w/${mid}/affiliations/${leaf}/approve`);
  await owner.call('POST', `/api/w/${root}/affiliations/${rejected}/reject`);
  await owner.call('POST', `/api/w/${rejected}/affiliations/${underRejected}/approve`);
  const all = [root, mid, leaf, pending, rejected, underRejected];
  for (const ws of all) {
    await owner.call('POST', `/api/w/${ws}/members`, { fullName: `Người của ${ws}`, email: `${ws}@private.example.vn`, phone: '0912 000 111' });
    await owner.call('POST', `/api/w/${ws}/correspondence`, { direction: 'out', typeCode: 'CV', subject: 'Mật', classification: 'secret' });
    await owner.call('POST', `/api/w/${ws}/stats/refresh`);
  }
  await outsider.call('POST', `/api/w/${foreign}/members`, { fullName: 'Người ngoài' });
  await outsider.call('POST', `/api/w/${foreign}/stats/refresh`);
  const keys = async (ws = root) => (await owner.call('GET', `/api/w/${ws}/rollup?groupBy=workspace`)).body.groups.map((g: { key: string }) => g.key).sort();

  it('counts the approved subtree at every level, the union itself included; pending, rejected and foreign workspaces and their subtrees are left out', async () => {
    expect(await keys()).toEqual([root, mid, leaf].sort());
    const res = await owner.call('GET', `/api/w/${root}/rollup?groupBy=kind`);
    expect(res.body.totals.indicators.members_active).toBe(3);
    expect(res.body.totals.workspaces).toBe(3);
    expect(res.body.groups).toMatchObject([
      { key: 'association', workspaces: 1 },
      { key: 'union', workspaces: 2 },
    ]);
    expect(typeof res.body.asOf).toBe('string');
  });

  it('counts classified documents (numbers only)', async () => {
    expect((await stats(owner, leaf, '2026-01-01', '2026-12-31')).documents_out).toBe(1);
    const res = await owner.call('GET', `/api/w/${root}/rollup?from=2026-01&to=2026-12`);
    expect(res.body.totals.indicators.documents_out).toBe(3);
    expect(JSON.stringify(res.body)).not.toContain('Mật');
  });

  it('drills down from a group to its workspaces', async () => {
    const res = await owner.call('GET', `/api/w/${root}/rollup?groupBy=kind&group=union`);
    expect(res.body.group).toBe('union');
    expect(res.body.groups.map((g: { key: string }) => g.key).sort()).toEqual([root, mid].sort());
    expect(res.body.totals.workspaces).toBe(2);
    const month = (await owner.call('GET', `/api/w/${root}/rollup?groupBy=month&from=2026-01&to=2026-12`)).body.groups[0].key;
    const drill = await owner.call('GET', `/api/w/${root}/rollup?groupBy=month&group=${month}`);
    expect(drill.body.groups).toHaveLength(3);
  });

  it('a child that leaves, or is rejected after approval, drops out — of the groups and of the trend by month', async () => {
    const trend = async () => (await owner.call('GET', `/api/w/${root}/rollup?groupBy=month`)).body.groups.at(-1).indicators.members_active;
    expect(await trend()).toBe(3);
    expect((await owner.call('DELETE', `/api/w/${leaf}/parent`)).status).toBe(204);
    expect(await keys()).toEqual([root, mid].sort());
    expect(await trend()).toBe(2);
    expect((await owner.call('POST', `/api/w/${root}/affiliations/${mid}/reject`)).status).toBe(200);
    expect(await keys()).toEqual([root]);
    expect(await trend()).toBe(1);
  });

  it('never returns a member’s name, e-mail or phone, in JSON or CSV', async () => {
    const secrets = all.flatMap((ws) => [`Người của ${ws}`, `${ws}@private.example.vn`, '0912 000 111']).concat('Người ngoài');
    const bodies: string[] = [];
    for (const groupBy of ['workspace', 'kind', 'country', 'month', 'cluster']) {
      bodies.push(JSON.stringify((await owner.call('GET', `/api/w/${root}/rollup?groupBy=${groupBy}`)).body));
      bodies.push(new TextDecoder().decode((await owner.call('GET', `/api/w/${root}/rollup.csv?groupBy=${groupBy}`)).bytes));
    }
    bodies.push(JSON.stringify((await owner.call('GET', `/api/w/${root}/stats`)).body));
    for (const body of bodies) for (const s of secrets) expect(body).not.toContain(s);
  });

  it('CSV: BOM, header, a row per group and the totals; formulas neutralised', async () => {
    await owner.call('PATCH', `/api/w/${root}`, { name: '=HYPERLINK("x")' });
    const res = await owner.call('GET', `/api/w/${root}/rollup.csv?groupBy=workspace`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect([...res.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(res.bytes).slice(1).trim().split('\r\n');
    expect(lines[0]).toContain('Hội viên đang hoạt động');
    expect(lines.some((l) => l.includes(`'=HYPERLINK`))).toBe(true);
    expect(lines.at(-1)).toMatch(/^,Tổng cộng,/);
  });

  it('rejects a range that ends before it starts, and an unknown grouping (422)', async () => {
    expect((await owner.call('GET', `/api/w/${root}/stats?from=2026-05-01&to=2026-01-01`)).body.errors[0]).toMatchObject({ path: 'to', code: 'range_order' });
    expect((await owner.call('GET', `/api/w/${root}/rollup?from=2026-05&to=2026-01`)).status).toBe(422);
    expect((await owner.call('GET', `/api/w/${root}/rollup?groupBy=planet`)).body.errors[0]).toMatchObject({ path: 'groupBy', code: 'grouping_invalid' });
    expect((await owner.call('GET', `/api/w/${root}/stats?from=2026-02-30`)).status).toBe(422);
  });

  it('a viewer reads stats and rollup, but cannot force a refresh', async () => {
    const viewer = await t.user();
    await t.grant(owner, root, viewer, 'viewer');
    expect((await viewer.call('GET', `/api/w/${root}/stats`)).status).toBe(200);
    expect((await viewer.call('GET', `/api/w/${root}/rollup`)).status).toBe(200);
    expect((await viewer.call('POST', `/api/w/${root}/stats/refresh`)).status).toBe(403);
  });
});

describe('snapshots follow changes', () => {
  onNode('a write schedules one refresh of its workspace, off the request path', async () => {
    const scheduled: [string, () => Promise<void>][] = [];
    const t = await testApp({ schedule: (key, task) => void scheduled.push([key, task]) });
    const owner = await t.user();
    const root = await t.workspace(owner, { kind: 'union' });
    scheduled.length = 0;
    await owner.call('POST', `/api/w/${root}/members`, { fullName: 'Nguyễn Văn An' });
    await owner.call('GET', `/api/w/${root}/members`);
    await owner.call('POST', `/api/w/${root}/members`, { email: 'not valid' });
    expect(scheduled).toHaveLength(1);
    expect((await owner.call('GET', `/api/w/${root}/rollup`)).body.asOf).toBeNull();
    await scheduled[0][1]();
    const res = await owner.call('GET', `/api/w/${root}/rollup`);
    expect(res.body.totals.indicators.members_active).toBe(1);
    expect(res.body.asOf).not.toBeNull();
  });

  onNode('the sweep refreshes every workspace one by one, reports a failure and goes on', async () => {
    const t = await testApp();
    const owner = await t.user();
    const a = await t.workspace(owner, { kind: 'union' });
    const b = await t.workspace(owner, { kind: 'association', parent: a });
    await owner.call('POST', `/api/w/${a}/affiliations/${b}/approve`);
    await owner.call('POST', `/api/w/${b}/members`, { fullName: 'Trần Thị Bình' });
    const { sweepSnapshots } = await import('../services/snapshots');
    const { workspaces } = await import('../../../db/catalog/schema');
    const { eq } = await import('drizzle-orm');
    const [broken] = await t.deps.catalog.select().from(workspaces).where(eq(workspaces.slug, a));
    const open = t.deps.tenants.open.bind(t.deps.tenants);
    t.deps.tenants.open = (ref) => (ref === broken.databaseRef ? (() => { throw new Error('database unreachable'); })() : open(ref));
    const report = await sweepSnapshots(t.deps);
    expect(report.failed).toEqual([{ slug: a, error: 'database unreachable' }]);
    expect(report.refreshed).toBe(1);
    t.deps.tenants.open = open;
    expect((await owner.call('GET', `/api/w/${a}/rollup`)).body.totals.indicators.members_active).toBe(1);
  });

  onNode('the rows a sweep rebuilds in one statement equal those kept up to date change by change', async () => {
    const t = await testApp();
    const owner = await t.user();
    const { root, nodes } = await randomTree(t, owner, random(9), 9);
    const read = () => t.deps.catalog.$client.execute('SELECT * FROM subtree_snapshots ORDER BY workspace_id, month').then((r) => r.rows.map((row) => ({ ...row, computed_at: 0 })));
    const incremental = await read();
    expect(incremental.length).toBeGreaterThan(nodes.length);
    const { rebuildAllSubtrees } = await import('../services/subtree-totals');
    await rebuildAllSubtrees(t.deps.catalog);
    expect(await read()).toEqual(incremental);
    const trend = (await owner.call('GET', `/api/w/${root}/rollup?groupBy=month&from=2024-01&to=2026-12`)).body;
    expect(trend.groups.length).toBeGreaterThan(0);
  });

  it('a month holding only an award (no member, event or document) still gets its snapshot', async () => {
    const t = await testApp();
    const owner = await t.user();
    const ws = await t.workspace(owner, { kind: 'union' });
    const award = { awardName: 'Bằng khen', recipientName: 'Yamada Taro', decisionNumber: '12/QĐ-LHH', decidedOn: '2019-05-20' };
    expect((await owner.call('POST', `/api/w/${ws}/awards`, award)).status).toBe(201);
    await owner.call('POST', `/api/w/${ws}/stats/refresh`);
    const res = await owner.call('GET', `/api/w/${ws}/rollup?from=2019-05&to=2019-05`);
    expect(res.body.totals.indicators.awards).toBe(1);
  });

  onNode('the Node schedule debounces per workspace', async () => {
    const { debouncedSchedule } = await import('../services/snapshot-hook');
    const runs: string[] = [];
    const schedule = debouncedSchedule(20);
    schedule('a', async () => void runs.push('a1'));
    schedule('a', async () => void runs.push('a2'));
    schedule('b', async () => void runs.push('b1'));
    await new Promise((r) => setTimeout(r, 60));
    expect(runs.sort()).toEqual(['a2', 'b1']);
  });
});
