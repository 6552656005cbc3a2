import { expect, test, type Page } from '@playwright/test';
import { eventPanel, listRow, timelineEventItems, waitForApp } from './support/appLocators.ts';
import { routeEventsFile } from './support/routeEventsFile.ts';
import {
  HOSTILE_EVENTS,
  HOSTILE_SOURCE_TEXT,
  PAYLOAD,
  makeHostileEventsFile,
} from '../fixtures/hostile/hostileEventsFile.ts';
import { expectPageClean, guardPage, type PageGuard } from '../fixtures/hostile/pageGuards.ts';

test.use({ viewport: { width: 1440, height: 900 } });

let guard: PageGuard;

test.beforeEach(async ({ page }) => {
  guard = await guardPage(page);
  await routeEventsFile(page, makeHostileEventsFile());
});

test.afterEach(async ({ page }) => {
  await expectPageClean(page, guard, 'article text');
});

async function textOf(page: Page, selector: string): Promise<string | null> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => el.textContent);
}

test('hostile titles show literally in the list and on the timeline, hover included', async ({
  page,
}) => {
  await page.goto('./');
  await waitForApp(page);
  for (const ev of HOSTILE_EVENTS) {
    await expect(listRow(page, ev.id).locator('.list-event-title')).toHaveText(ev.title);
  }
  const items = timelineEventItems(page);
  await expect(items).toHaveCount(HOSTILE_EVENTS.length);
  const drawn = await items.locator('.tl-title').allTextContents();
  expect(drawn.sort()).toEqual(HOSTILE_EVENTS.map((e) => e.title).sort());

  for (const ev of HOSTILE_EVENTS) {
    const item = items.filter({ has: page.locator('.tl-title', { hasText: ev.title }) });
    await item.hover();
    // The native tooltip is the content's title attribute: the event's title, as text.
    await expect(item.locator('.tl-item-content')).toHaveAttribute(
      'title',
      new RegExp(`^${escapeRe(ev.title)} \\(`),
    );
    // vis draws its own tooltip 500 ms after a hover (its default delay); give it the chance,
    // then any such tooltip must hold the title as text, not markup made from it.
    await page.waitForTimeout(800);
    for (const popup of await page.locator('.vis-tooltip').all()) {
      if (!(await popup.isVisible())) continue;
      await expect(popup).toHaveText(ev.title);
      await expect(popup.locator('*')).toHaveCount(0);
    }
  }
  await expect(page.getByText(PAYLOAD.script).first()).toBeVisible();
});

test('hostile fields show literally in the panel and the article view', async ({ page }) => {
  const ev = HOSTILE_EVENTS[1];
  if (ev === undefined) throw new Error('fixture too small');
  const file = makeHostileEventsFile();
  await page.goto('./');
  await waitForApp(page);
  await listRow(page, ev.id).click();

  const panel = eventPanel(page, ev.title);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(ev.title);
  await expect(panel.locator('.detail-summary')).toHaveText(ev.summary);
  await expect(panel.locator('.detail-facts dd').first()).toHaveText(ev.actors.join(', '));
  await expect(panel.locator('.tag-list li')).toHaveText([...ev.tags]);
  await expect(panel.locator('.notes li')).toHaveText(ev.notes ?? []);
  await expect(panel.locator('blockquote')).toHaveText(ev.mentions.map((m) => m.quote));
  await expect(page).toHaveTitle(`${ev.title} · US–China Relations Timeline`);
  // The timeline item of the open event is selected, and still shows the title as text.
  await expect(page.locator('.vis-item.vis-selected .tl-title')).toHaveText(ev.title);

  await panel.getByRole('button', { name: 'Read in article' }).first().click();
  const source = file.sources[0];
  const article = page.getByRole('region', { name: source?.title ?? '' });
  await expect(article).toBeVisible();
  expect(await textOf(page, '.article-text')).toBe(HOSTILE_SOURCE_TEXT);
  expect(await textOf(page, '.article-text mark')).toBe(ev.mentions[0]?.quote);
  await expect(article.locator('.panel-meta')).toContainText(source?.outlet ?? '');
  // The reader sees the payloads as words on the page.
  await expect(article.getByText(PAYLOAD.img, { exact: false }).first()).toBeVisible();
});

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
