/**
 * `npm run bench`: the figures of docs/benchmarks.md, measured on this machine.
 * Servers run in their own process groups, the load comes from this process (autocannon).
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../workers/src/app';
import { nodeDeps, nodeSettings } from '../../workers/src/node';

const root = join(import.meta.dirname, '../..');
const tsx = ['--import', 'tsx'];

function start(args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, detached: true, stdio: 'ignore' });
}

function stop(child: ChildProcess) {
  try {
    process.kill(-child.pid!, 'SIGTERM');
  } catch {
    /* already gone */
  }
}

async function waitFor(url: string, timeoutMs = 30_000): Promise<number> {
  const t0 = performance.now();
  while (performance.now() - t0 < timeoutMs) {
    try {
      if ((await fetch(url)).ok) return performance.now() - t0;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`${url} did not come up`);
}

async function load(url: string, headers: Record<string, string> = {}) {
  const result = await autocannon({ url, connections: 50, duration: 10, headers });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

/** A DATA_DIR with one user and one workspace; returns the session cookie. */
async function prepare(dataDir: string, port: number) {
  const deps = await nodeDeps(nodeSettings({ DATA_DIR: dataDir, PORT: String(port) }));
  const app = createApp(deps);
  const headers = { origin: deps.config.publicUrl, 'content-type': 'application/json' };
  const res = await app.request('/api/auth/sign-up/email', {
    method: 'POST',
    headers,
    body: JSON.stringify({ name: 'Bench', email: 'bench@example.vn', password: 'correct horse battery' }),
  });
  const cookie = res.headers.get('set-cookie')!.split(';')[0];
  await app.request('/api/workspaces', { method: 'POST', headers: { ...headers, cookie }, body: JSON.stringify({ name: 'Hội bench', slug: 'hoi-bench', kind: 'association' }) });
  deps.catalog.$client.close();
  return cookie;
}

const rows: string[] = [];
const report = (what: string, figure: string, target: string) => {
  rows.push(`| ${what} | ${figure} | ${target} |`);
  console.log(`${what}: ${figure} (target ${target})`);
};

// 1. Authenticated GET /api/w/:ws against a bare Hono app, 50 connections.
const hello = start([...tsx, 'scripts/bench/hello.ts'], { PORT: '8901' });
await waitFor('http://127.0.0.1:8901/');
const bare = await load('http://127.0.0.1:8901/');
stop(hello);

const dataDir = mkdtempSync(join(tmpdir(), 'amity-bench-'));
const cookie = await prepare(dataDir, 8902);
const server = start([...tsx, 'scripts/start.ts'], { PORT: '8902', DATA_DIR: dataDir, DEMO: '0' });
await waitFor('http://127.0.0.1:8902/api/health');
const api = await load('http://127.0.0.1:8902/api/w/hoi-bench', { cookie });
stop(server);
report('bare Hono hello, 50 connections', `${bare.rps.toFixed(0)} req/s, p99 ${bare.p99} ms, ${bare.errors} errors`, 'reference');
report(
  'authenticated `GET /api/w/:ws`, 50 connections',
  `${api.rps.toFixed(0)} req/s (${((100 * api.rps) / bare.rps).toFixed(0)}% of bare), p99 ${api.p99} ms, ${api.errors} errors`,
  '≥ 30% of bare, p99 ≤ 50 ms, no errors',
);

// 2. `npm start` to healthy on a built checkout with an existing DATA_DIR.
const times: number[] = [];
for (let i = 0; i < 3; i++) {
  const t0 = performance.now();
  const child = spawn('npm', ['start'], { cwd: root, env: { ...process.env, PORT: '8903', DATA_DIR: dataDir, DEMO: '0' }, detached: true, stdio: 'ignore' });
  await waitFor('http://127.0.0.1:8903/api/health');
  times.push(performance.now() - t0);
  stop(child);
  await new Promise((r) => setTimeout(r, 300));
}
report('`npm start` → healthy (built checkout, median of 3)', `${(times.sort((a, b) => a - b)[1] / 1000).toFixed(2)} s`, '≤ 3 s');

console.log(`\nMachine: ${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
console.log('| measure | figure | target |\n|---|---|---|\n' + rows.join('\n'));
