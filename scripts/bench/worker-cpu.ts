/**
 * CPU time per request of the main routes in the Worker (issue 9): the bundle `npm run
 * check:worker` writes (.wrangler/dry-run/worker.js) runs in Miniflare's workerd against the
 * libSQL-over-HTTP fixture and the fake Turso API (the databases live in this Node process, as
 * they live at Turso in production, so their work is not the Worker's). workerd's own clock
 * doesn't move during compute, so the figure is read from outside: the CPU time (user + system,
 * /proc/<pid>/stat) the workerd process spent over N sequential requests of one route, divided
 * by N. It includes workerd's HTTP handling and any waitUntil work the request started — an
 * upper bound of what Cloudflare bills as CPU time.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Miniflare } from 'miniflare';
import { migrations } from '../../db/catalog/migrations.gen';
import { applyMigrations } from '../../db/migrator';
import { createClient } from '@libsql/client/web';
import { startHranaServer } from '../../test/fixtures/hrana-server';
import { startTursoApi } from '../../test/fixtures/turso-api';
import { refreshDebounceMs } from '../../workers/src/services/snapshot-hook';
import { demoCsv } from '../demo-members';
import { sampleMembers } from '../sample-members';
import { root, type Report } from './lib';

const bundle = join(root, '.wrangler/dry-run/worker.js');
const publicUrl = 'http://localhost:8787';
const ticksPerMs = 100 / 1000; // USER_HZ is 100 on Linux

/** The workerd process Miniflare started (a child of this process). */
function workerdPid(): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === process.pid && stat.includes('(workerd)')) return Number(entry);
    } catch {
      /* gone meanwhile */
    }
  }
  throw new Error('workerd process not found');
}

/** CPU time (user + system) a process has used, in ms. */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / ticksPerMs;
}

/** Long enough for the debounced snapshot refresh a write starts (it waits `refreshDebounceMs`). */
const settle = () => new Promise((r) => setTimeout(r, refreshDebounceMs + 2_000));

export async function workerCpu(report: Report) {
  // Always rebuilt: a bundle left from an earlier build would measure old code.
  execFileSync('npm', ['run', 'check:worker'], { cwd: root, stdio: 'inherit' });
  const hrana = await startHranaServer();
  hrana.create('catalog');
  const catalog = createClient({ url: hrana.urlFor('catalog') });
  await applyMigrations(catalog, migrations);
  catalog.close();
  const turso = { org: 'bench', group: 'default', token: 'bench-token' };
  const api = await startTursoApi({ hrana, ...turso });
  const mf = new Miniflare({
    // Given as one module: Miniflare's own module walk stops at the bundle's (never taken) dynamic
    // import of node:sqlite.
    modules: [{ type: 'ESModule', path: bundle, contents: readFileSync(bundle, 'utf8') }],
    compatibilityDate: '2026-04-01',
    compatibilityFlags: ['nodejs_compat'],
    r2Buckets: ['FILES'],
    bindings: {
      PUBLIC_URL: publicUrl,
      AUTH_SECRET: 'bench-secret-bench-secret-bench-secret',
      CATALOG_URL: hrana.urlFor('catalog'),
      TURSO_API_URL: api.url,
      TENANT_URL_TEMPLATE: api.tenantUrlTemplate,
      TURSO_ORG: turso.org,
      TURSO_GROUP: turso.group,
      TURSO_API_TOKEN: turso.token,
    },
  });
  try {
    await mf.ready;
    console.log('worker cpu: Miniflare ready');
    const pid = workerdPid();
    let cookie = '';
    const call = async (method: string, path: string, body?: unknown, contentType = 'application/json') => {
      const res = await mf.dispatchFetch(`${publicUrl}${path}`, {
        method,
        headers: { origin: publicUrl, cookie, ...(body !== undefined ? { 'content-type': contentType } : {}) },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await res.text();
      if (res.status >= 400) throw new Error(`${method} ${path} → ${res.status} ${text.slice(0, 200)}`);
      return { res, text };
    };
    const account = { name: 'Bench', email: 'bench@example.vn', password: 'correct horse battery' };
    const signUp = await call('POST', '/api/auth/sign-up/email', account);
    cookie = signUp.res.headers.get('set-cookie')!.split(';')[0];
    await call('POST', '/api/workspaces', { name: 'Hội hữu nghị Việt Nam – Nhật Bản', slug: 'hoi-bench', kind: 'association' });
    const csv = demoCsv(sampleMembers(1_000));
    await call('POST', '/api/w/hoi-bench/members/import', csv, 'text/csv');

    const routes: { name: string; n: number; run: (i: number) => Promise<unknown> }[] = [
      { name: 'GET /api/health', n: 200, run: () => call('GET', '/api/health') },
      { name: 'POST /api/auth/sign-in/email (PBKDF2, 100,000 iterations)', n: 20, run: () => call('POST', '/api/auth/sign-in/email', { email: account.email, password: account.password }) },
      { name: 'GET /api/w/:ws', n: 200, run: () => call('GET', '/api/w/hoi-bench') },
      { name: 'GET /api/w/:ws/members?limit=50 (1,000 members)', n: 200, run: () => call('GET', '/api/w/hoi-bench/members?limit=50') },
      { name: 'GET /api/w/:ws/members?q=nguyen', n: 200, run: () => call('GET', '/api/w/hoi-bench/members?q=nguyen') },
      { name: 'POST /api/w/:ws/members', n: 30, run: (i) => call('POST', '/api/w/hoi-bench/members', { fullName: `Nguyễn Văn Bench ${i}` }) },
      { name: 'POST /api/w/:ws/events', n: 30, run: (i) => call('POST', '/api/w/hoi-bench/events', { type: 'meeting', title: `Gặp mặt ${i}`, startsAt: '2026-05-10T08:00', endsAt: '2026-05-10T10:00', format: 'in_person' }) },
      { name: 'GET /api/w/:ws/events', n: 200, run: () => call('GET', '/api/w/hoi-bench/events') },
      { name: 'POST /api/w/:ws/correspondence (numbered)', n: 30, run: (i) => call('POST', '/api/w/hoi-bench/correspondence', { direction: 'out', typeCode: 'CV', subject: `Công văn ${i}` }) },
      { name: 'GET /api/w/:ws/stats', n: 100, run: () => call('GET', '/api/w/hoi-bench/stats') },
      { name: 'GET /api/w/:ws/rollup?groupBy=month', n: 200, run: () => call('GET', '/api/w/hoi-bench/rollup?groupBy=month') },
      { name: 'POST /api/w/:ws/members/import?dryRun=1 (1,000 rows)', n: 10, run: () => call('POST', '/api/w/hoi-bench/members/import?dryRun=1', csv, 'text/csv') },
    ];
    for (const route of routes) {
      console.log(`worker cpu: ${route.name}`);
      for (let i = 0; i < 5; i++) await route.run(-i - 1); // warm-up
      await settle();
      const cpu0 = cpuMs(pid);
      const t0 = performance.now();
      for (let i = 0; i < route.n; i++) await route.run(i);
      const wall = performance.now() - t0;
      await settle(); // background work (waitUntil snapshot refreshes) is the request's CPU too
      const cpu = (cpuMs(pid) - cpu0) / route.n;
      report.add(`Worker CPU: ${route.name}, ${route.n} sequential requests`, `**${cpu.toFixed(1)} ms** CPU/request (wall ${(wall / route.n).toFixed(1)} ms)`, 'small; ≤ 10 ms fits the free plan, paid plans allow 30 s');
    }
  } finally {
    await mf.dispose();
    await api.close();
    await hrana.close();
  }
}
