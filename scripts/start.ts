/**
 * The server `npm start` runs (bundled into dist/start.mjs by `npm run build`; scripts/launch.mjs
 * builds what is missing or stale): migrate, load demo data on a new DATA_DIR, serve.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { nodeDeps, nodeSettings, startServer } from '../workers/src/node';
import { loadDemo } from './demo';

const settings = nodeSettings();

const fresh = !existsSync(join(settings.dataDir, 'catalog.db'));
const deps = await nodeDeps(settings);
if (fresh && settings.demo) {
  const demo = await loadDemo(deps);
  console.log(`Demo data loaded. Sign in as ${demo.email} with password ${demo.password}`);
}
startServer(deps, settings);
console.log(`Amity is running at ${settings.publicUrl} (data in ${settings.dataDir})`);
