import { describe, expect, it } from 'vitest';
import { readMarkdownArticle } from '../../../src/pipeline/read/readMarkdownArticle.ts';

function read(source: string) {
  const result = readMarkdownArticle(source);
  if (!result.ok) throw new Error(result.reason);
  return result.article;
}

describe('readMarkdownArticle', () => {
  it('keeps the words and drops the markup', () => {
    const source = [
      '# Talks resume',
      '',
      '**Beijing** and *Washington* resumed [trade talks](https://example.com/talks) on `Monday`,',
      'officials said.',
      '',
      '![A photo of the delegations](photo.jpg)',
      '',
      '> The two sides will meet again in June.',
      '',
      '- Tariffs stay at 10 percent.',
      '1. Export controls are next.',
      '',
      '| Side | Offer |',
      '|------|-------|',
      '| US   | cuts  |',
    ].join('\n');
    expect(read(source).text).toBe(
      [
        'Talks resume',
        'Beijing and Washington resumed trade talks on Monday, officials said.',
        'The two sides will meet again in June.',
        'Tariffs stay at 10 percent.',
        'Export controls are next.',
        'Side Offer',
        'US cuts',
      ].join('\n\n') + '\n',
    );
  });

  it('takes title, date, outlet and address from front matter, else the title from the first heading', () => {
    const front =
      '---\ntitle: "Talks resume"\ndate: 2025-05-12\noutlet: Lakeside Courier\nurl: https://example.com/talks\n---\n\nBody text.\n';
    expect(read(front)).toEqual({
      text: 'Body text.\n',
      title: 'Talks resume',
      published: '2025-05-12',
      outlet: 'Lakeside Courier',
      url: 'https://example.com/talks',
    });
    expect(read('Intro line.\n\n## Talks resume\n\nBody.').title).toBe('Talks resume');
  });

  it('keeps raw HTML and javascript: links as the text they are', () => {
    const { text, url } = read(
      '---\nurl: javascript:alert(1)\n---\n<script>alert(1)</script> and [x](javascript:alert(1)) here.',
    );
    // markdown-it makes no link of a javascript: target, so its markup is left as written.
    expect(text).toBe('<script>alert(1)</script> and [x](javascript:alert(1)) here.\n');
    expect(url).toBeNull();
  });

  it('refuses a file with no text once the markup is gone', () => {
    expect(readMarkdownArticle('![only a picture](a.png)\n\n---\n')).toEqual({
      ok: false,
      reason: 'empty file (no text)',
    });
  });
});
