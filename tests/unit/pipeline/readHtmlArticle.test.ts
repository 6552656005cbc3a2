import { describe, expect, it } from 'vitest';
import { readHtmlArticle } from '../../../src/pipeline/read/readHtmlArticle.ts';

const PARAGRAPHS = [
  'Chinese and American negotiators met in Geneva on Saturday for two days of talks on tariffs, the first such meeting since the spring.',
  'Officials from both delegations said the discussions were constructive and that a joint statement would follow on Monday.',
  'Markets in Shanghai and New York rose on the news, with exporters leading the gains in early trading.',
];
const BODY = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');

function page(head: string, body = `<article>${BODY}</article>`): string {
  return `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
}

function read(html: string, pageUrl?: string) {
  const result = readHtmlArticle(html, pageUrl);
  if (!result.ok) throw new Error(result.reason);
  return result.article;
}

const jsonLd = (data: unknown) =>
  `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('readHtmlArticle', () => {
  it('gives the article as paragraphs separated by blank lines', () => {
    expect(read(page('')).text).toBe(`${PARAGRAPHS.join('\n\n')}\n`);
  });

  it('takes headline, date and publisher from JSON-LD over Open Graph and meta tags', () => {
    const head =
      jsonLd([
        { '@type': 'Organization', name: 'Not this' },
        {
          '@type': ['NewsArticle'],
          headline: 'Geneva talks open',
          datePublished: '2025-05-10T23:30:00-04:00',
          publisher: { '@type': 'Organization', name: 'Lakeside Courier' },
        },
      ]) +
      '<meta property="og:title" content="OG title"><meta property="og:site_name" content="OG site">' +
      '<meta property="article:published_time" content="2025-05-11T03:30:00Z">';
    expect(read(page(head))).toMatchObject({
      title: 'Geneva talks open',
      // The day the publisher printed, not the same instant in UTC.
      published: '2025-05-10',
      outlet: 'Lakeside Courier',
    });
  });

  it('falls back to og:title, og:site_name and article:published_time', () => {
    const head =
      '<title>Geneva talks open | Courier</title><meta property="og:title" content="Geneva talks open">' +
      '<meta property="og:site_name" content="Lakeside Courier"><meta property="article:published_time" content="2025-05-10">';
    expect(read(page(head))).toMatchObject({
      title: 'Geneva talks open',
      published: '2025-05-10',
      outlet: 'Lakeside Courier',
    });
  });

  it('reads itemprop=datePublished, then the <time> in the byline, but not any <time>', () => {
    const microdata = `<article><span itemprop="datePublished" content="2025-05-09">May 9</span>${BODY}</article>`;
    expect(read(page('', microdata)).published).toBe('2025-05-09');
    const byline = `<article><header><h1>Talks</h1><p class="byline">By Ana Li, <time datetime="2025-05-08T10:00">May 8</time></p></header>${BODY}</article>`;
    expect(read(page('', byline)).published).toBe('2025-05-08');
    const inBody = `<article>${BODY}<p>The truce runs until <time datetime="2025-08-12">August 12</time>, officials said on the day.</p></article>`;
    expect(read(page('', inBody)).published).toBeNull();
  });

  it('takes the address from og:url, else rel=canonical, resolved against the page address', () => {
    expect(
      read(
        page(
          '<meta property="og:url" content="https://a.example/x#top"><link rel="canonical" href="https://b.example/y">',
        ),
      ).url,
    ).toBe('https://a.example/x');
    expect(
      read(
        page('<link rel="canonical" href="/world/geneva-talks">'),
        'https://news.example/amp/geneva',
      ).url,
    ).toBe('https://news.example/world/geneva-talks');
    expect(
      read(page('<link rel="canonical" href="javascript:alert(1)">'), 'https://news.example/a').url,
    ).toBeNull();
  });

  it('skips a JSON-LD block that is not JSON and uses the next one', () => {
    const head =
      '<script type="application/ld+json">{ not json</script>' +
      jsonLd({ '@graph': [{ '@type': 'BlogPosting', headline: 'From the graph' }] });
    expect(read(page(head)).title).toBe('From the graph');
  });

  it('leaves out navigation, cookie notices, ad labels, teasers and comments around the article', () => {
    const body =
      '<div class="cookie-notice"><p>We use cookies to measure traffic. By continuing you accept our use of cookies on this site.</p></div>' +
      `<nav><a href="/">Home</a></nav><main><article>${PARAGRAPHS[0] ?? ''}` +
      '<div class="ad-container"><p>Advertisement</p></div>' +
      `<p>${PARAGRAPHS[1] ?? ''}</p><div class="mostread"><p>China imposed new tariffs on US farm goods today, the most read story says.</p></div>` +
      `<p>${PARAGRAPHS[2] ?? ''}</p></article>` +
      '<section id="comments"><p>Beijing will retaliate within a week, mark my words, says a reader of this site.</p></section></main>' +
      '<footer><p>© 2025 Courier Media. All rights reserved.</p></footer>';
    const { text } = read(page('', body));
    for (const p of PARAGRAPHS) expect(text).toContain(p);
    for (const furniture of [
      'cookies',
      'Home',
      'Advertisement',
      'most read',
      'retaliate',
      'All rights reserved',
    ]) {
      expect(text).not.toContain(furniture);
    }
  });

  it('keeps an article wrapped in an element named like furniture ("has-sidebar")', () => {
    const body = `<div class="layout has-sidebar"><div class="post">${BODY}</div></div>`;
    expect(read(page('', body)).text).toContain(PARAGRAPHS[1]);
  });

  it('turns <br> and list items into lines and keeps headings as their own line', () => {
    const body = `<article>${BODY}<h2>What comes next</h2><p>First line<br>second line</p><ul><li>One item of the list.</li><li>Another.</li></ul></article>`;
    expect(read(page('', body)).text).toContain(
      '\n\nWhat comes next\n\nFirst line\n\nsecond line\n\nOne item of the list.\n\nAnother.\n',
    );
  });

  it('says a page has no article when little text is left outside its furniture', () => {
    const result = readHtmlArticle(
      page(
        '<title>Not found</title>',
        '<nav><a href="/">Home</a></nav><h1>Page not found</h1><footer>© Courier</footer>',
      ),
    );
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/no article found/) });
  });
});
