import { expect, test, type Page } from '@playwright/test';
import type { TimelineEvent } from '../../src/data/eventSchema.ts';
import {
  eventPanel,
  allListIds,
  listRow,
  searchBox,
  selectedTimelineItem,
  themeToggle,
  timelineEventItems,
  timelineItems,
  timelineTitles,
  waitForApp,
} from './support/appLocators.ts';
import { builtEvents, datedEvents } from './support/builtEvents.ts';
import { failOnPageErrors } from './support/failOnPageErrors.ts';

test.use({ viewport: { width: 1440, height: 900 } });

// Below vis's aggregation threshold every event of the fitted overview is its own item; the seed
// data is well under it. With more data the timeline shows cluster counts instead.
const DRAWN_ONE_BY_ONE = 40;

failOnPageErrors();

function sortedTitles(events: readonly TimelineEvent[]): string[] {
  return events.map((e) => e.title).sort();
}

async function shownIds(page: Page): Promise<string[]> {
  return (await allListIds(page)).sort();
}

/** Lower case and accents stripped, written independently of the app's own search code. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

function matches(ev: TimelineEvent, term: string): boolean {
  const fields = [
    ev.title,
    ev.summary,
    ...ev.actors,
    ...ev.tags,
    ...ev.mentions.map((m) => m.quote),
  ];
  return fields.some((f) => fold(f).includes(fold(term)));
}

test('the overview draws every event on the timeline and in the list', async ({ page }) => {
  const { events, sources } = builtEvents();
  expect(events.length).toBeGreaterThan(0);
  expect(events.length).toBeLessThanOrEqual(DRAWN_ONE_BY_ONE);
  await page.goto('./');
  await waitForApp(page);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('US–China Relations Timeline');
  const articles = sources.length === 1 ? 'article' : 'articles';
  await expect(page.locator('.app-header')).toContainText(
    `${events.length} events from ${sources.length} ${articles}`,
  );
  await expect(page.getByText(`${events.length} shown`)).toBeVisible();
  expect(await shownIds(page)).toEqual(events.map((e) => e.id).sort());
  await expect.poll(() => timelineTitles(page)).toEqual(sortedTitles(datedEvents(events)));

  // Planned events are marked in words on the timeline, not by colour alone.
  const planned = datedEvents(events).find((e) => e.status === 'planned');
  if (planned !== undefined) {
    await expect(
      timelineEventItems(page).filter({ hasText: planned.title }).locator('.tl-badge-planned'),
    ).toHaveText('planned');
  }
  await expect(
    page.getByRole('region', { name: 'Timeline' }).locator('.vis-current-time'),
  ).toHaveCount(1);
});

test('a theme toggle changes the items, the count shown and the URL', async ({ page }) => {
  const { events } = builtEvents();
  const withoutTrade = events.filter((e) => e.themes.some((t) => t !== 'trade'));
  const tradeTotal = events.filter((e) => e.themes.includes('trade')).length;
  // The toggle must make a visible difference, or this test proves nothing.
  expect(withoutTrade.length).toBeLessThan(events.length);
  await page.goto('./');
  await waitForApp(page);

  const trade = themeToggle(page, 'Trade');
  await expect(trade).toHaveAttribute('aria-pressed', 'true');
  await expect(trade).toHaveAccessibleName(`Trade ${tradeTotal} events`);
  await expect(page.getByRole('button', { name: 'Show all themes' })).toBeDisabled();

  await trade.click();
  await expect(trade).toHaveAttribute('aria-pressed', 'false');
  await expect(page).toHaveURL(/[?&]themes=technology,diplomacy(&|$)/);
  await expect(page.getByText(`${withoutTrade.length} shown`)).toBeVisible();
  expect(await shownIds(page)).toEqual(withoutTrade.map((e) => e.id).sort());
  await expect.poll(() => timelineTitles(page)).toEqual(sortedTitles(datedEvents(withoutTrade)));
  // An "off" theme still says what it holds, so the reader knows what switching it on brings.
  await expect(trade).toHaveAccessibleName(`Trade ${tradeTotal} events`);

  await page.getByRole('button', { name: 'Show all themes' }).click();
  await expect(trade).toHaveAttribute('aria-pressed', 'true');
  await expect(page).not.toHaveURL(/themes=/);
  await expect(page.getByText(`${events.length} shown`)).toBeVisible();
  await expect.poll(() => timelineTitles(page)).toEqual(sortedTitles(datedEvents(events)));
});

test('search narrows the list and the timeline, ignoring case and accents', async ({ page }) => {
  const { events } = builtEvents();
  const term = 'huawei';
  const typed = 'HUAWÉI';
  const hits = events.filter((e) => matches(e, term));
  expect(hits.length).toBeGreaterThan(0);
  expect(hits.length).toBeLessThan(events.length);
  await page.goto('./');
  await waitForApp(page);

  await searchBox(page).fill(typed);
  await expect(page).toHaveURL(/[?&]q=HUAW%C3%89I(&|$)/);
  const noun = hits.length === 1 ? 'event' : 'events';
  await expect(page.getByRole('status').filter({ hasText: 'matching' })).toHaveText(
    `${hits.length} matching ${noun}`,
  );
  await expect(page.getByText(`${hits.length} shown`)).toBeVisible();
  expect(await shownIds(page)).toEqual(hits.map((e) => e.id).sort());
  await expect.poll(() => timelineTitles(page)).toEqual(sortedTitles(datedEvents(hits)));
  // The theme counts follow the search.
  const tradeHits = hits.filter((e) => e.themes.includes('trade')).length;
  await expect(themeToggle(page, 'Trade')).toHaveAccessibleName(
    `Trade ${tradeHits} ${tradeHits === 1 ? 'event' : 'events'}`,
  );

  // Escape in the box clears the search.
  await searchBox(page).press('Escape');
  await expect(searchBox(page)).toHaveValue('');
  await expect(page).not.toHaveURL(/[?&]q=/);
  await expect(page.getByText(`${events.length} shown`)).toBeVisible();
});

test('no matches offers "Clear filters", which brings everything back', async ({ page }) => {
  const { events } = builtEvents();
  await page.goto('./');
  await waitForApp(page);

  await searchBox(page).fill('zqxj no such words');
  await expect(page.getByText('No events match')).toBeVisible();
  await expect(page.getByText('0 shown')).toBeVisible();
  await expect(timelineItems(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(searchBox(page)).toHaveValue('');
  await expect(page.getByText(`${events.length} shown`)).toBeVisible();
  await expect(page).not.toHaveURL(/[?&]q=/);
  await expect.poll(() => timelineTitles(page)).toEqual(sortedTitles(datedEvents(events)));

  // Switching every theme off is the other way to reach nothing.
  for (const label of ['Trade', 'Technology', 'Diplomacy'] as const) {
    await themeToggle(page, label).click();
  }
  await expect(page.getByText('No theme is selected.')).toBeVisible();
  await expect(page).toHaveURL(/[?&]themes=none(&|$)/);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(themeToggle(page, 'Diplomacy')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText(`${events.length} shown`)).toBeVisible();
  await expect(page).not.toHaveURL(/themes=/);
});

test('clicking an item on the timeline opens the event everywhere', async ({ page }) => {
  const dated = datedEvents(builtEvents().events);
  const target = dated[Math.floor(dated.length / 2)];
  if (target === undefined) throw new Error('the built data has no dated event');
  await page.goto('./');
  await waitForApp(page);

  await timelineEventItems(page).filter({ hasText: target.title }).click();
  await expect(eventPanel(page, target.title)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/events/${target.id}(\\?|$)`));
  await expect(listRow(page, target.id)).toHaveAttribute('aria-current', 'true');
  await expect(selectedTimelineItem(page).filter({ hasText: target.title })).toHaveCount(1);
  await expect(page).toHaveTitle(`${target.title} · US–China Relations Timeline`);

  // Escape closes it and puts focus back on its row.
  await page.keyboard.press('Escape');
  await expect(eventPanel(page, target.title)).toHaveCount(0);
  await expect(listRow(page, target.id)).toBeFocused();
  await expect(page).not.toHaveURL(/\/events\//);
});

test('zoom buttons change the visible window and record it in the URL', async ({ page }) => {
  await page.goto('./');
  await waitForApp(page);
  const spanDays = () => {
    const url = new URL(page.url());
    const from = url.searchParams.get('from');
    const to = url.searchParams.get('to');
    if (from === null || to === null) return null;
    return (Date.parse(to) - Date.parse(from)) / 86_400_000;
  };
  const timeline = page.getByRole('region', { name: 'Timeline' });

  await timeline.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(spanDays).not.toBeNull();
  const zoomedIn = spanDays() ?? 0;
  await timeline.getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(spanDays).toBeGreaterThan(zoomedIn * 1.2);
  const zoomedOut = spanDays() ?? 0;
  await timeline.getByRole('button', { name: 'Zoom in' }).click();
  await timeline.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(spanDays).toBeLessThan(zoomedOut / 1.2);
  await timeline.getByRole('button', { name: 'Fit all' }).click();
  await expect.poll(spanDays).toBeGreaterThan(zoomedOut / 1.2);
  await expect
    .poll(() => timelineTitles(page))
    .toEqual(sortedTitles(datedEvents(builtEvents().events)));
});
