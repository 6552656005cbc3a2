import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { TimelineEvent } from '../../src/data/eventSchema.ts';
import { makeEventsFile } from '../fixtures/makeEventsFile.ts';
import {
  eventPanel,
  listRow,
  listRows,
  overlaps,
  selectedTimelineItem,
  waitForApp,
} from './support/appLocators.ts';
import { failOnPageErrors } from './support/failOnPageErrors.ts';
import { formatAxeViolations } from './support/formatAxeViolations.ts';
import { pressTabUntil } from './support/pressTabUntil.ts';
import { routeEventsFile } from './support/routeEventsFile.ts';
import { screenshotPath } from './support/screenshotPath.ts';
import { settleAnimations } from './support/settleAnimations.ts';

test.use({ viewport: { width: 1440, height: 900 } });

failOnPageErrors();

// Eleven years of synthetic events: a list far longer than its box, so following is visible.
const FILE = makeEventsFile(2000);
const IN_VIEW = 'in view on the timeline';

interface Window {
  from: string;
  to: string;
}

/** The event's first and last day as ISO strings: "2019-06" runs from 2019-06-01 to 2019-06-31. */
function daysOf(ev: TimelineEvent): { first: string; last: string } | null {
  const start = ev.date.start;
  if (start === null) return null;
  const end = ev.date.end ?? start;
  const pad = (d: string, tail: string[]) => d + tail.slice(d.split('-').length - 1).join('');
  return { first: pad(start, ['-01', '-01']), last: pad(end, ['-12', '-31']) };
}

function overlapsWindow(ev: TimelineEvent, w: Window): boolean {
  const d = daysOf(ev);
  return d !== null && d.first <= w.to && d.last >= w.from;
}

/** What the list should scroll to: the first event (in list order) that begins in the window. */
function firstInWindow(w: Window): TimelineEvent {
  const starts = (ev: TimelineEvent) => {
    const d = daysOf(ev);
    return d !== null && d.first >= w.from && d.first <= w.to;
  };
  const ev = FILE.events.find(starts) ?? FILE.events.find((e) => overlapsWindow(e, w));
  if (ev === undefined) throw new Error(`no event in ${w.from}…${w.to}`);
  return ev;
}

function windowInUrl(page: Page): Window | null {
  const params = new URL(page.url()).searchParams;
  const from = params.get('from');
  const to = params.get('to');
  return from === null || to === null ? null : { from, to };
}

/** The id of the top-most event row wholly inside the list's scroll box. */
async function topRowId(page: Page): Promise<string | null> {
  return page
    .getByRole('list', { name: 'Events' })
    .locator('xpath=..')
    .evaluate((scroller) => {
      const top = scroller.getBoundingClientRect().top;
      const rows = [...scroller.querySelectorAll('[data-event-id]')]
        .map((r) => ({ id: r.getAttribute('data-event-id'), y: r.getBoundingClientRect().top }))
        .filter((r) => r.y >= top - 1)
        .sort((a, b) => a.y - b.y);
      return rows[0]?.id ?? null;
    });
}

/** Waits until the URL carries a window and the list starts at that window's first event. */
async function expectListAtWindow(page: Page, previous: Window | null = null): Promise<Window> {
  let w: Window | null = null;
  let seen = '';
  await expect
    .poll(async () => {
      w = windowInUrl(page);
      if (w === null || (previous !== null && w.from === previous.from)) return 'window unchanged';
      // Zoom clicks animate one after another: judge a window only once it has stopped moving.
      const key = `${w.from}/${w.to}`;
      const settled = key === seen;
      seen = key;
      if (!settled) return 'window moving';
      return (await topRowId(page)) === firstInWindow(w).id ? 'at first event' : 'elsewhere';
    })
    .toBe('at first event');
  if (w === null) throw new Error('no window');
  return w;
}

interface ListState {
  window: Window | null;
  rows: { id: string | null; text: string }[];
  countText: string | null;
}

/** The URL's window, the drawn rows and the count, read in one go so they belong together. */
async function readListState(page: Page): Promise<ListState> {
  return page.evaluate(() => {
    const params = new URL(location.href).searchParams;
    const from = params.get('from');
    const to = params.get('to');
    const rows = [...document.querySelectorAll('ul.event-list-rows button[data-event-id]')].map(
      (el) => ({
        id: el.getAttribute('data-event-id'),
        text: el.textContent,
      }),
    );
    const count = document.querySelector('.list-in-view-count');
    return {
      window: from === null || to === null ? null : { from, to },
      rows,
      countText: count === null ? null : count.textContent,
    };
  });
}

/** What is wrong with the list against the window in the URL; empty when nothing is. */
function marksWrong(state: ListState): string[] {
  const w = state.window;
  if (w === null) return ['no window in the URL'];
  if (state.rows.length <= 3) return [`only ${String(state.rows.length)} rows drawn`];
  const byId = new Map(FILE.events.map((e) => [e.id, e]));
  const wrong = state.rows
    .filter((r) => {
      const ev = r.id === null ? undefined : byId.get(r.id);
      return ev === undefined || r.text.includes(IN_VIEW) !== overlapsWindow(ev, w);
    })
    .map((r) => `row marked wrongly: ${r.text}`);
  const count = FILE.events.filter((e) => overlapsWindow(e, w)).length;
  const expected = `${count.toLocaleString('en-US')} ${IN_VIEW}`;
  if (state.countText !== expected)
    wrong.push(`count "${String(state.countText)}", not "${expected}"`);
  return wrong;
}

/**
 * Every event row the list has drawn says "in view" exactly when its event is in the window, and
 * the heading counts them. Under load a zoom animation can end after the window first looked
 * settled, so this waits for the page to agree with its own URL, read at the same moment.
 */
async function expectMarks(page: Page): Promise<void> {
  await expect
    .poll(async () => marksWrong(await readListState(page)), 'rows and count against the window')
    .toEqual([]);
}

test.beforeEach(async ({ page }) => {
  await routeEventsFile(page, FILE);
});

test('zooming and panning the timeline scroll the list to the window and mark what is in view', async ({
  page,
}) => {
  await page.goto('./');
  await waitForApp(page);
  // The whole timeline is shown: nothing to mark.
  await expect(page.getByText(IN_VIEW)).toHaveCount(0);

  const zoomIn = page.getByRole('button', { name: 'Zoom in' });
  for (let i = 0; i < 3; i++) await zoomIn.click();
  const zoomed = await expectListAtWindow(page);
  await expectMarks(page);
  // The list scrolled by itself; the button the reader pressed still has focus.
  await expect(zoomIn).toBeFocused();
  await page.screenshot({ path: screenshotPath('list-follows-zoomed') });
  // The marked rows and the count are as accessible as the rest of the page.
  const axe = await new AxeBuilder({ page }).include('.event-list').analyze();
  expect(formatAxeViolations(axe)).toEqual([]);

  // Drag the timeline towards the past.
  const canvas = page.locator('.vis-center');
  const box = await canvas.boundingBox();
  if (box === null) throw new Error('the timeline has no area');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.3, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.9, y, { steps: 12 });
  await page.mouse.up();
  const panned = await expectListAtWindow(page, zoomed);
  expect(panned.from < zoomed.from, 'dragged to earlier dates').toBe(true);
  await expectMarks(page);
});

test('a wheel zoom moves the list but leaves keyboard focus on the row it was on', async ({
  page,
}) => {
  await page.goto('./');
  await waitForApp(page);
  await pressTabUntil(page, listRows(page));
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'));
  expect(focused).toBeTruthy();

  const box = await page.locator('.vis-center').boundingBox();
  if (box === null) throw new Error('the timeline has no area');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.keyboard.down('Control');
  for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -400);
  await page.keyboard.up('Control');
  await expectListAtWindow(page);
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'))).toBe(
    focused,
  );
});

test('choosing a row outside the window moves the timeline to it, at the same zoom', async ({
  page,
}) => {
  const start: Window = { from: '2016-01-01', to: '2016-06-30' };
  await page.goto(`./?from=${start.from}&to=${start.to}`);
  await waitForApp(page);
  // Opening a link with a window puts the list at that window too.
  await expectListAtWindow(page);

  const target = FILE.events.find(
    (e) =>
      e.date.precision === 'day' && e.date.end === undefined && e.date.start?.startsWith('2023-05'),
  );
  if (target === undefined) throw new Error('the synthetic data has no day in May 2023');
  // Scroll the list by hand to the row (the list is virtualised: it exists once near the view).
  const scroller = page.getByRole('list', { name: 'Events' }).locator('xpath=..');
  const share = FILE.events.indexOf(target) / FILE.events.length;
  await scroller.evaluate(
    async (el, [id, at]) => {
      const frame = () =>
        new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      // Near the row first (rows are of a few fixed heights), then a screenful at a time.
      el.scrollTop = Math.max(0, el.scrollHeight * Number(at) - el.clientHeight * 2);
      await frame();
      for (let guard = 0; guard < 2000; guard++) {
        const row = el.querySelector(`[data-event-id="${id}"]`);
        if (row !== null) {
          row.scrollIntoView({ block: 'center' });
          await frame();
          return;
        }
        el.scrollTop += el.clientHeight * 0.8;
        await frame();
      }
    },
    [target.id, String(share)],
  );
  await listRow(page, target.id).click();

  await expect(eventPanel(page, target.title)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/events/${target.id}\\?`));
  const moved = windowInUrl(page);
  expect(moved).not.toBeNull();
  if (moved === null) return;
  const day = target.date.start ?? '';
  expect(moved.from <= day && day <= moved.to, `${day} in ${moved.from}…${moved.to}`).toBe(true);
  const length = (w: Window) => (Date.parse(w.to) - Date.parse(w.from)) / 86_400_000;
  expect(Math.abs(length(moved) - length(start))).toBeLessThanOrEqual(1);

  const item = selectedTimelineItem(page);
  await expect(item).toContainText(target.title);
  // Opening the panel narrows the timeline's column; vis redraws the item once it has resized.
  await expect
    .poll(() => overlaps(item, page.getByRole('region', { name: 'Timeline' })))
    .toBe(true);
  // The list stays on the chosen row, now marked as in view.
  await expect(listRow(page, target.id)).toContainText(IN_VIEW);
  expect(await overlaps(listRow(page, target.id), scroller)).toBe(true);
  await settleAnimations(page);
  await page.screenshot({ path: screenshotPath('list-follows-chosen') });
});

test('a link to an event outside its window moves the window there, and the list marks it', async ({
  page,
}) => {
  const linked: Window = { from: '2016-01-01', to: '2016-06-30' };
  const target = FILE.events.find(
    (e) =>
      e.date.precision === 'day' && e.date.end === undefined && e.date.start?.startsWith('2023-05'),
  );
  if (target === undefined) throw new Error('the synthetic data has no day in May 2023');
  await page.goto(`./events/${target.id}?from=${linked.from}&to=${linked.to}`);
  await waitForApp(page);
  await expect(eventPanel(page, target.title)).toBeVisible();
  // The timeline pans to the event by itself: the list marks it as in view, and the window
  // the page states (the URL's) is the one the timeline shows.
  await expect(listRow(page, target.id)).toContainText(IN_VIEW);
  const day = target.date.start ?? '';
  await expect
    .poll(() => {
      const w = windowInUrl(page);
      return w !== null && w.from <= day && day <= w.to;
    }, `the URL's window moves to ${day}`)
    .toBe(true);
  await expectMarks(page);
  await expect
    .poll(() => overlaps(selectedTimelineItem(page), page.locator('.vis-panel.vis-center')))
    .toBe(true);
});
