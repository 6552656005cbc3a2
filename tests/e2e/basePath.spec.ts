import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { eventPanel, listRow, waitForApp } from './support/appLocators.ts';
import { builtEvents } from './support/builtEvents.ts';
import { startStaticServer, type StaticServer } from './support/staticServer.ts';
import { watchPage } from './support/watchPage.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const BASE = '/repo/';

test.use({ viewport: { width: 1440, height: 900 } });
// One build for the file; the tests share it and its server.
test.describe.configure({ mode: 'serial' });

let outDir = '';
let server: StaticServer | null = null;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  outDir = mkdtempSync(join(tmpdir(), 'e2e-base-path-'));
  // Vite alone (the type check already ran in the global setup's build).
  const build = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], {
    cwd: ROOT,
    env: { ...process.env, BASE_PATH: BASE },
    encoding: 'utf8',
  });
  if (build.status !== 0) {
    throw new Error(`BASE_PATH=${BASE} vite build failed:\n${build.stdout}\n${build.stderr}`);
  }
  server = await startStaticServer({ root: outDir, basePath: BASE });
});

test.afterAll(async () => {
  await server?.close();
  if (outDir !== '') rmSync(outDir, { recursive: true, force: true });
});

function url(path: string): string {
  if (server === null) throw new Error('the base-path server is not running');
  return new URL(path, server.url).href;
}

test('under a base path the app loads its data, opens deep links and keeps the prefix', async ({
  page,
}) => {
  const errors = await watchPage(page);
  const { events } = builtEvents();
  const [first, second] = events;
  if (first === undefined || second === undefined) throw new Error('need two events');

  await page.goto(url(`events/${first.id}`));
  await waitForApp(page);
  await expect(eventPanel(page, first.title)).toBeVisible();
  await expect(page.getByText(`${events.length} shown`)).toBeVisible();
  await page.getByRole('button', { name: 'Next event' }).click();
  await expect(eventPanel(page, second.title)).toBeVisible();
  expect(new URL(page.url()).pathname).toBe(`${BASE}events/${second.id}`);

  await page.getByRole('button', { name: 'Close event details' }).click();
  await expect.poll(() => new URL(page.url()).pathname).toBe(BASE);
  await page.reload();
  await waitForApp(page);
  await listRow(page, first.id).click();
  await expect.poll(() => new URL(page.url()).pathname).toBe(`${BASE}events/${first.id}`);
  expect(errors).toEqual([]);
});
