import type { Page } from '@playwright/test';

/**
 * Starts recording console errors and uncaught page errors; the returned array fills as they
 * happen. Attach before `page.goto` so errors during start-up are caught too.
 */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return errors;
}
