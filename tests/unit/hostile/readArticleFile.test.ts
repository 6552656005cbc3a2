import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { eventsFileSchema } from '../../../src/data/eventSchema.ts';
import { normaliseText } from '../../../src/pipeline/normaliseText.ts';
import { readArticleFile } from '../../../src/pipeline/read/readArticleFile.ts';
import { runPipelineOnDir } from '../../../src/pipeline/runPipelineOnDir.ts';
import { HTML_PAYLOADS, anyText, hostileSentence } from '../../fixtures/hostile/hostileText.ts';
import { HEAVY_TIMEOUT_MS, PROPERTY_SEED } from '../../fixtures/hostile/propertyRuns.ts';

/** Cases per property; chosen to keep this file to a few seconds on two cores. */
const RUNS = { html: 150, markdown: 150 } as const;
const runs = (numRuns: number) => ({ seed: PROPERTY_SEED, numRuns });

const BODY =
  '<p>The United States and China agreed on Monday to extend their tariff truce for another ninety days, officials in both capitals said.</p>'.repeat(
    3,
  );

/** Every way a page could try to run code; each would set this flag if anything ran it. */
const FLAG = '__readArticleFileRan';
const RUNNERS = [
  `<script>globalThis.${FLAG} = 'script'</script>`,
  `<script type="module">globalThis.${FLAG} = 'module'</script>`,
  `<img src="x" onerror="globalThis.${FLAG} = 'onerror'">`,
  `<body onload="globalThis.${FLAG} = 'onload'">`,
  `<svg onload="globalThis.${FLAG} = 'svg'"><script>globalThis.${FLAG} = 'svg-script'</script></svg>`,
  `<iframe srcdoc="<script>globalThis.${FLAG} = 'srcdoc'</script>"></iframe>`,
  `<a href="javascript:globalThis.${FLAG} = 'href'">link</a>`,
  `<meta http-equiv="refresh" content="0;url=javascript:globalThis.${FLAG} = 'refresh'">`,
  `<object data="data:text/html,<script>globalThis.${FLAG} = 'object'</script>"></object>`,
  `<template><script>globalThis.${FLAG} = 'template'</script></template>`,
  `<style>@import url("javascript:globalThis.${FLAG} = 'css'");</style>`,
];

const TAGS = [
  'div',
  'p',
  'span',
  'b',
  'i',
  'article',
  'section',
  'li',
  'table',
  'td',
  'a',
  'h1',
  'nav',
  'aside',
];
const markupPiece: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: hostileSentence },
  { weight: 2, arbitrary: fc.constantFrom(...TAGS).map((t) => `<${t}>`) },
  { weight: 2, arbitrary: fc.constantFrom(...TAGS).map((t) => `</${t}>`) },
  { weight: 1, arbitrary: fc.constantFrom(...RUNNERS) },
  { weight: 1, arbitrary: fc.constantFrom(...HTML_PAYLOADS) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '&amp;',
      '&#0;',
      '&#xD800;',
      '&#99999999;',
      '&nbsp;',
      '&bogus;',
      '&',
      '<',
      '>',
      '<!--',
      '-->',
      '<![CDATA[',
      '<!doctype html>',
      '<html>',
      '<body>',
      '</body>',
    ),
  },
  { weight: 1, arbitrary: fc.constant(BODY) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);
const hostilePage = fc.array(markupPiece, { maxLength: 60 }).map((pieces) => pieces.join(''));

function expectReadable(result: ReturnType<typeof readArticleFile>): void {
  if (!result.ok) {
    expect(result.reason.trim()).not.toBe('');
    return;
  }
  const { text, url, published } = result.article;
  expect(text).toBe(normaliseText(text));
  expect(text.trim()).not.toBe('');
  expect(url === null || /^https?:\/\//.test(url)).toBe(true);
  expect(published === null || /^\d{4}-\d{2}-\d{2}$/.test(published)).toBe(true);
}

const bytes = (s: string) => new TextEncoder().encode(s);

describe('reading hostile pages and Markdown', () => {
  afterAll(() => {
    expect((globalThis as Record<string, unknown>)[FLAG]).toBeUndefined();
  });

  it(
    'never throws on random markup, runs nothing in it, and returns text or a reason',
    () => {
      fc.assert(
        fc.property(hostilePage, (page) => {
          expectReadable(readArticleFile('page.html', bytes(page)));
          expect((globalThis as Record<string, unknown>)[FLAG]).toBeUndefined();
        }),
        runs(RUNS.html),
      );
    },
    HEAVY_TIMEOUT_MS,
  );

  it('runs no script, handler, frame or javascript: link of a page, and keeps its article', () => {
    const page = `<html><head>${RUNNERS.join('')}</head><body>${RUNNERS.join('')}<article>${BODY}</article></body></html>`;
    const result = readArticleFile('page.html', bytes(page));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.article.text).toContain('extend their tariff truce');
    expect((globalThis as Record<string, unknown>)[FLAG]).toBeUndefined();
  });

  it.each([
    ['javascript: everywhere', 'javascript:alert(1)'],
    ['data: everywhere', 'data:text/html,<script>alert(1)</script>'],
    ['a relative path without a page address', '/news/talks'],
  ])('keeps no address from a page with %s', (_, address) => {
    const page = `<html><head><meta property="og:url" content="${address}"><link rel="canonical" href="${address}"><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', url: address, mainEntityOfPage: address })}</script></head><body><article>${BODY}</article></body></html>`;
    const result = readArticleFile('page.html', bytes(page));
    expect(result.ok && result.article.url).toBeNull();
  });

  it.each([
    [
      '100,000 nested divs',
      `${'<div>'.repeat(100_000)}${BODY}${'</div>'.repeat(100_000)}`,
      /nested too deeply/,
    ],
    ['200,000 unclosed <b>', `${'<b>'.repeat(200_000)}${BODY}`, /nested too deeply/],
    ['20,000 nested tables', `${'<table><tr><td>'.repeat(20_000)}${BODY}`, /nested too deeply/],
    [
      '80,000 sibling elements',
      `${'<span>x</span>'.repeat(80_000)}${BODY}`,
      /too large .*elements/,
    ],
    [
      'an entity flood',
      `<p>${'&amp;'.repeat(900_000)}</p>${BODY}`,
      /too many character references/,
    ],
    ['a 6 MB page', `${BODY}${'x'.repeat(6_000_000)}`, /too large .*characters/],
    ['an empty page', '', /empty/],
    [
      'navigation only',
      '<nav><a href="/">Home</a> <a href="/world">World</a></nav>',
      /no article found/,
    ],
  ])('refuses %s with a reason', (_, page, reason) => {
    const result = readArticleFile('page.html', bytes(page));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it.each([
    [
      'binary bytes',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      /binary content/,
    ],
    [
      'bytes that are not UTF-8',
      new Uint8Array([0x3c, 0x70, 0x3e, 0xff, 0xfe, 0x3c]),
      /not valid utf-8/,
    ],
    [
      'an unknown encoding',
      bytes('<meta charset="x-klingon"><p>text</p>'),
      /unknown character encoding "x-klingon"/,
    ],
  ])('refuses a page of %s with a reason', (_, input, reason) => {
    const result = readArticleFile('page.htm', input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('reads a page in the encoding it declares', () => {
    const page = `<html><head><meta charset="windows-1252"></head><body><article>${BODY.replace('Monday', 'Monday \u2014 caf\u00e9 \u2019')}</article></body></html>`;
    const encoded = Uint8Array.from(
      [...page].map(
        (c) => ({ '\u2014': 0x97, '\u00e9': 0xe9, '\u2019': 0x92 })[c] ?? c.charCodeAt(0),
      ),
    );
    const result = readArticleFile('page.html', encoded);
    expect(result.ok && result.article.text).toContain('Monday \u2014 caf\u00e9 \u2019');
  });

  it(
    'never throws on random Markdown and returns text or a reason',
    () => {
      const markdown = fc
        .array(
          fc.oneof(
            anyText,
            fc.constantFrom(
              '# ',
              '> ',
              '- ',
              '1. ',
              '```',
              '`',
              '*',
              '_',
              '[a](javascript:x)',
              '![i](data:x)',
              '---\n',
              '| a | b |\n|-|-|\n',
              '\n\n',
            ),
            fc.constantFrom(...HTML_PAYLOADS),
          ),
          { maxLength: 40 },
        )
        .map((parts) => parts.join(''));
      fc.assert(
        fc.property(markdown, (source) => {
          const result = readArticleFile('note.md', bytes(source));
          expectReadable(result);
        }),
        runs(RUNS.markdown),
      );
    },
    HEAVY_TIMEOUT_MS,
  );

  it.each([
    ['100,000 nested quotes', `${'>'.repeat(100_000)} Beijing said on Monday it would retaliate.`],
    ['300,000 open brackets', `${'['.repeat(300_000)}x`],
    ['a 3 MB file', 'word '.repeat(600_000)],
    ['200,000 emphasis openers', '**_'.repeat(200_000)],
  ])(
    'reads or refuses Markdown with %s, without throwing',
    (_, source) => {
      expectReadable(readArticleFile('note.md', bytes(source)));
    },
    HEAVY_TIMEOUT_MS,
  );
});

describe('the parse command on a seeds folder with hostile pages', () => {
  const GOOD = 'Published: 12 May 2025\n\nTrump and Xi spoke by phone on Monday about tariffs.\n';

  it.each([
    [
      'deeply nested',
      'deep.html',
      `${'<div>'.repeat(10_000)}${BODY}`,
      /deep\.html: markup nested too deeply/,
    ],
    ['without an article', 'nav.htm', '<nav>Home</nav>', /nav\.htm: no article found/],
    ['binary', 'binary.html', '\u0000\u0001PNG', /binary\.html: binary content/],
  ])(
    'stops on a page that is %s, names it, and leaves the previous output untouched',
    (_, name, page, reason) => {
      const dir = mkdtempSync(join(tmpdir(), 'hostile-pages-'));
      const out = join(dir, 'out', 'events.json');
      writeFileSync(join(dir, '001_call.txt'), GOOD);
      expect(runPipelineOnDir(dir, out).ok).toBe(true);
      const before = readFileSync(out, 'utf8');
      writeFileSync(join(dir, name), page);
      const run = runPipelineOnDir(dir, out);
      expect(run.ok).toBe(false);
      if (!run.ok) expect(run.errors.join('\n')).toMatch(reason);
      expect(readFileSync(out, 'utf8')).toBe(before);
    },
  );

  it('refuses a page and a text file that share a stem, since the stem is the source id', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hostile-pages-'));
    writeFileSync(join(dir, '003_talks.txt'), GOOD);
    writeFileSync(join(dir, '003_talks.html'), `<article>${BODY}</article>`);
    const run = runPipelineOnDir(dir, join(dir, 'out', 'events.json'));
    expect(run.ok).toBe(false);
    if (!run.ok)
      expect(run.errors.join('\n')).toMatch(
        /same source id "003_talks" as 003_talks\.(?:html|txt); rename the file/,
      );
  });

  it('quotes a hostile page that has an article at exact offsets of its extracted text, as text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hostile-pages-'));
    const out = join(dir, 'out', 'events.json');
    const sentence =
      'Trump and Xi spoke by phone on Monday about tariffs and &lt;script&gt;alert(1)&lt;/script&gt; chips.';
    writeFileSync(
      join(dir, '002_page.html'),
      `<html><head>${RUNNERS.join('')}<meta property="article:published_time" content="2025-05-12"></head><body><article><p>${sentence}</p>${BODY}</article></body></html>`,
    );
    expect(runPipelineOnDir(dir, out).ok).toBe(true);
    const file = eventsFileSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    const [source] = file.sources;
    expect(source?.id).toBe('002_page');
    expect(source?.published).toBe('2025-05-12');
    expect(source?.text).toContain('about tariffs and <script>alert(1)</script> chips.');
    const mentions = file.events.flatMap((e) => e.mentions);
    expect(mentions.length).toBeGreaterThan(0);
    for (const m of mentions) expect(source?.text?.slice(m.start, m.end)).toBe(m.quote);
    expect((globalThis as Record<string, unknown>)[FLAG]).toBeUndefined();
  });
});
