import { unescapeHtml } from './escapeHtml.ts';

/**
 * Replaces the page's <title> and the tags a preview or crawler reads (description, robots,
 * canonical, Open Graph, Twitter) with the given ones, so a template's defaults are never
 * duplicated. `title` and `tags` must already be escaped HTML. Everything else in the template
 * (CSP, scripts, styles, icons) is left exactly as Vite wrote it.
 */
export function setHeadTags(templateHtml: string, title: string, tags: readonly string[]): string {
  const stripped = templateHtml.replace(HEAD_TAG, (tag) => (isReplaced(tag) ? '' : tag));
  // A function, not a string, as replacement: "$&" or "$'" in an event title must stay literal.
  const block = () => ['', `<title>${title}</title>`, ...tags].join('\n    ').trimStart();
  if (TITLE.test(stripped)) return stripped.replace(TITLE, block);
  const headEnd = stripped.search(/<\/head>/i);
  if (headEnd === -1) throw new Error('The HTML template has no </head>.');
  return `${stripped.slice(0, headEnd)}${block()}\n  ${stripped.slice(headEnd)}`;
}

/** The template's <title> text, decoded, or null when it has none. */
export function readTitle(html: string): string | null {
  const match = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  const text = match?.[1]?.trim();
  return text === undefined || text === '' ? null : unescapeHtml(text);
}

const TITLE = /<title[^>]*>[\s\S]*?<\/title>/i;

/** A whole <meta> or <link> tag (quote-aware: a ">" inside a value does not end it) with its line. */
const HEAD_TAG = /[ \t]*<(?:meta|link)\b(?:[^>"']|"[^"]*"|'[^']*')*>[ \t]*(?:\r?\n)?/gi;

const REPLACED_NAME =
  /\b(?:name|property)\s*=\s*["']?(?:description|robots|og:[\w:]+|twitter:[\w:]+)["'\s/>]/i;
const CANONICAL_REL = /\brel\s*=\s*["']?canonical["'\s/>]/i;

function isReplaced(tag: string): boolean {
  const trimmed = tag.trimStart();
  if (/^<meta\b/i.test(trimmed)) return REPLACED_NAME.test(trimmed);
  return CANONICAL_REL.test(trimmed);
}
