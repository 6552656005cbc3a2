import MarkdownIt from 'markdown-it';
import { normaliseText } from '../normaliseText.ts';
import type { ArticleReadResult } from './articleRead.ts';
import { isoDay } from './isoDay.ts';
import { webAddress } from './webAddress.ts';

/** Larger Markdown files are refused with a reason: no article comes near 500 KB, and hostile
 * markup (runs of brackets or emphasis) costs markdown-it some microseconds per character. */
export const MAX_MARKDOWN_CHARS = 500_000;

// Raw HTML stays literal text, as in a .txt article; links are never made from bare addresses.
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });
const FRONT_MATTER = /^---[ \t]*\n([\s\S]{0,10000}?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/**
 * A Markdown article as plain text: markup (`#`, `*`, `[text](url)`, fences, tables) becomes
 * the words a reader sees, one paragraph per line with a blank line between; images, whose
 * alt text is not article text, are dropped. A leading YAML front matter block gives `title`,
 * `date`/`published`, `outlet`/`publisher` and `url`, read as plain `key: value` lines.
 */
export function readMarkdownArticle(source: string): ArticleReadResult {
  if (source.length > MAX_MARKDOWN_CHARS) {
    return {
      ok: false,
      reason: `file too large (${source.length} characters; at most ${MAX_MARKDOWN_CHARS})`,
    };
  }
  const input = normaliseText(source);
  const front = FRONT_MATTER.exec(input);
  const fields = front === null ? new Map<string, string>() : frontMatterFields(front[1] ?? '');
  const paragraphs: string[] = [];
  let firstHeading: string | null = null;
  let row: string[] | null = null;
  let heading = false;
  for (const token of markdown.parse(front === null ? input : input.slice(front[0].length), {})) {
    if (token.type === 'tr_open') row = [];
    else if (token.type === 'tr_close') {
      push(paragraphs, (row ?? []).join(' '));
      row = null;
    } else if (token.type === 'heading_open') heading = true;
    else if (token.type === 'heading_close') heading = false;
    else if (token.type === 'fence' || token.type === 'code_block') push(paragraphs, token.content);
    else if (token.type === 'inline') {
      const lines = inlineText(token.children ?? []);
      if (row !== null) row.push(lines.join(' '));
      else for (const line of lines) push(paragraphs, line);
      if (heading && firstHeading === null) firstHeading = lines.join(' ').trim() || null;
    }
  }
  const text = paragraphs.join('\n\n');
  if (text.trim() === '') return { ok: false, reason: 'empty file (no text)' };
  return {
    ok: true,
    article: {
      text: `${text}\n`,
      title: fields.get('title') ?? firstHeading,
      published: isoDay(fields.get('published') ?? fields.get('date')),
      outlet: fields.get('outlet') ?? fields.get('publisher') ?? fields.get('site') ?? null,
      url: webAddress(fields.get('url') ?? fields.get('canonical')),
    },
  };
}

interface InlineToken {
  type: string;
  content: string;
}

/** The words of one inline run; a hard line break starts a new line, as in a text article. */
function inlineText(children: InlineToken[]): string[] {
  const lines: string[] = [];
  let current = '';
  for (const child of children) {
    if (child.type === 'text' || child.type === 'code_inline') current += child.content;
    else if (child.type === 'softbreak') current += ' ';
    else if (child.type === 'hardbreak') {
      lines.push(current);
      current = '';
    }
  }
  lines.push(current);
  return lines;
}

function push(paragraphs: string[], text: string): void {
  const line = text
    .replace(/[ \t]+/g, ' ')
    .replace(/\n+$/, '')
    .trim();
  if (line !== '') paragraphs.push(line);
}

function frontMatterFields(block: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of block.split('\n')) {
    const match = /^([A-Za-z_]+)\s*:\s*(.*?)\s*$/.exec(line);
    if (match === null) continue;
    const value = (match[2] ?? '').replace(/^(["'])(.*)\1$/, '$2').trim();
    if (value !== '') fields.set((match[1] ?? '').toLowerCase(), value);
  }
  return fields;
}
