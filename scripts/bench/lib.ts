/** What the benchmark files share: servers in their own process groups, load, the report. */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../workers/src/app';
import { nodeDeps, nodeSettings } from '../../workers/src/node';

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

export interface Load {
  rps: number;
  p99: number;
  errors: number;
}

/** 50 connections for 10 s. */
export async function load(url: string, headers: Record<string, string> = {}): Promise<Load> {
  const result = await autocannon({ url, connections: 50, duration: 10, headers });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
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
