import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { EventsFile } from '../../src/data/eventSchema.ts';
import { allListIds, listRow, waitForApp } from './support/appLocators.ts';
import { builtEvents, pick } from './support/builtEvents.ts';
import { failOnPageErrors } from './support/failOnPageErrors.ts';
import {
  attachOutputOnFailure,
  makeFreshCopy,
  removeCopy,
  startDevServer,
  type DevServer,
} from './support/startDevServer.ts';

test.use({ viewport: { width: 1440, height: 900 } });
test.describe.configure({ mode: 'serial' });
failOnPageErrors();
attachOutputOnFailure(() => server);

// The README's first command on a fresh clone: no public/data until the seeds plugin writes it.
let root = '';
let server: DevServer | null = null;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  root = makeFreshCopy();
  server = await startDevServer({ root });
});

test.afterAll(async () => {
  await server?.stop();
  removeCopy(root);
});

test('npm run dev on a fresh clone shows the seed events on its first start', async ({ page }) => {
  test.setTimeout(120_000);
  if (server === null) throw new Error('no dev server');
  await page.goto(server.url);
  await waitForApp(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
  // Same seeds as the production build, so the same events.
  const expected = builtEvents()
    .events.map((e) => e.id)
    .sort();
  expect((await allListIds(page)).sort()).toEqual(expected);
});

test('editing the seeds folder re-parses and reloads the page with the change', async ({
  page,
}) => {
  test.setTimeout(120_000);
  if (server === null) throw new Error('no dev server');
  await page.goto(server.url);
  await waitForApp(page);
  const served = (await (
    await page.request.get(`${server.url}data/events.json`)
  ).json()) as EventsFile;
  const target = pick(served.events, 0);
  const title = 'Retitled while the dev server runs';
  await expect(listRow(page, target.id)).not.toContainText(title);

  const curationFile = join(root, 'seeds', 'curation.json');
  const curation = JSON.parse(readFileSync(curationFile, 'utf8')) as { edits?: unknown[] };
  curation.edits = [...(curation.edits ?? []), { id: target.id, title }];
  writeFileSync(curationFile, `${JSON.stringify(curation, null, 2)}\n`);

  await expect(listRow(page, target.id)).toContainText(title, { timeout: 30_000 });
});
