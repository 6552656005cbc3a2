import { expect, test, type Route } from '@playwright/test';
import { makeEventsFile } from '../fixtures/makeEventsFile.ts';
import {
  allListIds,
  eventPanel,
  listRow,
  listRows,
  timelineItems,
  waitForApp,
} from './support/appLocators.ts';
import { builtEvents } from './support/builtEvents.ts';
import { routeEventsFile } from './support/routeEventsFile.ts';
import { failOnPageErrors } from './support/failOnPageErrors.ts';

test.use({ viewport: { width: 1440, height: 900 } });

const errors = failOnPageErrors();

/** Removes the browser's log lines for failed requests the test caused on purpose; returns how many. */
function takeFailedRequestLogs(): number {
  const failed = errors.filter((e) => e.startsWith('console.error: Failed to load resource'));
  errors.splice(0, errors.length, ...errors.filter((e) => !failed.includes(e)));
  return failed.length;
}

test('a missing data file shows an error whose Retry works once the file is back', async ({
  page,
}) => {
  const { events } = builtEvents();
  await routeEventsFile(page, { status: 404, body: 'not found', contentType: 'text/plain' });
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading')).toHaveText('The events could not be loaded');
  await expect(alert).toContainText('404');
  await expect(page.getByRole('region', { name: 'Timeline' })).toHaveCount(0);

  // Still broken: Retry shows the error again instead of a blank page.
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(alert.getByRole('heading')).toHaveText('The events could not be loaded');
  expect(takeFailedRequestLogs()).toBe(2);

  await page.unrouteAll();
  await page.getByRole('button', { name: 'Retry' }).click();
  await waitForApp(page);
  await expect(page.getByText(`${events.length} shown`)).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a data file that is not JSON shows the error, and Retry recovers', async ({ page }) => {
  await routeEventsFile(page, { status: 200, body: '{"schemaVersion": 1, "events": [tru' });
  await page.goto('./');
  const alert = page.getByRole('alert');
  // What went wrong and what to do about it; a damaged file is not a connection problem.
  await expect(alert).toContainText(/The data file is not valid JSON: .*damaged.*npm run parse/);
  await expect(alert).not.toContainText('connection');
  await page.unrouteAll();
  await page.getByRole('button', { name: 'Retry' }).click();
  await waitForApp(page);
  await expect(page.getByText(`${builtEvents().events.length} shown`)).toBeVisible();
});

test('a data file of another schema version is refused with a clear message', async ({ page }) => {
  await routeEventsFile(page, {
    status: 200,
    body: JSON.stringify({ schemaVersion: 2, sources: [], events: [] }),
  });
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText('schema version 2');
  await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
});

test('"Loading events…" shows until the data arrives', async ({ page }) => {
  let release: () => void = () => {};
  const released = new Promise<void>((done) => {
    release = done;
  });
  await page.route('**/data/events.json', async (route: Route) => {
    await released;
    await route.continue();
  });
  await page.goto('./');
  await expect(page.getByText('Loading events…')).toBeVisible();
  // The filters and search are there before the data.
  await expect(page.getByRole('searchbox', { name: 'Search events' })).toBeVisible();
  release();
  await waitForApp(page);
  await expect(page.getByText('Loading events…')).toHaveCount(0);
});

test('invalid events are left out and counted; undated ones are listed under "Date unknown"', async ({
  page,
}) => {
  const file = makeEventsFile(300);
  const undated = file.events.filter((e) => e.date.start === null);
  expect(undated.length).toBeGreaterThan(0);
  const raw = JSON.parse(JSON.stringify(file)) as { events: Array<Record<string, unknown>> };
  // Two broken events: one without themes, one with a date the schema rejects.
  const [first, second] = raw.events;
  if (first === undefined || second === undefined) throw new Error('fixture too small');
  first.themes = [];
  second.date = { start: 'last Tuesday', precision: 'day', approximate: false };
  await routeEventsFile(page, { status: 200, body: JSON.stringify(raw) });
  await page.goto('./');
  await waitForApp(page);

  await expect(page.getByRole('status').filter({ hasText: 'invalid' })).toHaveText(
    /^2 events in the data file were invalid and are not shown\./,
  );
  await expect(page.getByText(`${file.events.length - 2} shown`)).toBeVisible();

  // Keyboard to the end of the list: the undated events are there, under their own heading.
  const lastUndated = undated[undated.length - 1];
  if (lastUndated === undefined) throw new Error('no undated event');
  await listRows(page).first().focus();
  await page.keyboard.press('End');
  await expect(listRow(page, lastUndated.id)).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Date unknown', level: 3 })).toBeVisible();
  const ids = await allListIds(page);
  expect(ids.slice(-undated.length).sort()).toEqual(undated.map((e) => e.id).sort());
  // An undated event opens like any other, though the timeline has no place for it.
  await page.keyboard.press('Enter');
  await expect(eventPanel(page, lastUndated.title)).toBeVisible();
  await expect(page.locator('.vis-item.vis-selected')).toHaveCount(0);

  // With 300 events the overview aggregates: counts per period instead of 300 boxes.
  await page.keyboard.press('Escape');
  await page
    .getByRole('region', { name: 'Timeline' })
    .getByRole('button', { name: 'Fit all' })
    .click();
  await expect(timelineItems(page).first()).toBeVisible();
  expect(await timelineItems(page).count()).toBeLessThan(file.events.length);
});

test('a timeline that fails to load leaves the list usable and can be tried again', async ({
  page,
}) => {
  const ev = builtEvents().events[0];
  if (ev === undefined) throw new Error('the built data has no events');
  await page.route('**/assets/TimelineView-*.js', (route) =>
    route.fulfill({ status: 503, body: 'unavailable', contentType: 'text/plain' }),
  );
  await page.goto('./');
  const failed = page.getByRole('alert').filter({ hasText: 'The timeline could not be shown.' });
  await expect(failed).toBeVisible();
  await listRow(page, ev.id).click();
  await expect(eventPanel(page, ev.title)).toBeVisible();
  expect(takeFailedRequestLogs()).toBeGreaterThan(0);
  errors.splice(
    0,
    errors.length,
    ...errors.filter((e) => !e.includes('Failed to fetch dynamically imported module')),
  );

  await page.unrouteAll();
  await failed.getByRole('button', { name: 'Try again' }).click();
  await expect(timelineItems(page).first()).toBeVisible();
  await expect(failed).toHaveCount(0);
});
