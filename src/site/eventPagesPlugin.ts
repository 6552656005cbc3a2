import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { eventsFileSchema, SLUG, type EventsFile } from '../data/eventSchema.ts';
import { normaliseBasePath } from '../export/eventLinkBuilder.ts';
import { renderEventPage } from './renderEventPage.ts';
import { renderNotFoundPage } from './renderNotFoundPage.ts';
import { renderSitemap } from './renderSitemap.ts';

export interface EventPagesPluginOptions {
  /** Public origin for canonical links, og:url and the sitemap; defaults to env SITE_URL. */
  siteUrl?: string;
}

/**
 * After the build has written dist/, adds a static page per event (dist/events/<id>/index.html:
 * the app with that event's preview tags, so links preview on any static host with no rewrite
 * rules), dist/404.html and, when SITE_URL is known, dist/sitemap.xml plus a Sitemap line in
 * robots.txt (both need absolute URLs, so without SITE_URL they are left out with a warning).
 */
export function eventPagesPlugin(options: EventPagesPluginOptions = {}): Plugin {
  let config: ResolvedConfig | undefined;
  return {
    name: 'event-pages',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        if (config === undefined) return;
        const outDir = path.resolve(config.root, config.build.outDir);
        const siteUrl = readSiteUrl(options.siteUrl ?? process.env.SITE_URL, config.base);
        const written = await writeSitePages(outDir, config.base, siteUrl, (message) =>
          config?.logger.warn(`[event-pages] ${message}`),
        );
        config.logger.info(`[event-pages] wrote ${written} event pages, 404.html`);
      },
    },
  };
}

/** Writes every page; returns how many event pages. Separate from the plugin to be callable by hand. */
export async function writeSitePages(
  outDir: string,
  base: string,
  siteUrl: string | undefined,
  warn: (message: string) => void,
): Promise<number> {
  if (!base.startsWith('/')) {
    // Pages one and two levels down (events/<id>/, any 404 path) need asset URLs from the root.
    throw new Error(`event pages need an absolute base such as "/" or "/repo/", not "${base}"`);
  }
  const basePath = normaliseBasePath(base);
  const template = await readFile(path.join(outDir, 'index.html'), 'utf8');
  const site = siteUrl === undefined ? { basePath } : { basePath, siteUrl };

  await writeFile(path.join(outDir, '404.html'), renderNotFoundPage(template));

  const data = await readEvents(path.join(outDir, 'data', 'events.json'), warn);
  for (const event of data.events) {
    // The schema already requires slugs; checked again because the id becomes a directory name.
    if (!SLUG.test(event.id)) throw new Error(`refusing to write a page for id "${event.id}"`);
    const dir = path.join(outDir, 'events', event.id);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'index.html'), renderEventPage(template, event, site));
  }

  if (siteUrl === undefined) {
    warn(
      'SITE_URL is not set: no canonical links, og:url or sitemap.xml, and relative image URLs.',
    );
  } else {
    await writeFile(
      path.join(outDir, 'sitemap.xml'),
      renderSitemap(data.events, siteUrl, basePath),
    );
    await addSitemapToRobots(path.join(outDir, 'robots.txt'), `${siteUrl}${basePath}sitemap.xml`);
  }
  return data.events.length;
}

async function readEvents(file: string, warn: (message: string) => void): Promise<EventsFile> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch {
    warn(`${file} is missing: no event pages written.`);
    return { schemaVersion: 1, sources: [], events: [] };
  }
  const result = eventsFileSchema.safeParse(JSON.parse(raw));
  if (!result.success)
    throw new Error(`${file} does not match the events.json schema: ${result.error.message}`);
  return result.data;
}

/**
 * SITE_URL is an origin ("https://example.org"); the sub-path belongs in BASE_PATH. A SITE_URL
 * that already ends in the base path is accepted, since that is the full URL people copy.
 */
export function readSiteUrl(value: string | undefined, base: string): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`SITE_URL is not a URL: "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must be http(s): "${value}"`);
  }
  const pathPart = normaliseBasePath(url.pathname);
  if (pathPart !== '/' && pathPart !== normaliseBasePath(base)) {
    throw new Error(
      `SITE_URL must be an origin like https://example.org; put "${url.pathname}" in BASE_PATH`,
    );
  }
  return url.origin;
}

/** public/robots.txt is static; the Sitemap line must be absolute, so it is added here. */
async function addSitemapToRobots(file: string, sitemapUrl: string): Promise<void> {
  let robots = '';
  try {
    robots = await readFile(file, 'utf8');
  } catch {
    robots = 'User-agent: *\nAllow: /\n';
  }
  if (/^sitemap:/im.test(robots)) return;
  await writeFile(file, `${robots.trimEnd()}\n\nSitemap: ${sitemapUrl}\n`);
}
