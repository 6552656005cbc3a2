import AxeBuilder from '@axe-core/playwright';
import { readFileSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { EventsFile } from '../../src/data/eventSchema.ts';
import { formatEventDate } from '../../src/components/shared/formatEventDate.ts';
import {
  allListIds,
  eventPanel,
  listRow,
  timelineTitles,
  waitForApp,
} from './support/appLocators.ts';
import { copyProjectForDev, type ProjectCopy } from './support/copyProjectForDev.ts';
import { failOnPageErrors } from './support/failOnPageErrors.ts';
import { formatAxeViolations } from './support/formatAxeViolations.ts';
import { attachOutputOnFailure, startDevServer, type DevServer } from './support/startDevServer.ts';
import { startStaticServer } from './support/staticServer.ts';

// One dev server on one copy of seeds/ for the whole file; each test builds on the last save.
test.describe.configure({ mode: 'serial' });

let project: ProjectCopy;
let server: DevServer;
const errors = failOnPageErrors();
attachOutputOnFailure(() => server);

test.beforeAll(async () => {
  project = copyProjectForDev();
  server = await startDevServer({ root: project.root });
});

test.afterAll(async () => {
  await server.stop();
  project.remove();
});

const curationPath = () => join(project.seedsDir, 'curation.json');
const readCuration = () => readFileSync(curationPath(), 'utf8');
const builtEvents = (): EventsFile['events'] =>
  (JSON.parse(readFileSync(join(project.root, 'public/data/events.json'), 'utf8')) as EventsFile)
    .events;

async function openEvent(page: Page, id: string): Promise<void> {
  await page.goto(`${server.url}events/${id}`);
  await waitForApp(page);
}

test('correct a title and a date: the timeline and list show them, the file holds that edit', async ({
  page,
}) => {
  const before = JSON.parse(readCuration()) as { edits: { id: string }[] };
  const event = builtEvents().find((e) => e.id === 'us-china-geneva-talks');
  if (event === undefined) throw new Error('the seed has no Geneva talks');
  await openEvent(page, event.id);

  // By keyboard: focus the button, open the form, and type.
  const open = page.getByRole('button', { name: 'Correct this event' });
  await open.focus();
  await page.keyboard.press('Enter');
  const form = page.getByRole('form', { name: 'Correct this event' });
  await expect(form.getByRole('heading', { name: 'Correct this event' })).toBeFocused();
  expect(
    formatAxeViolations(await new AxeBuilder({ page }).include('.correct-form').analyze()),
  ).toEqual([]);

  await form.getByLabel('Title').fill('Geneva talks end in a 90-day tariff truce');
  await form.getByLabel('Start').fill('2025-05-12');
  await form.getByLabel('End (optional)').fill('');
  await form.getByRole('button', { name: 'Save correction' }).press('Enter');

  const title = 'Geneva talks end in a 90-day tariff truce';
  const date = { start: '2025-05-12', precision: 'day', approximate: false } as const;
  // After the re-parse and reload: still selected, corrected everywhere it shows.
  await expect(eventPanel(page, title)).toBeVisible();
  await expect(eventPanel(page, title)).toContainText(formatEventDate(date, event.status));
  await expect(listRow(page, event.id)).toContainText(title);
  await expect(listRow(page, event.id)).toContainText(formatEventDate(date, event.status));
  await expect.poll(() => timelineTitles(page)).toContain(title);
  expect(new URL(page.url()).pathname).toBe(`/events/${event.id}`);

  const after = JSON.parse(readCuration()) as { merges: unknown[]; edits: { id: string }[] };
  expect(after.edits.find((e) => e.id === event.id)).toEqual({ id: event.id, title, date });
  expect(after.edits.filter((e) => e.id !== event.id)).toEqual(before.edits);
  expect(readCuration()).toMatch(/\n {4}\{\n {6}"id": "us-china-geneva-talks",\n {6}"title"/);
});

test('hide an event: it is gone from the list and the timeline', async ({ page }) => {
  const event = builtEvents().find((e) => e.id === 'us-critical-technology-sales-limits');
  if (event === undefined) throw new Error('the seed has no technology sales limits');
  await openEvent(page, event.id);
  await page.getByRole('button', { name: 'Correct this event' }).click();
  await page.getByRole('checkbox', { name: 'Hide this event' }).check();
  await page.getByRole('button', { name: 'Save correction' }).click();

  await expect(listRow(page, event.id)).toHaveCount(0);
  await expect.poll(() => timelineTitles(page)).not.toContain(event.title);
  await expect(page.getByText('Event not found')).toHaveCount(0);
  expect(builtEvents().map((e) => e.id)).not.toContain(event.id);
});

test('merge two events: one remains, with the sentences of both', async ({ page }) => {
  const events = builtEvents();
  const from = events.find((e) => e.id === 'xi-visit-washington');
  const into = events.find((e) => e.id === 'trump-visit-beijing');
  if (from === undefined || into === undefined) throw new Error('the seed lacks the two visits');
  await openEvent(page, from.id);
  await page.getByRole('button', { name: 'Correct this event' }).click();
  await page
    .getByRole('searchbox', { name: 'Find the event this one is the same as' })
    .fill('Beijing');
  await page.getByRole('radio', { name: new RegExp(`^${into.title}`) }).check();
  await page.getByRole('button', { name: 'Save correction' }).click();

  const panel = eventPanel(page, into.title);
  await expect(panel).toBeVisible();
  await expect(listRow(page, from.id)).toHaveCount(0);
  await expect(listRow(page, into.id)).toHaveCount(1);
  for (const m of [...into.mentions, ...from.mentions]) {
    await expect(panel.locator('blockquote', { hasText: m.quote })).toHaveCount(1);
  }
  expect(JSON.parse(readCuration())).toMatchObject({
    merges: [{ into: into.id, from: [from.id] }],
  });
});

test('needs review: a filter with its count, reasons in the panel, and "checked" clears them', async ({
  page,
}) => {
  const unsure = builtEvents().filter((e) => (e.review ?? []).length > 0);
  const first = unsure[0];
  if (first === undefined) throw new Error('the seed has no event to review');
  await openEvent(page, first.id);
  const filter = page.getByRole('button', { name: `Needs review (${unsure.length})` });
  await filter.click();
  await expect(filter).toHaveAttribute('aria-pressed', 'true');
  // The list is virtualised: read it through, not just the rows on screen.
  await expect
    .poll(async () => (await allListIds(page)).sort())
    .toEqual(unsure.map((e) => e.id).sort());
  const panel = eventPanel(page, first.title);
  for (const reason of first.review ?? []) await expect(panel).toContainText(reason);
  const axe = await new AxeBuilder({ page })
    .include('.review-tools')
    .include('.correct-section')
    .analyze();
  expect(formatAxeViolations(axe)).toEqual([]);

  await panel.getByRole('button', { name: 'Mark as checked' }).click();
  await expect(
    page.getByRole('button', { name: `Needs review (${unsure.length - 1})` }),
  ).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Needs review' })).toHaveCount(0);
  expect(JSON.parse(readCuration())).toMatchObject({
    edits: expect.arrayContaining([{ id: first.id, checked: true }]),
  });
});

test('an edit whose event is gone is reported on the page', async ({ page }) => {
  await openEvent(page, 'trump-xi-call');
  const doc = JSON.parse(readCuration()) as { edits: object[] };
  writeFileSync(
    curationPath(),
    `${JSON.stringify({ ...doc, edits: [...doc.edits, { id: 'talks-that-never-were', title: 'Gone' }] }, null, 2)}\n`,
  );
  await expect(page.getByText('1 curation edit no longer applies')).toBeVisible();
  await expect(page.getByText('no event with id "talks-that-never-were"')).toBeVisible();
});

test.describe('POST /__curation refuses, and the file stays as it was,', () => {
  const token = async (page: Page): Promise<string> => {
    await page.goto(server.url);
    const value = await page.locator('meta[name="curation-token"]').getAttribute('content');
    if (value === null) throw new Error('the dev page carries no token');
    return value;
  };
  const body = JSON.stringify({ edit: { id: 'trump-xi-call', title: 'Hijacked' } });
  // node:http rather than a browser, so the test decides every header, Origin included.
  const post = (headers: Record<string, string>, data: string): Promise<number> =>
    new Promise((resolve, reject) => {
      const req = httpRequest(
        new URL('__curation', server.url),
        { method: 'POST', headers },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.end(data);
    });

  test('from another origin, without the token, or with an invalid body', async ({ page }) => {
    const good = await token(page);
    await page.goto('about:blank');
    const origin = server.url.replace(/\/$/, '');
    const before = readCuration();
    const attempts: [string, Record<string, string>, string][] = [
      ['another origin', { origin: 'http://evil.example', 'x-curation-token': good }, body],
      ['no token', { origin }, body],
      ['a wrong token', { origin, 'x-curation-token': 'f'.repeat(64) }, body],
      ['an invalid body', { origin, 'x-curation-token': good }, '{"edit":{"id":"x","themes":[]}}'],
    ];
    for (const [what, headers, data] of attempts) {
      const status = await post({ 'content-type': 'application/json', ...headers }, data);
      expect(status, what).toBeGreaterThanOrEqual(400);
      expect(status, what).toBeLessThan(500);
      expect(readCuration(), what).toBe(before);
    }
    // The same request with the page's own origin and token is the one that is accepted.
    const accepted = await post(
      { 'content-type': 'application/json', origin, 'x-curation-token': good },
      body,
    );
    expect(accepted).toBe(200);
    expect(readCuration()).toContain('"title": "Hijacked"');
  });

  test('a page of another origin cannot save, even with a request the browser lets through', async ({
    page,
  }) => {
    const before = readCuration();
    // Another port on 127.0.0.1 is another origin in the same address space: nothing but our
    // server's checks stands between its page and the endpoint.
    const other = await startStaticServer({ root: join(project.root, 'public') });
    try {
      await page.goto(`${other.url}robots.txt`);
      const outcomes = await page.evaluate(async (url) => {
        const attempt = async (init: RequestInit) => {
          try {
            const response = await fetch(url, { method: 'POST', ...init });
            return `${response.type} ${response.status}`;
          } catch {
            return 'blocked';
          }
        };
        const body = '{"edit":{"id":"trump-xi-call","title":"From elsewhere"}}';
        return [
          // A "simple" request: sent without a preflight, its answer unreadable.
          await attempt({ mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body }),
          // A JSON request: preflighted; Vite's own CORS rule lets 127.0.0.1 origins through
          // that, so the endpoint's Origin check is what refuses it.
          await attempt({ headers: { 'content-type': 'application/json' }, body }),
        ];
      }, `${server.url}__curation`);
      expect(outcomes[0]).toBe('opaque 0');
      expect(['blocked', 'cors 403']).toContain(outcomes[1]);
      expect(readCuration()).toBe(before);
      // Leaving the page flushes its console, so every refusal it logged is in by now.
      await page.goto('about:blank');
    } finally {
      await other.close();
    }
    // The browser logs the refusals (and the foreign page's missing favicon): expected here.
    const expected = errors.filter((e) => /Failed to load resource|__curation/.test(e));
    expect(expected.length).toBeGreaterThan(0);
    errors.splice(0, errors.length, ...errors.filter((e) => !expected.includes(e)));
  });
});
