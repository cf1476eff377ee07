/** `npm start`: build the web app if missing, migrate, load demo data on a new DATA_DIR, serve. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { nodeDeps, nodeSettings, startServer } from '../workers/src/node';
import { loadDemo } from './demo';

const settings = nodeSettings();
const root = join(import.meta.dirname, '..');

if (!existsSync(join(root, 'web/dist/index.html'))) {
  console.log('Building the web app (first start)…');
  execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', 'web', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
}

const fresh = !existsSync(join(settings.dataDir, 'catalog.db'));
const deps = await nodeDeps(settings);
if (fresh && settings.demo) {
  const demo = await loadDemo(deps);
  console.log(`Demo data loaded. Sign in as ${demo.email} with password ${demo.password}`);
}
startServer(deps, settings);
console.log(`Amity is running at ${settings.publicUrl} (data in ${settings.dataDir})`);
