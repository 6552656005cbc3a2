import { escapeHtml } from './escapeHtml.ts';
import { readTitle, setHeadTags } from './setHeadTags.ts';
import { DEFAULT_SITE_NAME } from './renderEventPage.ts';

/**
 * 404.html: the app's own HTML, so a static host that serves it for any unknown path boots the
 * app, which reads location.pathname and shows its "not found" notice over a working timeline.
 * `noindex` keeps search engines from listing the error page under every mistyped URL.
 */
export function renderNotFoundPage(
  templateHtml: string,
  options: { siteName?: string } = {},
): string {
  const siteName = options.siteName ?? readTitle(templateHtml) ?? DEFAULT_SITE_NAME;
  return setHeadTags(templateHtml, escapeHtml(`Page not found · ${siteName}`), [
    '<meta name="robots" content="noindex">',
    `<meta name="description" content="${escapeHtml(`This page does not exist on ${siteName}.`)}">`,
  ]);
}
