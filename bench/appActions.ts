import type { Locator, Page } from '@playwright/test';
import { SEARCH_KEY } from './appSelectors.ts';
import { armProbe } from './pageProbe.ts';

/**
 * The bench's inputs, each arming the page's probe for its own event first. benchApp times them
 * and profileApp profiles them: one definition, so a profile covers exactly what the bench times.
 */
export function appActions(page: Page): {
  click: (target: () => Locator) => () => Promise<void>;
  typeSearch: () => Promise<void>;
} {
  return {
    click: (target) => async () => {
      await armProbe(page, 'click');
      await target().click();
    },
    typeSearch: async () => {
      await armProbe(page, 'keydown');
      await page.keyboard.press(SEARCH_KEY);
    },
  };
}
