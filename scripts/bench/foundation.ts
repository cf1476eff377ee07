/** The foundation's figures: authenticated GET /api/w/:ws against the bare app, and start-up time. */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepare, root, start, stop, tsx, versus, waitFor, type Report } from './lib';

export async function foundation(report: Report) {
  // 1. Authenticated GET /api/w/:ws against the bare Hono app, 50 connections.
  const dataDir = mkdtempSync(join(tmpdir(), 'amity-bench-'));
  const cookie = await prepare(dataDir, 8902);
  const server = start([...tsx, 'scripts/start.ts'], { PORT: '8902', DATA_DIR: dataDir, DEMO: '0' });
  await waitFor('http://127.0.0.1:8902/api/health');
  const line = await versus('http://127.0.0.1:8902/api/w/hoi-bench', { cookie });
  stop(server);
  report.add('authenticated `GET /api/w/:ws`, 50 connections, against the bare Hono app', line, '≥ 30% of bare, p99 ≤ 50 ms, no errors');

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
  report.add('`npm start` → healthy (built checkout, median of 3)', `${(times.sort((a, b) => a - b)[1] / 1000).toFixed(2)} s`, '≤ 3 s');
}
