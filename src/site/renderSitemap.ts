import type { TimelineEvent } from '../data/eventSchema.ts';
import { escapeHtml } from './escapeHtml.ts';
import { siteRoot } from './siteOptions.ts';

/** The sitemap protocol's limit per file; beyond it a sitemap index would be needed. */
export const MAX_SITEMAP_URLS = 50_000;

/** sitemap.xml: the app's root and every event page, as absolute URLs (the protocol requires them). */
export function renderSitemap(
  events: readonly TimelineEvent[],
  siteUrl: string,
  basePath: string,
): string {
  const root = siteRoot({ siteUrl, basePath });
  const urls = [root, ...events.map((e) => `${root}events/${encodeURIComponent(e.id)}`)];
  if (urls.length > MAX_SITEMAP_URLS) {
    throw new Error(`A sitemap holds at most ${MAX_SITEMAP_URLS} URLs; got ${urls.length}.`);
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map((url) => `  <url><loc>${escapeHtml(url)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
}
