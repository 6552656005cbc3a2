import { normaliseBasePath } from '../export/eventLinkBuilder.ts';

export interface SiteOptions {
  /**
   * The public origin, e.g. "https://example.org" (SITE_URL). Without it, pages carry no
   * canonical link or og:url, and image URLs are root-relative: a wrong absolute URL would be
   * worse than none (search engines would index the wrong host).
   */
  siteUrl?: string;
  /** Vite's `base`: "/" or "/repo/". */
  basePath: string;
  /** og:site_name and the title suffix; defaults to the template's own <title>. */
  siteName?: string;
}

/** `<origin><base>` when the origin is known, else just `<base>` (root-relative). */
export function siteRoot(options: SiteOptions): string {
  const origin = options.siteUrl === undefined ? '' : options.siteUrl.replace(/\/+$/, '');
  return `${origin}${normaliseBasePath(options.basePath)}`;
}
