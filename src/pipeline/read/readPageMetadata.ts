import { isoDay } from './isoDay.ts';
import { webAddress } from './webAddress.ts';

export interface PageMetadata {
  title: string | null;
  published: string | null;
  outlet: string | null;
  url: string | null;
}

/** JSON-LD blocks above this size are skipped rather than parsed: no real article needs one. */
const MAX_JSON_LD_CHARS = 200_000;
const ARTICLE_TYPE = /(?:^|:)(?:\w*Article|BlogPosting|Report)$/;
/** Class, id or itemprop of the element around a byline's `<time>`: "By Ana Li · <time …>". */
const BYLINE =
  /byline|dateline|posted|publish|entry-meta|article-meta|post-meta|story-meta|timestamp/i;

/**
 * What a page says about itself, from the places sites put it, most specific first: JSON-LD
 * (`NewsArticle`, `BlogPosting`…), Open Graph and `article:` meta tags, microdata, the byline's
 * `<time>`. Values are read as data: JSON-LD is parsed, never run, and only http(s) addresses
 * survive.
 */
export function readPageMetadata(doc: Document, pageUrl?: string): PageMetadata {
  const ld = articleJsonLd(doc);
  const meta = (key: string): string | null => {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
    return clean(el?.getAttribute('content'));
  };
  const microdata = doc.querySelector('[itemprop="datePublished"]');
  const base = pageUrl ?? undefined;
  return {
    title: clean(stringOf(ld?.['headline'])) ?? meta('og:title') ?? meta('twitter:title'),
    published:
      isoDay(stringOf(ld?.['datePublished'])) ??
      isoDay(meta('article:published_time')) ??
      isoDay(
        microdata?.getAttribute('content') ??
          microdata?.getAttribute('datetime') ??
          microdata?.textContent,
      ) ??
      isoDay(bylineTime(doc)) ??
      isoDay(meta('date')),
    outlet: clean(nameOf(ld?.['publisher'])) ?? meta('og:site_name') ?? meta('application-name'),
    url:
      webAddress(meta('og:url'), base) ??
      webAddress(doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'), base) ??
      webAddress(stringOf(ld?.['url']) ?? idOf(ld?.['mainEntityOfPage']), base),
  };
}

type JsonObject = Record<string, unknown>;

function articleJsonLd(doc: Document): JsonObject | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const source = script.textContent ?? '';
    if (source.length > MAX_JSON_LD_CHARS) continue;
    let data: unknown;
    try {
      data = JSON.parse(source);
    } catch {
      continue;
    }
    const found = findArticle(data);
    if (found !== null) return found;
  }
  return null;
}

/** Breadth-first over arrays and `@graph`, a bounded number of nodes: a hostile block cannot stall it. */
function findArticle(data: unknown): JsonObject | null {
  const queue: unknown[] = [data];
  for (let seen = 0; seen < queue.length && seen < 1_000; seen++) {
    const item = queue[seen];
    if (Array.isArray(item)) {
      queue.push(...item.slice(0, 100));
    } else if (isObject(item)) {
      const type = item['@type'];
      const types = Array.isArray(type) ? type : [type];
      if (types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t))) return item;
      if (item['@graph'] !== undefined) queue.push(item['@graph']);
    }
  }
  return null;
}

function bylineTime(doc: Document): string | null {
  for (const time of doc.querySelectorAll('time[datetime]')) {
    if (time.hasAttribute('pubdate')) return time.getAttribute('datetime');
    let el: Element | null = time.parentElement;
    for (let depth = 0; el !== null && depth < 4; depth++, el = el.parentElement) {
      const names = `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('itemprop') ?? ''}`;
      if (BYLINE.test(names) || (el.tagName === 'HEADER' && el.closest('article') !== null)) {
        return time.getAttribute('datetime');
      }
    }
  }
  return null;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return stringOf(value[0]);
  return null;
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return nameOf(value[0]);
  return isObject(value) ? stringOf(value['name']) : null;
}

function idOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  return isObject(value) ? (stringOf(value['@id']) ?? stringOf(value['url'])) : null;
}

/** One line of plain text, or null when there is none; a title of 300+ characters is not a title. */
function clean(value: string | null | undefined): string | null {
  const text = (value ?? '').replace(/\s+/g, ' ').trim();
  return text === '' || text.length > 300 ? null : text;
}
