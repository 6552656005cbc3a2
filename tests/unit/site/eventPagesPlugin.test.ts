// @vitest-environment jsdom
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSiteUrl, writeSitePages } from '../../../src/site/eventPagesPlugin.ts';
import { makeEventsFile } from '../../fixtures/makeEventsFile.ts';
import { VITE_TEMPLATE } from './viteTemplate.ts';

/** Runs the plugin's writer on a fake dist/ (no Vite build: that is tried by hand). */
describe('writeSitePages', () => {
  let dist: string;
  const warnings: string[] = [];
  const warn = (m: string) => warnings.push(m);
  const data = makeEventsFile(30);

  beforeEach(async () => {
    warnings.length = 0;
    dist = await mkdtemp(path.join(tmpdir(), 'event-pages-'));
    await mkdir(path.join(dist, 'data'));
    await writeFile(path.join(dist, 'index.html'), VITE_TEMPLATE);
    await writeFile(path.join(dist, 'data', 'events.json'), JSON.stringify(data));
    await writeFile(path.join(dist, 'robots.txt'), 'User-agent: *\nAllow: /\n');
  });
  afterEach(async () => {
    await rm(dist, { recursive: true, force: true });
  });

  const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

  it('writes a page per event, a 404 page, a sitemap and the robots Sitemap line', async () => {
    const count = await writeSitePages(dist, '/repo/', 'https://t.example', warn);
    expect(count).toBe(30);
    for (const event of data.events) {
      const page = parse(await readFile(path.join(dist, 'events', event.id, 'index.html'), 'utf8'));
      expect(page.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(
        event.title,
      );
      expect(page.querySelector('script[type="module"]')?.getAttribute('src')).toBe(
        '/repo/assets/index-AbC123.js',
      );
    }
    const notFound = parse(await readFile(path.join(dist, '404.html'), 'utf8'));
    expect(notFound.title).toMatch(/^Page not found/);
    expect(notFound.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(notFound.getElementById('root')).not.toBeNull();
    const sitemap = await readFile(path.join(dist, 'sitemap.xml'), 'utf8');
    expect(sitemap.match(/<loc>/g)).toHaveLength(31);
    expect(await readFile(path.join(dist, 'robots.txt'), 'utf8')).toContain(
      'Sitemap: https://t.example/repo/sitemap.xml',
    );
    expect(warnings).toEqual([]);
  });

  it('without SITE_URL still writes pages and 404, skips the sitemap and says why', async () => {
    await writeSitePages(dist, '/', undefined, warn);
    await expect(readFile(path.join(dist, 'sitemap.xml'))).rejects.toThrow();
    await expect(readFile(path.join(dist, '404.html'), 'utf8')).resolves.toContain('noindex');
    expect(warnings.join('\n')).toMatch(/SITE_URL is not set/);
  });

  it('refuses a relative base, under which copies one level down could not load the app', async () => {
    await expect(writeSitePages(dist, './', undefined, warn)).rejects.toThrow(/absolute base/);
  });

  it('fails the build on data that breaks the schema', async () => {
    await writeFile(
      path.join(dist, 'data', 'events.json'),
      JSON.stringify({ ...data, events: [{ id: '../../escape', title: 'x' }] }),
    );
    await expect(writeSitePages(dist, '/', undefined, warn)).rejects.toThrow(/schema/);
  });
});

describe('readSiteUrl', () => {
  it('accepts an origin, or an origin with the base path people copy, and rejects the rest', () => {
    expect(readSiteUrl(undefined, '/')).toBeUndefined();
    expect(readSiteUrl('', '/')).toBeUndefined();
    expect(readSiteUrl('https://t.example/', '/')).toBe('https://t.example');
    expect(readSiteUrl('https://user.github.io/repo/', '/repo/')).toBe('https://user.github.io');
    expect(() => readSiteUrl('https://t.example/other/', '/repo/')).toThrow(/BASE_PATH/);
    expect(() => readSiteUrl('javascript:alert(1)', '/')).toThrow(/http/);
    expect(() => readSiteUrl('not a url', '/')).toThrow(/not a URL/);
  });
});
