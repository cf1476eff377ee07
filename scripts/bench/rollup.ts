/**
 * Rollups (issue 8), in process on embedded libSQL files (the service functions the routes
 * call, without HTTP):
 * - rollup over 3,000 workspaces × 36 months of snapshots (central union → 34 provincial unions
 *   → associations → branches), several groupings and ranges, p50/p95;
 * - snapshot refresh of one workspace with 20,000 members and 2,000 events;
 * - full sweep over copies of that workspace (`SWEEP_WORKSPACES`, default 30), extrapolated to 300.
 */
import { createClient } from '@libsql/client';
import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalogDb, type CatalogDb } from '../../db';
import { migrations } from '../../db/catalog/migrations.gen';
import { applyMigrations } from '../../db/migrator';
import { FileTenantDatabases } from '../../db/provider-file';
import { eventTypes } from '../../shared/events';
import { flowIndicators, indicatorNames, toDate } from '../../shared/indicators';
import { defaultConfig, MemoryMailer, type AppDeps } from '../../workers/src/deps';
import { MemoryFileStore } from '../../workers/src/services/files';
import { rollup } from '../../workers/src/services/rollup';
import { refreshSnapshots, sweepSnapshots } from '../../workers/src/services/snapshots';
import { rebuildAllSubtrees } from '../../workers/src/services/subtree-totals';
import type { Report } from './lib';
import { seededRandom } from '../random';
import { percentile } from './stats';


export async function openCatalog(dir: string): Promise<CatalogDb> {
  const catalog = catalogDb(createClient({ url: `file:${join(dir, 'catalog.db')}` }));
  await applyMigrations(catalog.$client, migrations);
  return catalog;
}

const months = (n: number, last = '2026-11') => {
  const [y, m] = last.split('-').map(Number);
  return Array.from({ length: n }, (_, i) => new Date(Date.UTC(y, m - n + i, 1)).toISOString().slice(0, 7));
};

/** 3,000 workspaces in a four-level tree, each with 36 months of snapshots; a few pending or rejected. */
export async function seedCatalog(catalog: CatalogDb) {
  const r = seededRandom(7);
  const ws: { id: string; kind: string; parent: string | null; status: string }[] = [{ id: 'w0', kind: 'union', parent: null, status: '' }];
  for (let p = 1; p <= 34; p++) ws.push({ id: `w${ws.length}`, kind: 'union', parent: 'w0', status: 'approved' });
  while (ws.length < 3000) {
    const unions = ws.filter((w) => w.kind === 'union');
    const assocs = ws.filter((w) => w.kind === 'association');
    const asBranch = assocs.length > 0 && r.next() < 0.4;
    const parent = asBranch ? r.pick(assocs) : r.pick(unions);
    ws.push({ id: `w${ws.length}`, kind: asBranch ? 'branch' : 'association', parent: parent.id, status: r.next() < 0.03 ? r.pick(['pending', 'rejected']) : 'approved' });
  }
  const stmts = ws.map((w) => ({
    sql: `INSERT INTO workspaces (id, slug, name, kind, code, countries, database_ref) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    args: [w.id, `hoi-${w.id}`, `Hội ${w.id}`, w.kind, w.id.toUpperCase(), JSON.stringify(r.pick([[], ['JP'], ['LA', 'KH'], ['CU'], ['RU'], ['FR', 'US']])), `ws-${w.id}.db`],
  }));
  const aff = ws.filter((w) => w.parent).map((w) => ({ sql: `INSERT INTO affiliations (child_id, parent_id, status, requested_at) VALUES (?, ?, ?, 0)`, args: [w.id, w.parent!, w.status] }));
  await catalog.$client.batch([...stmts, ...aff], 'write');
  const cols = ['workspace_id', 'month', ...indicatorNames, ...flowIndicators.map(toDate), 'computed_at'];
  const perStatement = 25;
  const rows: (string | number)[][] = [];
  const now = Date.now();
  for (const w of ws) {
    const running = flowIndicators.map(() => 0);
    for (const m of months(36)) {
      const figures = indicatorNames.map((n) => (n.endsWith('_vnd') ? r.int(0, 50) * 1_000_000 : r.int(0, n.startsWith('members') ? 500 : 20)));
      flowIndicators.forEach((n, i) => (running[i] += figures[indicatorNames.indexOf(n)]));
      rows.push([w.id, m, ...figures, ...running, now]);
    }
  }
  const insert = `INSERT INTO indicator_snapshots (${cols.join(',')}) VALUES `;
  for (let i = 0; i < rows.length; i += 5000) {
    const batch = [];
    for (let j = i; j < Math.min(i + 5000, rows.length); j += perStatement) {
      const chunk = rows.slice(j, Math.min(j + perStatement, i + 5000, rows.length));
      batch.push({ sql: insert + chunk.map(() => `(${cols.map(() => '?').join(',')})`).join(','), args: chunk.flat() });
    }
    await catalog.$client.batch(batch, 'write');
  }
  await rebuildAllSubtrees(catalog);
  return rows.length;
}

/** A tenant database with 20,000 members and 2,000 events over three years. */
async function seedTenant(tenants: FileTenantDatabases, id: string) {
  const ref = await tenants.create(id);
  const db = tenants.open(ref);
  const r = seededRandom(11);
  const day = () => `${r.int(2015, 2026)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
  const batch = [];
  for (let i = 0; i < 20_000; i += 200) {
    const args: (string | null)[] = [];
    for (let j = i; j < i + 200; j++) args.push(`m${j}`, `Hội viên ${j}`, `hoi vien ${j}`, `hoi vien ${j}`, '', r.pick(['active', 'active', 'active', 'inactive', 'archived']), r.next() < 0.9 ? day() : null);
    batch.push({ sql: `INSERT INTO members (id, full_name, sort_name, search_text, facets, status, joined_on) VALUES ${Array(200).fill('(?,?,?,?,?,?,?)').join(',')}`, args });
  }
  for (let i = 0; i < 2_000; i += 100) {
    const args: (string | number | null)[] = [];
    for (let j = i; j < i + 100; j++) {
      const type = r.pick(eventTypes);
      const start = Date.UTC(2024, 0, 1) + r.int(0, 35 * 30) * 86_400_000;
      const delegation = type.startsWith('delegation') ? JSON.stringify({ direction: type === 'delegation_in' ? 'in' : 'out', headName: 'Trưởng đoàn', size: r.int(1, 30) }) : null;
      args.push(`e${j}`, type, `Hoạt động ${j}`, start, start + 3_600_000, start + 3_600_000, 'Asia/Ho_Chi_Minh', 'in_person', r.int(0, 300), r.next() < 0.2 ? r.int(1, 60) : null, delegation, r.next() < 0.2 ? JSON.stringify({ fundsRaisedVnd: r.int(1, 900) * 1_000_000 }) : null);
    }
    batch.push({ sql: `INSERT INTO events (id, type, title, starts_at, ends_at, last_ends_at, time_zone, format, participants, connection_points, delegation, outcomes) VALUES ${Array(100).fill('(?,?,?,?,?,?,?,?,?,?,?,?)').join(',')}`, args });
  }
  await db.$client.batch(batch, 'write');
  return ref;
}

function deps(catalog: CatalogDb, tenants: FileTenantDatabases): AppDeps {
  return { catalog, tenants, mailer: new MemoryMailer(), files: new MemoryFileStore(), config: { ...defaultConfig, publicUrl: 'http://localhost', authSecret: 'x'.repeat(32) } };
}

export async function rollups(report: Report) {
  const dir = mkdtempSync(join(tmpdir(), 'amity-bench-rollup-'));

  // 1. Rollup over 3,000 workspaces × 36 months.
  const catalog = await openCatalog(dir);
  const t0 = performance.now();
  const snapshotRows = await seedCatalog(catalog);
  console.log(`seeded ${snapshotRows} snapshot rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const all = months(36);
  const queries = [
    { groupBy: 'workspace', fromMonth: all[24], toMonth: all[35] },
    { groupBy: 'kind', fromMonth: all[0], toMonth: all[35] },
    { groupBy: 'country', fromMonth: all[24], toMonth: all[35] },
    { groupBy: 'month', fromMonth: all[0], toMonth: all[35] },
    { groupBy: 'cluster', fromMonth: all[30], toMonth: all[35] },
    { groupBy: 'kind', fromMonth: all[24], toMonth: all[35], group: 'association' },
  ] as const;
  for (const q of queries) await rollup(catalog, { rootId: 'w0', clusterYear: 2026, ...q }); // warm-up
  const times: number[] = [];
  let workspacesCounted = 0;
  for (let round = 0; round < 10; round++) {
    for (const q of queries) {
      const s = performance.now();
      const res = await rollup(catalog, { rootId: 'w0', clusterYear: 2026, ...q });
      times.push(performance.now() - s);
      workspacesCounted = Math.max(workspacesCounted, res.totals.workspaces);
    }
  }
  report.add(
    `rollup from the central union over 3,000 workspaces × 36 months (${snapshotRows.toLocaleString('en')} snapshot rows; ${workspacesCounted.toLocaleString('en')} in the approved subtree), groupBy workspace/kind/country/month/cluster and a drill-down, 12–36-month ranges, ${times.length} sequential calls of the service (one catalog query each)`,
    `**p95 ${percentile(times, 95).toFixed(1)} ms**, p50 ${percentile(times, 50).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`,
    'p95 ≤ 50 ms',
  );

  // 2. Refresh of one workspace with 20,000 members and 2,000 events.
  const tenants = new FileTenantDatabases(join(dir, 'tenants'));
  const ref = await seedTenant(tenants, 'big0');
  await catalog.$client.execute({ sql: `INSERT INTO workspaces (id, slug, name, kind, code, countries, database_ref) VALUES ('big0', 'hoi-lon', 'Hội lớn', 'association', 'LON', '[]', ?)`, args: [ref] });
  const d = deps(catalog, tenants);
  await refreshSnapshots(d, 'big0');
  const refreshTimes: number[] = [];
  let monthsWritten = 0;
  for (let i = 0; i < 7; i++) {
    const s = performance.now();
    monthsWritten = (await refreshSnapshots(d, 'big0'))!.months;
    refreshTimes.push(performance.now() - s);
  }
  report.add(
    `snapshot refresh of one workspace with 20,000 members and 2,000 events (${monthsWritten} months written in one catalog batch), median of 7`,
    `**${percentile(refreshTimes, 50).toFixed(0)} ms** (max ${Math.max(...refreshTimes).toFixed(0)} ms)`,
    '≤ 200 ms',
  );

  // 3. Sweep over copies of that workspace, in their own catalog.
  const n = Number(process.env.SWEEP_WORKSPACES ?? 30);
  tenants.open(ref).$client.close();
  const sweepDir = join(dir, 'sweep');
  const sweepCatalog = await openCatalog(mkdtempSync(join(tmpdir(), 'amity-bench-sweep-')));
  const sweepTenants = new FileTenantDatabases(sweepDir);
  const stmts = [];
  for (let i = 0; i < n; i++) {
    const copy = `ws-copy${i}.db`;
    for (const suffix of ['', '-wal']) if (existsSync(join(dir, 'tenants', ref + suffix))) copyFileSync(join(dir, 'tenants', ref + suffix), join(sweepDir, copy + suffix));
    stmts.push({ sql: `INSERT INTO workspaces (id, slug, name, kind, code, countries, database_ref) VALUES (?, ?, ?, 'association', ?, '[]', ?)`, args: [`copy${i}`, `hoi-copy-${i}`, `Hội ${i}`, `C${i}`, copy] });
  }
  await sweepCatalog.$client.batch(stmts, 'write');
  const sweep = await sweepSnapshots(deps(sweepCatalog, sweepTenants));
  if (sweep.failed.length) throw new Error(`sweep failed: ${JSON.stringify(sweep.failed[0])}`);
  const per = sweep.ms / n;
  report.add(
    `full sweep of ${n} workspaces of 20,000 members and 2,000 events each (sequential, cold file handles), extrapolated to 300`,
    `${(sweep.ms / 1000).toFixed(1)} s for ${n} (${per.toFixed(0)} ms each) → **≈ ${((per * 300) / 1000).toFixed(0)} s for 300**`,
    '≤ 60 s for 300',
  );
}
