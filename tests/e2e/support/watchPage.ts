import type { Page } from '@playwright/test';
import { collectPageErrors } from './collectPageErrors.ts';

/**
 * Console errors, uncaught page errors and Content-Security-Policy violations of this page, as
 * they happen. Chromium usually logs a CSP refusal as a console error too; the
 * `securitypolicyviolation` event catches the ones it reports only there (e.g. in workers).
 * Call before `page.goto`.
 */
export async function watchPage(page: Page, into: string[] = []): Promise<string[]> {
  const errors = collectPageErrors(page, into);
  await page.exposeFunction('__e2eReportCspViolation', (report: string) => {
    errors.push(`csp: ${report}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __e2eReportCspViolation: (r: string) => void })
        .__e2eReportCspViolation;
      report(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}`);
    });
  });
  return errors;
}
