import type { Page } from '@playwright/test';

/**
 * Waits until every finite CSS animation and transition on the page has finished (the panel
 * slides in, toggles fade), so a screenshot or a colour-contrast check sees the resting state.
 */
export async function settleAnimations(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity,
      ),
  );
}
