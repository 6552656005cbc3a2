import type { Locator, Page } from '@playwright/test';

/**
 * Presses Tab (Shift+Tab with `backwards`) until keyboard focus is on one of the elements
 * `target` matches, as a keyboard user would; fails after `max` presses. Returns how many it took.
 */
export async function pressTabUntil(
  page: Page,
  target: Locator,
  options: { max?: number; backwards?: boolean } = {},
): Promise<number> {
  const max = options.max ?? 60;
  const key = options.backwards === true ? 'Shift+Tab' : 'Tab';
  const trail: string[] = [];
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press(key);
    if (await target.evaluateAll((els) => els.some((el) => el === document.activeElement))) {
      return presses;
    }
    trail.push(
      await page.evaluate(() => {
        const el = document.activeElement;
        if (el === null) return '(none)';
        const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? '';
        return `${el.tagName.toLowerCase()} "${name}"`;
      }),
    );
  }
  throw new Error(`focus never reached the target after ${max} × ${key}: ${trail.join(' → ')}`);
}
