/** Elements that are never article text, whatever they contain. */
const NEVER_TEXT = [
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'form',
  'button',
  'select',
  'textarea',
  'nav',
  'aside',
  'footer',
  'dialog',
  'figcaption',
  'amp-ad',
  'amp-embed',
  'amp-sticky-ad',
  'amp-consent',
  'amp-user-notification',
  'amp-sidebar',
  'amp-analytics',
  'amp-social-share',
  '[role="navigation"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[role="complementary"]',
  '[role="dialog"]',
  '[role="alertdialog"]',
  '[aria-hidden="true"]',
  '[hidden]',
].join(',');

/**
 * Words that name page furniture in class and id tokens, matched as whole dash- or
 * underscore-separated parts: `ad-slot`, `cookie_banner`, `most-read-list`, `comments` — but
 * not `commentary` or `shadow`.
 */
const FURNITURE_WORDS = new RegExp(
  `(?:^|[-_])(?:${[
    'cookies?',
    'consent',
    'gdpr',
    'newsletter',
    'promo',
    'ads?',
    'advert',
    'advertisement',
    'sponsor(?:ed)?',
    'most[-_]?(?:read|popular|viewed|shared)',
    'popular',
    'trending',
    'related',
    'recommended',
    'recirc',
    'comments?',
    'disqus',
    'share',
    'sharing',
    'social',
    'breadcrumbs?',
    'paywall',
    'subscribe',
    'signup',
    'sidebar',
    'footer',
    'nav',
    'navbar',
    'navigation',
    'menu',
    'modal',
    'outbrain',
    'taboola',
    'skip',
    'screen[-_]reader[-_]text',
    'sr[-_]only',
    'visually[-_]hidden',
  ].join('|')})(?:$|[-_])`,
  'i',
);

/** Elements that hold the article itself: never dropped, however they are named. */
const ARTICLE_HOLDER = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);

/**
 * Takes navigation, banners, ads, "most read" lists, comments and footers out of the page
 * before Readability scores it: Readability drops most of them, but a cookie notice or a
 * teaser list of full sentences can outscore a short article, and a quote from one would put
 * page furniture on the timeline. An element named like furniture that holds most of the
 * page's text (a `with-sidebar` wrapper) is kept.
 */
export function removePageFurniture(doc: Document): void {
  for (const el of [...doc.querySelectorAll(NEVER_TEXT)]) {
    if (!ARTICLE_HOLDER.has(el.tagName)) el.remove();
  }
  const bodyLength = doc.body?.textContent?.length ?? 0;
  for (const el of [...doc.querySelectorAll('[class], [id]')]) {
    if (ARTICLE_HOLDER.has(el.tagName) || !el.isConnected) continue;
    const tokens = [...(el.getAttribute('class') ?? '').split(/\s+/), el.id];
    if (!tokens.some((token) => token !== '' && FURNITURE_WORDS.test(token))) continue;
    if (el.querySelector('article, main, [itemprop="articleBody"]') !== null) continue;
    if ((el.textContent?.length ?? 0) > bodyLength / 2) continue;
    el.remove();
  }
}
