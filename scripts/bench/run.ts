/**
 * `npm run bench`: the figures of docs/benchmarks.md, measured on this machine. Servers run in
 * their own process groups, the load comes from this process (autocannon). `npm run bench --
 * members` runs one area only.
 */
import { foundation } from './foundation';
import { load, Report, start, stop, tsx, waitFor } from './lib';
import { members } from './members';
import { rollups } from './rollup';
import { workerCpu } from './worker-cpu';

const areas = { foundation, members, rollups, worker: workerCpu };
const only = process.argv.slice(2).filter((a): a is keyof typeof areas => a in areas);
const report = new Report();

// The bare Hono "hello" app that the API's throughput is compared with, 50 connections.
const hello = start([...tsx, 'scripts/bench/hello.ts'], { PORT: '8901' });
await waitFor('http://127.0.0.1:8901/');
const bare = await load('http://127.0.0.1:8901/');
stop(hello);
report.add('bare Hono hello, 50 connections', `${bare.rps.toFixed(0)} req/s, p99 ${bare.p99} ms, ${bare.errors} errors`, 'reference');

for (const [name, area] of Object.entries(areas)) {
  if (!only.length || only.includes(name as keyof typeof areas)) await area(report, bare);
}
report.print();
