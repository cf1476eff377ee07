/**
 * Members (issue 4), over HTTP against `npm start`'s server on embedded libSQL files:
 * - import of a 10,000-row CSV end to end (upload, validation, one batch, answer);
 * - search over 20,000 members, sequential requests, p50/p95;
 * - authenticated GET /api/w/:ws/members?limit=50 under 50 connections, against the bare app.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoCsv } from '../demo-members';
import { refreshDebounceMs } from '../../workers/src/services/snapshot-hook';
import { sampleMembers } from '../sample-members';
import { prepare, start, stop, tsx, versus, waitFor, type Report } from './lib';
import { percentile } from './stats';

const port = 8904;
const base = `http://127.0.0.1:${port}`;
const origin = `http://localhost:${port}`;

export async function members(report: Report) {
  const dataDir = mkdtempSync(join(tmpdir(), 'amity-bench-members-'));
  const cookie = await prepare(dataDir, port, 'hoi-bench');
  const server = start([...tsx, 'scripts/start.ts'], { PORT: String(port), DATA_DIR: dataDir, DEMO: '0' });
  try {
    await waitFor(`${base}/api/health`);
    const send = async (method: string, path: string, body?: string, type = 'application/json') => {
      const res = await fetch(`${base}${path}`, { method, body, headers: { cookie, origin, ...(body ? { 'content-type': type } : {}) } });
      if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${(await res.text()).slice(0, 500)}`);
      return res.json();
    };
    const upload = (slug: string, csv: string) => send('POST', `/api/w/${slug}/members/import`, csv, 'text/csv; charset=utf-8');

    // 1. Import: 10,000 new members into an empty workspace, three times; then the same file again.
    const csv = demoCsv(sampleMembers(10_000, { seed: 11, emailDomain: 'import.example.vn' }));
    const times: number[] = [];
    for (let i = 1; i <= 3; i++) {
      await send('POST', '/api/workspaces', JSON.stringify({ name: `Hội nhập ${i}`, slug: `hoi-nhap-${i}`, kind: 'association' }));
      const t0 = performance.now();
      const res = await upload(`hoi-nhap-${i}`, csv);
      times.push(performance.now() - t0);
      if (res.created !== 10_000) throw new Error(`import created ${res.created}`);
    }
    const t0 = performance.now();
    const again = await upload('hoi-nhap-1', csv);
    const unchanged = performance.now() - t0;
    const mb = (new TextEncoder().encode(csv).length / 2 ** 20).toFixed(1);
    report.add(
      `import of 10,000 rows (${mb} MB CSV, Vietnamese headers) over HTTP, end to end, median of 3`,
      `${(percentile(times, 50) / 1000).toFixed(2)} s (runs ${times.map((t) => (t / 1000).toFixed(2)).join(', ')}); the same file again (${again.unchanged} unchanged): ${(unchanged / 1000).toFixed(2)} s`,
      '≤ 2 s',
    );

    // 2. Search over 20,000 members.
    for (const seed of [21, 22]) await upload('hoi-bench', demoCsv(sampleMembers(10_000, { seed, emailDomain: `s${seed}.example.vn` })));
    const queries = ['nguyen van an', 'dang', 'tran thi', 'le', 'hoang minh duc', 'ngoai thuong', 'example', '0912', 'quynh', 'xyz khong co', 'pham thu trang', 'bach mai', 'n', 'huong'];
    const filters = ['', '&category=honorary', '&tag=phien-dich', '&country=JP', '&status=inactive'];
    const urls = queries.flatMap((q, i) => [`/api/w/hoi-bench/members?limit=50&q=${encodeURIComponent(q)}${filters[i % filters.length]}`]);
    for (const url of urls) await send('GET', url); // warm-up
    // Pages are reused while the register is unchanged (services/answer-cache.ts): a write before
    // each round makes every search in it run in SQLite again, which is what this figure is for.
    const [someone] = (await send('GET', '/api/w/hoi-bench/members?limit=1')).items;
    const searchTimes: number[] = [];
    for (let round = 0; round < 20; round++) {
      await send('PATCH', `/api/w/hoi-bench/members/${someone.id}`, JSON.stringify({ notes: `round ${round}` }));
      for (const url of urls) {
        const s0 = performance.now();
        await send('GET', url);
        searchTimes.push(performance.now() - s0);
      }
    }
    const total = (await send('GET', '/api/w/hoi-bench/members/summary')).total;
    report.add(
      `search \`?q=\` (with a filter on every 5th) over ${total.toLocaleString('en')} members, ${searchTimes.length} sequential requests over HTTP, none answered from the cache`,
      `p95 ${percentile(searchTimes, 95).toFixed(1)} ms, p50 ${percentile(searchTimes, 50).toFixed(1)} ms, max ${Math.max(...searchTimes).toFixed(1)} ms`,
      'p95 ≤ 20 ms',
    );

    // 3. The first page of the register: built afresh after a write, then under load while unchanged.
    const firstPage = '/api/w/hoi-bench/members?limit=50';
    const buildTimes: number[] = [];
    for (let i = 0; i < 50; i++) {
      await send('PATCH', `/api/w/hoi-bench/members/${someone.id}`, JSON.stringify({ notes: `page ${i}` }));
      const b0 = performance.now();
      await send('GET', firstPage);
      buildTimes.push(performance.now() - b0);
    }
    report.add(
      'the first page (`?limit=50`) read right after a write (built afresh), 50 sequential requests over HTTP',
      `p50 ${percentile(buildTimes, 50).toFixed(1)} ms, p95 ${percentile(buildTimes, 95).toFixed(1)} ms`,
      'reference',
    );
    // The snapshot refresh that the last write scheduled (2 s later) must not run during the load.
    await new Promise((resolve) => setTimeout(resolve, refreshDebounceMs + 3_000));
    const line = await versus(`${base}${firstPage}`, { cookie });
    report.add(
      `authenticated \`GET /api/w/:ws/members?limit=50\` (${total.toLocaleString('en')} members, unchanged during the run: the page is reused), 50 connections, against the bare Hono app`,
      line,
      '≥ 25% of bare, no errors',
    );
  } finally {
    stop(server);
  }
}
