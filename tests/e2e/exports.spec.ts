import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import type { EventsFile, TimelineEvent } from '../../src/data/eventSchema.ts';
import { allListIds, waitForApp } from './support/appLocators.ts';
import { builtEvents, eventsWithTheme } from './support/builtEvents.ts';
import { screenshotPath } from './support/screenshotPath.ts';
import { failOnPageErrors } from './support/failOnPageErrors.ts';

test.use({ viewport: { width: 1280, height: 860 } });

failOnPageErrors();

/** Clicks one of the export buttons and returns the saved file's name and text. */
async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('group', { name: /^Export the/ })
      .getByRole('button', { name: button })
      .click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

const ids = (events: readonly TimelineEvent[]) => events.map((e) => e.id).sort();

test('each export holds exactly the filtered events, read back with a real parser', async ({
  page,
}) => {
  const expected = eventsWithTheme('technology');
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.length).toBeLessThan(builtEvents().events.length);

  await page.goto('./?themes=technology');
  await waitForApp(page);
  await expect(page.getByRole('group', { name: /^Export the/ })).toHaveAccessibleName(
    `Export the ${expected.length} ${expected.length === 1 ? 'event' : 'events'} shown`,
  );
  await page.screenshot({ path: screenshotPath('export-bar') });
  // What the export promises to match: the list the reader is looking at.
  expect((await allListIds(page)).sort()).toEqual(ids(expected));

  const json = await download(page, 'Download JSON');
  expect(json.name).toBe('us-china-timeline.json');
  const file = JSON.parse(json.text) as EventsFile;
  expect(file.schemaVersion).toBe(1);
  expect(ids(file.events)).toEqual(ids(expected));
  // The same events, field for field, as the data file has them.
  expect(file.events).toEqual(expected);
  const cited = new Set(expected.flatMap((e) => e.mentions.map((m) => m.sourceId)));
  expect(file.sources.map((s) => s.id).sort()).toEqual([...cited].sort());

  const csv = await download(page, 'Download CSV');
  expect(csv.name).toBe('us-china-timeline.csv');
  const rows = parseCsv(csv.text, { bom: true, columns: true }) as Record<string, string>[];
  expect(rows.map((r) => r.id).sort()).toEqual(ids(expected));
  for (const row of rows) {
    const event = expected.find((e) => e.id === row.id);
    expect(row.title).toBe(event?.title);
    expect(row.date_start).toBe(event?.date.start ?? '');
    expect(row.themes?.split('; ')).toEqual(event?.themes);
  }

  const ics = await download(page, 'Download iCalendar');
  expect(ics.name).toBe('us-china-timeline.ics');
  const calendar = new ICAL.Component(ICAL.parse(ics.text));
  const vevents = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
  const dated = expected.filter((e) => e.date.start !== null);
  expect(vevents.map((v) => v.uid.replace(/@.*$/, '')).sort()).toEqual(ids(dated));
  for (const v of vevents) {
    const event = dated.find((e) => `${e.id}@` === v.uid.slice(0, e.id.length + 1));
    expect(v.summary).toBe(event?.title);
    expect(v.startDate.isDate).toBe(true);
    expect(v.startDate.toString().slice(0, event?.date.start?.length)).toBe(event?.date.start);
    expect(v.component.getFirstPropertyValue('status')).toBe(
      event?.status === 'planned' ? 'TENTATIVE' : 'CONFIRMED',
    );
  }
});

test('a search narrows the export too', async ({ page }) => {
  const target = builtEvents().events.find((e) => e.mentions.length > 0);
  if (target === undefined) throw new Error('no event with a source');
  await page.goto(`./?q=${encodeURIComponent(target.title)}`);
  await waitForApp(page);
  const shown = await allListIds(page);
  expect(shown).toContain(target.id);
  const file = JSON.parse((await download(page, 'Download JSON')).text) as EventsFile;
  expect(ids(file.events)).toEqual([...shown].sort());
});

test('printing gives the filtered events with sources, and hides the timeline and controls', async ({
  page,
}) => {
  const expected = eventsWithTheme('diplomacy');
  await page.goto('./?themes=diplomacy');
  await waitForApp(page);
  const printout = page.getByRole('region', { name: 'US–China Relations Timeline', exact: true });
  await expect(printout).toHaveCount(0);

  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(printout).toBeVisible();
  await expect(page.getByRole('region', { name: 'Timeline', exact: true })).toBeHidden();
  await expect(page.getByRole('group', { name: 'Themes' })).toBeHidden();
  await expect(page.getByRole('searchbox', { name: 'Search events' })).toBeHidden();
  await expect(page.getByRole('list', { name: 'Events' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Download CSV' })).toBeHidden();
  for (const button of await page.getByRole('button').all()) await expect(button).toBeHidden();

  // Every filtered event, not just the rows the virtual list has drawn, in the data's order.
  const titles = await printout.getByRole('heading', { level: 3 }).allTextContents();
  const datedFirst = [
    ...expected.filter((e) => e.date.start !== null),
    ...expected.filter((e) => e.date.start === null),
  ];
  expect(titles).toEqual(datedFirst.map((e) => e.title));
  const sourcesById = new Map(builtEvents().sources.map((s) => [s.id, s]));
  for (const event of expected) {
    const entry = printout.locator('article').filter({
      has: page.getByRole('heading', { level: 3, name: event.title, exact: true }),
    });
    for (const mention of event.mentions) {
      await expect(entry).toContainText(mention.quote.replace(/\s+/g, ' ').trim());
      const title = sourcesById.get(mention.sourceId)?.title;
      if (title !== undefined && title !== '') await expect(entry).toContainText(title);
    }
  }
  await page.screenshot({ path: screenshotPath('print-view'), fullPage: true });

  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });
  await expect(printout).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Timeline', exact: true })).toBeVisible();
});

test('print media alone (a PDF or preview without beforeprint) also gets the printout', async ({
  page,
}) => {
  await page.goto('./');
  await waitForApp(page);
  await page.emulateMedia({ media: 'print' });
  const printout = page.getByRole('region', { name: 'US–China Relations Timeline', exact: true });
  await expect(printout).toBeVisible();
  await expect(printout.getByRole('heading', { level: 3 })).toHaveCount(
    builtEvents().events.length,
  );
});
