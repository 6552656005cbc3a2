/** Elements with no content: never opened, so never nested. */
const VOID = new Set(
  'area base br col embed hr img input keygen link meta param source track wbr'.split(' '),
);
/** Elements the HTML parser closes by itself when the next one starts: a list of a thousand
 * unclosed `<li>` is two levels deep, not a thousand. */
const SELF_CLOSING = new Set(
  'p li dt dd tr td th option optgroup thead tbody tfoot colgroup caption rb rt rtc rp'.split(' '),
);
/** Elements whose content is raw text up to their end tag, never markup. */
const RAW_TEXT = new Set(
  'script style textarea title xmp iframe noembed noframes noscript plaintext'.split(' '),
);

export interface MarkupSize {
  elements: number;
  depth: number;
}

/**
 * Counts a page's start tags and estimates how deep its elements nest, in one linear pass over
 * the source, before any DOM is built: building a DOM, and Readability's scoring, take time
 * that grows with the square of the depth, so a page of 50,000 nested `<div>`s must be refused
 * from its source. Stops counting once either limit is passed.
 */
export function measureMarkup(html: string, limits: MarkupSize): MarkupSize {
  const open: string[] = [];
  let elements = 0;
  let depth = 0;
  let i = html.indexOf('<');
  while (i !== -1 && elements <= limits.elements && depth <= limits.depth) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      if (end === -1) break;
      i = html.indexOf('<', end + 3);
      continue;
    }
    const closing = html[i + 1] === '/';
    const nameStart = i + (closing ? 2 : 1);
    let nameEnd = nameStart;
    while (nameEnd < html.length && /[A-Za-z0-9:-]/.test(html[nameEnd] ?? '')) nameEnd++;
    const gt = html.indexOf('>', nameEnd);
    if (gt === -1) break;
    if (nameEnd === nameStart || !/[A-Za-z]/.test(html[nameStart] ?? '')) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    if (closing) {
      const at = open.lastIndexOf(name);
      if (at !== -1) open.length = at;
    } else {
      elements++;
      if (RAW_TEXT.has(name)) {
        const endTag = rawTextEnd(name);
        endTag.lastIndex = gt + 1;
        if (endTag.exec(html) === null) break;
        i = html.indexOf('<', endTag.lastIndex);
        continue;
      }
      if (!VOID.has(name) && !SELF_CLOSING.has(name)) {
        open.push(name);
        depth = Math.max(depth, open.length);
      }
    }
    i = html.indexOf('<', gt + 1);
  }
  return { elements, depth };
}

const rawTextEnds = new Map<string, RegExp>();

function rawTextEnd(name: string): RegExp {
  let pattern = rawTextEnds.get(name);
  if (pattern === undefined) {
    pattern = new RegExp(`</${name}`, 'gi');
    rawTextEnds.set(name, pattern);
  }
  return pattern;
}
