/** What the benchmark files share: servers in their own process groups, load, the report. */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../workers/src/app';
import { nodeDeps, nodeSettings } from '../../workers/src/node';
import { percentile } from './stats';

export const root = join(import.meta.dirname, '../..');
export const tsx = ['--import', 'tsx'];

export function start(args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, detached: true, stdio: 'ignore' });
}

export function stop(child: ChildProcess) {
  try {
    process.kill(-child.pid!, 'SIGTERM');
  } catch {
    /* already gone */
  }
}

export async function waitFor(url: string, timeoutMs = 30_000): Promise<number> {
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

interface Load {
  rps: number;
  p99: number;
  errors: number;
}

/**
 * 50 connections for `seconds`, after 2 s of the same load that is not counted (JIT warm-up).
 * The load comes from wrk (Debian package `wrk`: C, one thread): a load generator in Node
 * (autocannon, until the third session) spent more CPU per 26 KB answer than the server did, so
 * on two cores it measured itself (docs/benchmarks.md).
 */
async function load(url: string, headers: Record<string, string>, seconds: number): Promise<Load> {
  await wrk(url, headers, 2);
  return wrk(url, headers, seconds);
}

async function wrk(url: string, headers: Record<string, string>, seconds: number): Promise<Load> {
  const args = ['-t1', '-c50', `-d${seconds}s`, '--latency', ...Object.entries(headers).flatMap(([k, v]) => ['-H', `${k}: ${v}`]), url];
  const { stdout } = await promisify(execFile)('wrk', args).catch((e: NodeJS.ErrnoException) => {
    throw e.code === 'ENOENT' ? new Error('npm run bench needs wrk: apt-get install -y wrk') : e;
  });
  const figure = (re: RegExp) => Number(re.exec(stdout)?.[1] ?? 0);
  const [, value, unit] = /\s99%\s+([\d.]+)(us|ms|s)/.exec(stdout) ?? ['', '0', 'ms'];
  const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(stdout)?.slice(1).map(Number) ?? [];
  return {
    rps: figure(/Requests\/sec:\s+([\d.]+)/),
    p99: Number(value) * { us: 0.001, ms: 1, s: 1000 }[unit as 'us' | 'ms' | 's'],
    errors: figure(/Non-2xx or 3xx responses: (\d+)/) + socketErrors.reduce((a, b) => a + b, 0),
  };
}

/** The bare Hono "hello" app (scripts/bench/hello.ts) that the API's throughput is compared with. */
export const bareUrl = 'http://127.0.0.1:8901/';

export function startBare(): ChildProcess {
  return start([...tsx, 'scripts/bench/hello.ts'], { PORT: '8901' });
}

/**
 * The API's rate against the bare app's (running, `startBare`): three rounds of each, taken in
 * turn so that both see the same machine, each 8 s after its warm-up; medians of the rates,
 * the worst p99, all errors: the report's figure.
 */
export async function versus(url: string, headers: Record<string, string>): Promise<string> {
  const api: Load[] = [];
  const bare: Load[] = [];
  for (let round = 0; round < 3; round++) {
    bare.push(await load(bareUrl, {}, 8));
    api.push(await load(url, headers, 8));
  }
  const summary = (runs: Load[]): Load => ({ rps: percentile(runs.map((r) => r.rps), 50), p99: Math.max(...runs.map((r) => r.p99)), errors: runs.reduce((n, r) => n + r.errors, 0) });
  const [a, b] = [summary(api), summary(bare)];
  return `${a.rps.toFixed(0)} req/s = **${((100 * a.rps) / b.rps).toFixed(0)}% of bare** (${b.rps.toFixed(0)} req/s; medians of 3 alternating rounds), p99 ${a.p99.toFixed(1)} ms, ${a.errors} errors`;
}

/** A DATA_DIR with one user and the workspace `slug`; returns the session cookie. */
export async function prepare(dataDir: string, port: number, slug = 'hoi-bench') {
  const deps = await nodeDeps(nodeSettings({ DATA_DIR: dataDir, PORT: String(port) }));
  const app = createApp(deps);
  const headers = { origin: deps.config.publicUrl, 'content-type': 'application/json' };
  const res = await app.request('/api/auth/sign-up/email', {
    method: 'POST',
    headers,
    body: JSON.stringify({ name: 'Bench', email: 'bench@example.vn', password: 'correct horse battery' }),
  });
  const cookie = res.headers.get('set-cookie')!.split(';')[0];
  await app.request('/api/workspaces', { method: 'POST', headers: { ...headers, cookie }, body: JSON.stringify({ name: 'Hội bench', slug, kind: 'association' }) });
  deps.catalog.$client.close();
  return cookie;
}

/** The table of docs/benchmarks.md, printed as the figures come in. */
export class Report {
  private readonly rows: string[] = [];

  add(what: string, figure: string, target: string) {
    this.rows.push(`| ${what} | ${figure} | ${target} |`);
    console.log(`${what}: ${figure} (target ${target})`);
  }

  private readonly loadAtStart = loadavg()[0];

  print() {
    const load = `load average ${this.loadAtStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end`;
    console.log(`\nMachine: ${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, ${load}`);
    console.log('| measure | figure | target |\n|---|---|---|\n' + this.rows.join('\n'));
  }
}
