import { decodeSeedBytes } from '../decodeSeedBytes';
import type { ArticleReadResult } from './articleRead';
import { decodePageBytes } from './decodePageBytes';
import { readHtmlArticle } from './readHtmlArticle';
import { readMarkdownArticle } from './readMarkdownArticle';

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
