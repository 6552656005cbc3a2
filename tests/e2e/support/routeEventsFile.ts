import type { Page } from '@playwright/test';
import type { EventsFile } from '../../../src/data/eventSchema.ts';

/** A raw HTTP answer, for the "data failed to load" states (404, 500, a truncated file, ...). */
export interface RawResponse {
  status: number;
  body: string;
  contentType?: string;
}

/**
 * Makes this page receive `response` instead of the built `data/events.json`, for every fetch
 * (including retries) until the page closes. Call before `page.goto`.
 * Pass an `EventsFile` (e.g. from `makeEventsFile(n)`) or a raw response.
 */
export async function routeEventsFile(
  page: Page,
  response: EventsFile | RawResponse,
): Promise<void> {
  const raw: RawResponse =
    'schemaVersion' in response ? { status: 200, body: JSON.stringify(response) } : response;
  await page.route('**/data/events.json', (route) =>
    route.fulfill({
      status: raw.status,
      contentType: raw.contentType ?? 'application/json; charset=utf-8',
      body: raw.body,
      headers: { 'Cache-Control': 'no-store' },
    }),
  );
}
