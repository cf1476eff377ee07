/**
 * `npm run bench`: the figures of docs/benchmarks.md, measured on this machine. Servers run in
 * their own process groups, the load comes from wrk (lib.ts). `npm run bench --
 * members` runs one area only.
 */
import { foundation } from './foundation';
import { bareUrl, Report, startBare, stop, waitFor } from './lib';
import { members } from './members';
import { rollups } from './rollup';
import { workerCpu } from './worker-cpu';

const areas = { foundation, members, rollups, worker: workerCpu };
const only = process.argv.slice(2).filter((a): a is keyof typeof areas => a in areas);
const report = new Report();

// The bare Hono app that the API's throughput is compared with runs the whole time (lib.ts versus).
const bare = startBare();
try {
  await waitFor(bareUrl);
  for (const [name, area] of Object.entries(areas)) {
    if (!only.length || only.includes(name as keyof typeof areas)) await area(report);
  }
} finally {
  stop(bare);
}
report.print();
