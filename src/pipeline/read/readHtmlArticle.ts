import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { normaliseText } from '../normaliseText.ts';
import type { ArticleReadResult } from './articleRead.ts';
import { domToText } from './domToText.ts';
import { measureMarkup } from './measureMarkup.ts';
import { readPageMetadata } from './readPageMetadata.ts';
import { removePageFurniture } from './removePageFurniture.ts';

/** Pages above these sizes are refused with a reason: no news article comes near them. */
export const MAX_PAGE_CHARS = 5_000_000;
export const MAX_PAGE_ELEMENTS = 50_000;
/** Real pages nest a few dozen levels; hostile ones nest deep to make DOM work quadratic. */
export const MAX_PAGE_DEPTH = 256;
/** Each `&amp;` becomes a DOM text node of its own while parsing: a flood of them is refused. */
export const MAX_PAGE_REFERENCES = 100_000;
/** Less extracted text than this is a page without an article (an index, an error page). */
const MIN_ARTICLE_CHARS = 200;

/**
 * The article in a web page as plain text, with the page's metadata. The DOM is linkedom's,
 * which has no script engine: nothing in the page runs, loads or resolves. `pageUrl` (where
 * it was fetched from) resolves a relative canonical link.
 */
export function readHtmlArticle(html: string, pageUrl?: string): ArticleReadResult {
  if (html.length > MAX_PAGE_CHARS) {
    return {
      ok: false,
      reason: `page too large (${html.length} characters; at most ${MAX_PAGE_CHARS})`,
    };
  }
  const size = measureMarkup(html, { elements: MAX_PAGE_ELEMENTS, depth: MAX_PAGE_DEPTH });
  if (size.elements > MAX_PAGE_ELEMENTS) {
    return { ok: false, reason: `page too large (more than ${MAX_PAGE_ELEMENTS} elements)` };
  }
  if (size.depth > MAX_PAGE_DEPTH) {
    return { ok: false, reason: `markup nested too deeply (more than ${MAX_PAGE_DEPTH} levels)` };
  }
  const references = countAmpersands(html, MAX_PAGE_REFERENCES);
  if (references > MAX_PAGE_REFERENCES) {
    return {
      ok: false,
      reason: `too many character references (more than ${MAX_PAGE_REFERENCES} "&")`,
    };
  }
  let doc: Document;
  try {
    doc = parsePage(html);
  } catch (error) {
    return { ok: false, reason: `markup could not be read (${describe(error)})` };
  }
  const elements = doc.querySelectorAll('*').length;
  if (elements > MAX_PAGE_ELEMENTS) {
    return {
      ok: false,
      reason: `page too large (${elements} elements; at most ${MAX_PAGE_ELEMENTS})`,
    };
  }
  try {
    const metadata = readPageMetadata(doc, pageUrl);
    removePageFurniture(doc);
    const parsed = new Readability(doc, {
      maxElemsToParse: MAX_PAGE_ELEMENTS,
      // Hand back the element itself: its text is taken paragraph by paragraph, never via HTML.
      serializer: (node: Node) => node,
    }).parse();
    const body = parsed?.content;
    const text = body === null || body === undefined ? '' : normaliseText(domToText(body));
    if (text.length < MIN_ARTICLE_CHARS) {
      return {
        ok: false,
        reason: 'no article found on the page (too little text outside page furniture)',
      };
    }
    return {
      ok: true,
      article: {
        text: `${text}\n`,
        title: metadata.title ?? oneLine(parsed?.title),
        published: metadata.published,
        outlet: metadata.outlet ?? oneLine(parsed?.siteName),
        url: metadata.url,
      },
    };
  } catch (error) {
    // Markup nested deeper than the DOM code can walk ends here as a RangeError, with a reason.
    return {
      ok: false,
      reason:
        error instanceof RangeError
          ? 'markup nested too deeply to read'
          : `markup could not be read (${describe(error)})`,
    };
  }
}

/**
 * linkedom builds what the markup says and no more: a fragment without `<html>` gets no
 * document element or body, which Readability needs. Such a page is parsed again inside a
 * skeleton. Adjacent text nodes (one per entity) are joined, so later text walks stay linear.
 */
function parsePage(html: string): Document {
  let doc = parseHTML(html).document;
  if (doc.documentElement?.tagName !== 'HTML' || doc.body === null) {
    doc = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document;
  }
  doc.documentElement.normalize();
  return doc;
}

function countAmpersands(html: string, limit: number): number {
  let count = 0;
  for (let i = html.indexOf('&'); i !== -1 && count <= limit; i = html.indexOf('&', i + 1)) count++;
  return count;
}

function oneLine(value: string | null | undefined): string | null {
  const text = (value ?? '').replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

function describe(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 200);
}
