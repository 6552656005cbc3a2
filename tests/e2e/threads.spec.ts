import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { Thread } from '../../src/data/eventSchema.ts';
import {
  allListIds,
  eventPanel,
  listRow,
  pathAndQuery,
  timelineTitles,
  waitForApp,
} from './support/appLocators.ts';
import { builtEvents } from './support/builtEvents.ts';
import { failOnPageErrors } from './support/failOnPageErrors.ts';
import { formatAxeViolations } from './support/formatAxeViolations.ts';
import { screenshotPath } from './support/screenshotPath.ts';
import { settleAnimations } from './support/settleAnimations.ts';

test.use({ viewport: { width: 1440, height: 900 } });

failOnPageErrors();

/** The longest thread of the built data, with its events' titles; the data decides, not the test. */
function longestThread(): { thread: Thread; titles: string[] } {
  const { events, threads = [] } = builtEvents();
  const thread = [...threads].sort((a, b) => b.eventIds.length - a.eventIds.length)[0];
  if (thread === undefined || thread.eventIds.length < 3) {
    throw new Error('the built data has no thread of three events or more');
  }
  const byId = new Map(events.map((e) => [e.id, e]));
  return { thread, titles: thread.eventIds.map((id) => byId.get(id)?.title ?? id) };
}

function toneChart(page: Page) {
  return page.getByRole('img', { name: /^Tone of US–China relations by month/ });
}

test('?thread= narrows the list and the timeline to the thread, with a way back', async ({
  page,
}) => {
  const { thread, titles } = longestThread();
  await page.goto(`./?thread=${thread.id}`);
  await waitForApp(page);
  await expect(page.getByRole('status').filter({ hasText: 'Showing one thread' })).toContainText(
    thread.title,
  );
  expect((await allListIds(page)).sort()).toEqual([...thread.eventIds].sort());
  await expect.poll(() => timelineTitles(page)).toEqual([...titles].sort());

  await page.getByRole('button', { name: 'Show all events' }).click();
  await expect.poll(async () => (await allListIds(page)).length).toBe(builtEvents().events.length);
  expect(pathAndQuery(page).params.has('thread')).toBe(false);
});

test('the panel names the thread and steps through it; Back and Forward keep the thread', async ({
  page,
}) => {
  const { thread, titles } = longestThread();
  const [firstId, secondId] = thread.eventIds;
  const [firstTitle = '', secondTitle = ''] = titles;
  await page.goto(`events/${firstId ?? ''}?thread=${thread.id}`);
  await waitForApp(page);
  const panel = eventPanel(page, firstTitle);
  await expect(panel.getByText(`Part of: ${thread.title}`)).toBeVisible();
  await expect(listRow(page, firstId ?? '')).toHaveAttribute('aria-current', 'true');

  await panel.getByRole('button', { name: new RegExp(`^After:.*${escape(secondTitle)}`) }).click();
  await expect(eventPanel(page, secondTitle)).toBeVisible();
  expect(pathAndQuery(page).pathname).toMatch(new RegExp(`/events/${secondId ?? ''}$`));
  expect(pathAndQuery(page).params.get('thread')).toBe(thread.id);

  await page.goBack();
  await expect(eventPanel(page, firstTitle)).toBeVisible();
  expect(pathAndQuery(page).params.get('thread')).toBe(thread.id);
  expect((await allListIds(page)).sort()).toEqual([...thread.eventIds].sort());
  await page.goForward();
  await expect(eventPanel(page, secondTitle)).toBeVisible();
  await expect(page.getByText('Showing one thread')).toBeVisible();

  // The timeline marks the open event's thread on its items, not only by colour.
  await expect(page.locator('.vis-item.tl-event.is-in-thread').first()).toBeVisible();
});

test('an unknown thread says so and shows every event', async ({ page }) => {
  await page.goto('./?thread=no-such-thread');
  await waitForApp(page);
  await expect(page.getByRole('alert')).toContainText('Thread not found');
  await expect(page.getByRole('alert')).toContainText('no-such-thread');
  expect((await allListIds(page)).length).toBe(builtEvents().events.length);
});

test('the tone chart is there, says its range, has a table twin, and follows the filters', async ({
  page,
}) => {
  await page.goto('./');
  await waitForApp(page);
  const chart = toneChart(page);
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAttribute('aria-label', /−10 \(conflict\) to \+10 \(cooperation\)/);
  await expect(chart).toHaveAttribute('aria-label', /monthly means range from [−+]?\d/);
  await page.locator('.tone-chart').screenshot({ path: screenshotPath('tone-chart') });

  await page.getByText('Tone by month as a table').click();
  const table = page.getByRole('table', { name: 'Tone of relations by month' });
  await expect(table).toBeVisible();
  const allMonths = await table.getByRole('row').count();
  expect(allMonths).toBeGreaterThan(2);

  const { thread } = longestThread();
  await page.goto(`./?thread=${thread.id}`);
  await waitForApp(page);
  await page.getByText('Tone by month as a table').click();
  await expect
    .poll(() =>
      page.getByRole('table', { name: 'Tone of relations by month' }).getByRole('row').count(),
    )
    .toBeLessThan(allMonths);
});

test('axe finds no violations with a thread open and the tone table shown', async ({ page }) => {
  const { thread, titles } = longestThread();
  await page.goto(`events/${thread.eventIds[1] ?? ''}?thread=${thread.id}`);
  await waitForApp(page);
  await expect(eventPanel(page, titles[1] ?? '')).toBeVisible();
  await page.getByText('Tone by month as a table').click();
  await settleAnimations(page);
  const results = await new AxeBuilder({ page }).analyze();
  expect(formatAxeViolations(results)).toEqual([]);
  await page.screenshot({ path: screenshotPath('thread-open') });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
