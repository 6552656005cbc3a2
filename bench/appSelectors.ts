import type { Locator, Page } from '@playwright/test';

/**
 * Every way the benchmark finds its way around the app, in one place: when the UI changes, fix
 * it here. Accessible names first, CSS classes only where the app offers nothing better.
 */
export const appSelectors = {
  /** Matched in the page by the probe (plain CSS): a row of the event list. */
  listRowCss: '.list-event',
  /** A drawn event (not a cluster; not the line or dot vis adds under a box). */
  titledEventCss: '.vis-item.tl-event:not(.vis-line):not(.vis-dot)',
  themeToggle: (page: Page, label: RegExp): Locator =>
    page.getByRole('group', { name: 'Themes' }).getByRole('button', { name: label }),
  search: (page: Page): Locator => page.getByRole('searchbox', { name: 'Search events' }),
  firstListRow: (page: Page): Locator => page.locator('.list-event').first(),
  rowTitle: (row: Locator): Locator => row.locator('.list-event-title'),
  detailHeading: (page: Page): Locator => page.locator('#event-detail-title'),
  zoomIn: (page: Page): Locator => page.getByRole('button', { name: 'Zoom in' }),
};

/** The theme the toggle benchmark switches off and on again. */
export const TOGGLED_THEME = { id: 'trade', label: /^\W*trade\b/i } as const;

/** One keystroke into an empty search box; it narrows every data set to about a third. */
export const SEARCH_KEY = '9';
