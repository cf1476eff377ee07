import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the server under test answers, e.g. http://localhost:41234 */
    baseUrl: string;
    /** The server's DATA_DIR: its outbox/ holds the e-mails it sent. */
    dataDir: string;
  }
}

const root = join(import.meta.dirname, '../..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForHealth(baseUrl: string, server: ChildProcess, log: string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) break;
    const ok = await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The server did not answer /api/health. Its output:\n${readFileSync(log, 'utf8')}`);
}

/** Builds the web app, starts the real server on a fresh data folder, stops it afterwards. */
export default async function setup(project: TestProject) {
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', 'web', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });

  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'amity-e2e-'));
  const baseUrl = `http://localhost:${port}`;
  const log = join(dataDir, 'server.log');
  const out = openSync(log, 'a');
  // Its own process group, so that teardown stops the server and anything it started.
  const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', out, out],
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, DEMO: '0', PUBLIC_URL: baseUrl },
  });
  const exited = new Promise((resolve) => server.once('exit', resolve));

  const teardown = async () => {
    if (server.exitCode === null && server.pid) {
      process.kill(-server.pid, 'SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(baseUrl, server, log);
  } catch (e) {
    await teardown();
    throw e;
  }
  project.provide('baseUrl', baseUrl);
  project.provide('dataDir', dataDir);
  return teardown;
}
