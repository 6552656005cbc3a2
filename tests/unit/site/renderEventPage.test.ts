// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/data/eventSchema.ts';
import { renderEventPage } from '../../../src/site/renderEventPage.ts';
import { makeEventsFile } from '../../fixtures/makeEventsFile.ts';
import { HOSTILE, makeHostileFile } from '../export/hostileEvents.ts';
import { VITE_TEMPLATE } from './viteTemplate.ts';

const SITE = { siteUrl: 'https://timeline.example', basePath: '/repo/' };

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function meta(doc: Document, key: string): string[] {
  return [...doc.head.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)].map(
    (m) => m.getAttribute('content') ?? '',
  );
}

function event(overrides: Partial<TimelineEvent>): TimelineEvent {
  const base = makeHostileFile().events.find((e) => e.id === 'emoji-span');
  if (base === undefined) throw new Error('fixture changed');
  return { ...base, ...overrides };
}

const tricky = event({
  id: 'tricky-title',
  title: `Tariffs & "chips" <b>'over'</b> $& $' $1`,
  summary: `${HOSTILE.script} then <img src=x onerror=alert(1)> & more`,
  date: { start: '2025-05-12', precision: 'day', approximate: false },
  themes: ['technology', 'trade'],
});

describe('renderEventPage', () => {
  const html = renderEventPage(VITE_TEMPLATE, tricky, SITE);
  const doc = parse(html);

  it('titles the page after the event and the site', () => {
    expect(doc.title).toBe(
      `Tariffs & "chips" <b>'over'</b> $& $' $1 · US–China Relations & Timeline`,
    );
    expect(doc.querySelectorAll('title')).toHaveLength(1);
  });

  it('has every preview tag exactly once, replacing the template defaults', () => {
    for (const key of [
      'description',
      'og:type',
      'og:site_name',
      'og:title',
      'og:description',
      'og:url',
      'og:image',
      'og:image:width',
      'og:image:height',
      'og:image:alt',
      'twitter:card',
      'twitter:title',
      'twitter:description',
      'twitter:image',
    ]) {
      expect(meta(doc, key), key).toHaveLength(1);
    }
    expect(html).not.toContain('default description');
    expect(html).not.toContain('Default preview title');
    expect(html).not.toContain('old.example');
    expect(meta(doc, 'theme-color')).toEqual(['#ffffff']);
    expect(meta(doc, 'twitter:card')).toEqual(['summary_large_image']);
    expect(meta(doc, 'og:type')).toEqual(['article']);
    expect(meta(doc, 'og:site_name')).toEqual(['US–China Relations & Timeline']);
    const canonical = [...doc.querySelectorAll('link[rel="canonical"]')].map((l) =>
      l.getAttribute('href'),
    );
    expect(canonical).toEqual(['https://timeline.example/repo/events/tricky-title']);
    expect(meta(doc, 'og:url')).toEqual(['https://timeline.example/repo/events/tricky-title']);
  });

  it('reads back the exact title and summary text: escaped, never markup', () => {
    expect(meta(doc, 'og:title')).toEqual([tricky.title]);
    expect(meta(doc, 'twitter:title')).toEqual([tricky.title]);
    const description = meta(doc, 'og:description')[0];
    expect(description).toBe(`12 May 2025 — ${tricky.summary}`);
    expect(meta(doc, 'description')).toEqual([description]);
    // Nothing from the event became an element: the only script is the app's own bundle.
    expect([...doc.querySelectorAll('script')].map((s) => s.getAttribute('src'))).toEqual([
      '/repo/assets/index-AbC123.js',
    ]);
    expect(doc.querySelectorAll('img, b')).toHaveLength(0);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
  });

  it('points the image at the first theme, as an absolute URL', () => {
    expect(meta(doc, 'og:image')).toEqual(['https://timeline.example/repo/social/technology.png']);
    expect(meta(doc, 'twitter:image')).toEqual(meta(doc, 'og:image'));
    expect(meta(doc, 'og:image:width')).toEqual(['1200']);
    expect(meta(doc, 'og:image:height')).toEqual(['630']);
  });

  it('keeps the rest of the app HTML (CSP, bundle, styles, root) unchanged', () => {
    expect(meta(doc, 'Content-Security-Policy')).toHaveLength(0); // it is http-equiv, not name
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')).not.toBeNull();
    expect(doc.querySelector('link[rel="stylesheet"]')?.getAttribute('href')).toBe(
      '/repo/assets/index-XyZ789.css',
    );
    expect(doc.getElementById('root')).not.toBeNull();
    expect(html.replace(/<title>[\s\S]*<\/title>[\s\S]*?(?=\n\s*<script)/, '')).toBe(
      VITE_TEMPLATE.replace(/<title>[\s\S]*<\/title>[\s\S]*?(?=\n\s*<script)/, ''),
    );
  });

  it('describes month, year, spans and approximate dates in words', () => {
    const describe = (date: TimelineEvent['date']) =>
      meta(
        parse(renderEventPage(VITE_TEMPLATE, event({ date, summary: 'S' }), SITE)),
        'description',
      )[0];
    expect(describe({ start: '2025-02', precision: 'month', approximate: false })).toBe(
      'February 2025 — S',
    );
    expect(describe({ start: '2024', precision: 'year', approximate: true })).toBe(
      'around 2024 — S',
    );
    expect(
      describe({ start: '2025-05-12', end: '2025-05-14', precision: 'day', approximate: false }),
    ).toBe('12 May 2025 – 14 May 2025 — S');
    expect(describe({ start: null, precision: 'unknown', approximate: false })).toBe(
      'Date unknown — S',
    );
  });

  it('keeps descriptions short without cutting an emoji in half', () => {
    const long = renderEventPage(VITE_TEMPLATE, event({ summary: '🤝🏽 word '.repeat(80) }), SITE);
    const description = meta(parse(long), 'description')[0] ?? '';
    expect(Array.from(description).length).toBeLessThanOrEqual(200);
    expect(description.endsWith('…')).toBe(true);
    expect(description).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('without SITE_URL leaves out canonical and og:url and uses root-relative images', () => {
    const local = parse(renderEventPage(VITE_TEMPLATE, tricky, { basePath: '/repo/' }));
    expect(local.querySelectorAll('link[rel="canonical"]')).toHaveLength(0);
    expect(meta(local, 'og:url')).toHaveLength(0);
    expect(meta(local, 'og:image')).toEqual(['/repo/social/technology.png']);
  });

  it('works at the root base path and for every synthetic event', () => {
    const { events } = makeEventsFile(50);
    for (const e of events) {
      const page = parse(
        renderEventPage(VITE_TEMPLATE, e, { siteUrl: 'https://x.example', basePath: '/' }),
      );
      expect(meta(page, 'og:title')).toEqual([e.title]);
      expect(meta(page, 'og:url')).toEqual([`https://x.example/events/${e.id}`]);
      expect(meta(page, 'og:image')).toEqual([`https://x.example/social/${e.themes[0] ?? ''}.png`]);
    }
  });

  it('inserts the tags before </head> when the template has no <title>', () => {
    const page = parse(renderEventPage('<html><head></head><body></body></html>', tricky, SITE));
    expect(page.title).toBe(`${tricky.title} · US–China Relations Timeline`);
    expect(meta(page, 'og:title')).toEqual([tricky.title]);
  });
});
