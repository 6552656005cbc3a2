import { decodeSeedBytes } from '../decodeSeedBytes.ts';
import type { ArticleReadResult } from './articleRead.ts';
import { decodePageBytes } from './decodePageBytes.ts';
import { readHtmlArticle } from './readHtmlArticle.ts';
import { readMarkdownArticle } from './readMarkdownArticle.ts';

/**
 * Reads one article file by its extension: `.txt` as it is, `.md` without its markup,
 * `.html`/`.htm` through Readability. The result's text is what offsets index.
 */
export function readArticleFile(
  name: string,
  bytes: Uint8Array,
  pageUrl?: string,
): ArticleReadResult {
  const lower = name.toLowerCase();
  if (lower.endsWith('.html') || lower.endsWith('.htm')) {
    const decoded = decodePageBytes(bytes);
    return decoded.ok ? readHtmlArticle(decoded.text, pageUrl) : decoded;
  }
  const decoded = decodeSeedBytes(bytes);
  if (!decoded.ok) return decoded;
  if (lower.endsWith('.md')) return readMarkdownArticle(decoded.text);
  return {
    ok: true,
    article: { text: decoded.text, title: null, published: null, outlet: null, url: null },
  };
}
