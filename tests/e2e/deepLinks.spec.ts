import { expect, test, type Page } from '@playwright/test';
import type { TimelineEvent } from '../../src/data/eventSchema.ts';
import {
  allListIds,
  eventPanel,
  listRow,
  listRows,
  overlaps,
  searchBox,
  selectedTimelineItem,
  themeToggle,
  timelineEventItems,
  timelineItems,
  waitForApp,
} from './support/appLocators.ts';
import { builtEvents, datedEvents, pick } from './support/builtEvents.ts';
import { failOnPageErrors } from './support/failOnPageErrors.ts';

test.use({ viewport: { width: 1440, height: 900 } });

failOnPageErrors();

/** The event is open in the panel, current in the list and selected on the timeline, all in view. */
async function expectOpen(page: Page, ev: TimelineEvent): Promise<void> {
  await expect(eventPanel(page, ev.title)).toBeVisible();
  await expect(eventPanel(page, ev.title).getByRole('heading', { level: 2 })).toHaveText(ev.title);
  const row = listRow(page, ev.id);
  await expect(row).toHaveAttribute('aria-current', 'true');
  await expect(row).toBeInViewport();
  await expect(page.locator('[aria-current="true"][data-event-id]')).toHaveCount(1);
  if (ev.date.start !== null) {
    const item = selectedTimelineItem(page);
    await expect(item).toHaveCount(1);
    await expect(item).toContainText(ev.title);
    await expect
      .poll(() => overlaps(item, page.locator('.vis-panel.vis-center')), {
        message: 'the selected item is inside the visible part of the timeline',
      })
      .toBe(true);
  }
}

test('opening /events/<id> directly shows that event, selected and in view', async ({ page }) => {
  // The last event: the list has to scroll to it and the timeline has to move to it.
  const ev = pick(datedEvents(builtEvents().events), -1);
  await page.goto(`events/${ev.id}`);
  await waitForApp(page);
  await expectOpen(page, ev);
  await expect(page).toHaveTitle(`${ev.title} · US–China Relations Timeline`);
  // The panel shows where the event comes from.
  const panel = eventPanel(page, ev.title);
  await expect(panel.getByRole('heading', { name: /^Sources/ })).toBeVisible();
  await expect(panel.locator('blockquote').first()).toHaveText(pick(ev.mentions, 0).quote);
});

test('"Read in article" shows the whole article with the sentence marked', async ({ page }) => {
  const { events, sources } = builtEvents();
  const ev = pick(events, 0);
  const mention = pick(ev.mentions, 0);
  const source = sources.find((s) => s.id === mention.sourceId);
  if (source === undefined) throw new Error(`no source ${mention.sourceId}`);
  await page.goto(`events/${ev.id}`);
  await waitForApp(page);

  await eventPanel(page, ev.title).getByRole('button', { name: 'Read in article' }).first().click();
  const article = page.getByRole('region', { name: source.title });
  await expect(article).toBeVisible();
  await expect(article.locator('mark')).toHaveText(mention.quote);
  await expect(article.locator('mark')).toBeInViewport();
  await article.getByRole('button', { name: 'Back to event' }).click();
  await expect(eventPanel(page, ev.title).getByRole('heading', { level: 2 })).toHaveText(ev.title);
});

test('Previous and Next walk through the filtered events', async ({ page }) => {
  const { events } = builtEvents();
  const first = pick(events, 0);
  const second = pick(events, 1);
  await page.goto(`events/${first.id}`);
  await waitForApp(page);
  await expect(page.getByRole('button', { name: 'Previous event' })).toBeDisabled();
  await page.getByRole('button', { name: 'Next event' }).click();
  await expectOpen(page, second);
  await expect(page).toHaveURL(new RegExp(`/events/${second.id}$`));
  await page.getByRole('button', { name: 'Previous event' }).click();
  await expectOpen(page, first);
});

test('Back and Forward step through the opened events', async ({ page }) => {
  const { events } = builtEvents();
  const [a, b, c] = [pick(events, 0), pick(events, 2), pick(events, -1)];
  await page.goto('./');
  await waitForApp(page);

  await listRow(page, a.id).click();
  await expectOpen(page, a);
  await listRow(page, b.id).click();
  await expectOpen(page, b);
  // Filter and search changes replace the entry instead of adding one.
  const before = await page.evaluate(() => history.length);
  await searchBox(page).fill(b.title);
  await searchBox(page).fill('');
  await themeToggle(page, 'Trade').click();
  await themeToggle(page, 'Trade').click();
  expect(await page.evaluate(() => history.length)).toBe(before);
  await page.getByRole('button', { name: 'Next event' }).click();
  const afterB = pick(events, 3);
  await expectOpen(page, afterB);
  await page.goto(`events/${c.id}`);
  await waitForApp(page);
  await expectOpen(page, c);

  await page.goBack();
  await expectOpen(page, afterB);
  await page.goBack();
  await expectOpen(page, b);
  await page.goBack();
  await expectOpen(page, a);
  await page.goBack();
  await expect(page.getByText('No event selected')).toBeVisible();
  await expect(page.locator('[aria-current="true"][data-event-id]')).toHaveCount(0);
  await expect(selectedTimelineItem(page)).toHaveCount(0);
  expect(new URL(page.url()).pathname).not.toContain('/events/');

  await page.goForward();
  await expectOpen(page, a);
  await page.goForward();
  await expectOpen(page, b);
});

test('a reload keeps the filters, the search, the window and the selection', async ({ page }) => {
  const { events } = builtEvents();
  const query = 'trump';
  const expected = events.filter(
    (e) =>
      e.themes.some((t) => t !== 'technology') &&
      [e.title, e.summary, ...e.actors, ...e.tags, ...e.mentions.map((m) => m.quote)].some((f) =>
        f.toLowerCase().includes(query),
      ),
  );
  expect(expected.length).toBeGreaterThan(1);
  const target = pick(expected, 1);
  await page.goto('./');
  await waitForApp(page);

  await themeToggle(page, 'Technology').click();
  await searchBox(page).fill(query);
  await expect(page.getByText(`${expected.length} shown`)).toBeVisible();
  await listRow(page, target.id).click();
  await expectOpen(page, target);
  await page
    .getByRole('region', { name: 'Timeline' })
    .getByRole('button', { name: 'Zoom in' })
    .click();
  await expect(page).toHaveURL(/[?&]from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
  // Zooming in on the middle can leave the open event outside the window, and a link to an
  // event always shows it: choosing its row again brings it into the window, at this zoom.
  await listRow(page, target.id).click();
  await expect(page).toHaveURL(/[?&]from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
  const url = page.url();

  await page.reload();
  await waitForApp(page);
  expect(page.url()).toBe(url);
  await expect(themeToggle(page, 'Technology')).toHaveAttribute('aria-pressed', 'false');
  await expect(themeToggle(page, 'Trade')).toHaveAttribute('aria-pressed', 'true');
  await expect(searchBox(page)).toHaveValue(query);
  await expect(page.getByText(`${expected.length} shown`)).toBeVisible();
  expect((await allListIds(page)).sort()).toEqual(expected.map((e) => e.id).sort());
  await expectOpen(page, target);
  // The window came back too: after settling, the URL still names the same days.
  await expect(timelineItems(page).first()).toBeVisible();
  expect(page.url()).toBe(url);
});

test('an unknown event id shows a notice over a working timeline', async ({ page }) => {
  const { events } = builtEvents();
  await page.goto('events/no-such-event-anywhere');
  await waitForApp(page);

  const notice = page.getByRole('alert').filter({ hasText: 'Event not found.' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('no-such-event-anywhere');
  await expect(page.getByText(`${events.length} shown`)).toBeVisible();
  await expect(page.getByText('No event selected')).toBeVisible();
  // The timeline works: an item can still be opened from it.
  const ev = pick(datedEvents(events), 0);
  await timelineEventItems(page).filter({ hasText: ev.title }).click();
  await expectOpen(page, ev);
  await expect(notice).toHaveCount(0);

  await page.goto('events/no-such-event-anywhere');
  await waitForApp(page);
  await page.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(new URL(page.url()).pathname).not.toContain('/events/');
});

test('an unknown page and garbage in the query fall back to the whole timeline', async ({
  page,
  baseURL,
}) => {
  const { events } = builtEvents();
  await page.goto('no/such/page');
  await waitForApp(page);
  const notice = page.getByRole('alert').filter({ hasText: 'Page not found.' });
  await expect(notice).toBeVisible();
  await expect(page.getByText(`${events.length} shown`)).toBeVisible();
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);

  await page.goto('./?themes=%00nonsense&q&from=2025-02-30&to=yesterday&zoom=%E0%A4%A');
  await waitForApp(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
  for (const label of ['Trade', 'Technology', 'Diplomacy'] as const) {
    await expect(themeToggle(page, label)).toHaveAttribute('aria-pressed', 'true');
  }
  await expect(listRows(page).first()).toBeVisible();
  await expect(page.getByText(`${events.length} shown`)).toBeVisible();
  // The address bar is cleaned up, so a copied link carries no garbage.
  expect(page.url()).toBe(new URL('./', baseURL).href);
});

test('a deep link on a slow machine still draws the timeline', async ({ page }) => {
  // On a slow CPU vis finished its first window change after the last redraw and stayed
  // invisible (blank timeline, no axis); 8× throttling showed it on most runs.
  const ev = pick(datedEvents(builtEvents().events), 0);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
  await page.goto(`events/${ev.id}`);
  await expect(page.getByRole('heading', { name: 'Events', level: 2 })).toBeVisible({
    timeout: 20_000,
  });
  await expect(selectedTimelineItem(page)).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.vis-timeline')).toBeVisible();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
});
