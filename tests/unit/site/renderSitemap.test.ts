// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderSitemap } from '../../../src/site/renderSitemap.ts';
import { makeEventsFile } from '../../fixtures/makeEventsFile.ts';

function locs(xml: string): string[] {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  expect(doc.documentElement.namespaceURI).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
  return [...doc.getElementsByTagName('loc')].map((l) => l.textContent);
}

describe('renderSitemap', () => {
  it('lists the app root and every event page as absolute URLs under the base path', () => {
    const { events } = makeEventsFile(120);
    const urls = locs(renderSitemap(events, 'https://timeline.example', '/repo/'));
    expect(urls[0]).toBe('https://timeline.example/repo/');
    expect(urls.slice(1)).toEqual(
      events.map((e) => `https://timeline.example/repo/events/${e.id}`),
    );
  });

  it('tolerates a trailing slash on the site URL and a bare base path', () => {
    const { events } = makeEventsFile(3);
    const urls = locs(renderSitemap(events, 'https://timeline.example/', '/'));
    expect(urls).toEqual([
      'https://timeline.example/',
      ...events.map((e) => `https://timeline.example/events/${e.id}`),
    ]);
  });

  it('is well-formed XML even with a site URL that needs escaping', () => {
    const urls = locs(renderSitemap([], 'https://a.example/?x=1&y=<2>', '/'));
    expect(urls).toEqual(['https://a.example/?x=1&y=<2>/']);
  });
});
