import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startStaticServer } from './staticServer.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const DIST = resolve(ROOT, 'dist');

/**
 * Builds the production app once for the whole run and serves `dist/` on a free port of
 * 127.0.0.1. Workers read the address from E2E_BASE_URL (they inherit the runner's environment).
 * The returned function is Playwright's global teardown: it stops the server.
 * E2E_SKIP_BUILD=1 reuses an existing `dist/` when iterating locally.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  if (process.env.E2E_SKIP_BUILD !== '1' || !existsSync(resolve(DIST, 'index.html'))) {
    const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) {
      throw new Error(`npm run build failed (exit ${String(build.status ?? build.signal)})`);
    }
  }
  if (!existsSync(resolve(DIST, 'index.html'))) {
    throw new Error('npm run build did not produce dist/index.html');
  }
  const server = await startStaticServer({
    root: DIST,
    basePath: process.env.BASE_PATH ?? '/',
  });
  process.env.E2E_BASE_URL = server.url;
  return () => server.close();
}
