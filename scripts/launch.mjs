// `npm start`: builds what is missing or older than its sources (the web app into web/dist,
// the server into dist/start.mjs), then runs the server. Plain JavaScript, so that starting
// needs no TypeScript tooling.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const newest = (dirs) => {
  let latest = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else latest = Math.max(latest, statSync(path).mtimeMs);
    }
  };
  dirs.filter((d) => existsSync(d)).forEach(walk);
  return latest;
};
const stale = (output, sources) => !existsSync(output) || statSync(output).mtimeMs < newest(sources);
const run = (script) => execFileSync('npm', ['run', '--silent', script], { stdio: 'inherit' });

if (stale('web/dist/index.html', ['web', 'shared'])) {
  console.log('Building the web app…');
  run('build:web');
}
if (stale('dist/start.mjs', ['workers', 'db', 'shared', 'scripts'])) {
  console.log('Building the server…');
  run('build:server');
}
await import(join(process.cwd(), 'dist/start.mjs'));
