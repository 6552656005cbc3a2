/**
 * Unicode sentence breaking (UAX #29, as ICU and Intl.Segmenter do it) for text of a small
 * alphabet: printable ASCII, tab, the no-break space, typographic quotes and dashes. Returns
 * the segments Intl.Segmenter would, or null when the text has any other character. An ICU
 * call costs microseconds per sentence, most of the segmenter's time on plain prose.
 *
 * In this alphabet the rules that matter are SB6–SB11: a break may only follow a terminator
 * (".", "!", "?"), its closing punctuation and its spaces, and is kept out by a digit right
 * after a full stop ("3.5"), an upper-case letter right after a letter's full stop ("U.S"),
 * a lower-case word after a full stop ("etc. and"), or a comma, colon or dash after any
 * terminator ("Really?, he asked"; the semicolon counts too).
 */
export function sentenceBreaks(text: string): { segment: string; index: number }[] | null {
  for (let i = 0; i < text.length; i++) if (classOf(text.charCodeAt(i)) === OTHER) return null;
  const out: { segment: string; index: number }[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const term = classOf(text.charCodeAt(i));
    if (term !== ATERM && term !== STERM) continue;
    let j = i + 1;
    while (j < text.length && classOf(text.charCodeAt(j)) === CLOSE) j++;
    while (j < text.length && classOf(text.charCodeAt(j)) === SP) j++;
    if (j >= text.length) break;
    if (!breaksAt(text, i, term, j)) continue;
    out.push({ segment: text.slice(start, j), index: start });
    start = j;
    i = j - 1;
  }
  if (start < text.length) out.push({ segment: text.slice(start), index: start });
  return out;
}

/** Whether the text breaks at `at`, after the terminator at `term` and its closers and spaces. */
function breaksAt(text: string, term: number, kind: number, at: number): boolean {
  const after = classOf(text.charCodeAt(at));
  if (kind === ATERM) {
    // SB6 "3.5", SB7 "U.S": only right after the full stop.
    if (at === term + 1 && after === NUMERIC) return false;
    if (at === term + 1 && after === UPPER && term > 0) {
      const before = classOf(text.charCodeAt(term - 1));
      if (before === UPPER || before === LOWER) return false;
    }
    // SB8: the next letter, past anything that is not a letter or terminator, is lower case.
    let k = at;
    while (k < text.length) {
      const c = classOf(text.charCodeAt(k));
      if (c === UPPER || c === LOWER || c === ATERM || c === STERM) break;
      k++;
    }
    if (k < text.length && classOf(text.charCodeAt(k)) === LOWER) return false;
  }
  // SB8a: a continuation or another terminator.
  return !(after === SCONTINUE || after === ATERM || after === STERM);
}

const OTHER = 0;
const SP = 1;
const LOWER = 2;
const UPPER = 3;
const NUMERIC = 4;
const ATERM = 5;
const STERM = 6;
const CLOSE = 7;
const SCONTINUE = 8;
/** Letters, digits and the rest of printable ASCII that no rule names. */
const PLAIN = 9;

/**
 * The classes of every character up to the typographic quotes, looked up instead of tested:
 * the segmenter asks for the class of each character twice, and the chain of tests below was
 * most of its time.
 */
const CLASSES = Uint8Array.from({ length: 0x2020 }, (_, c) => classify(c));

function classOf(c: number): number {
  return c < 0x2020 ? (CLASSES[c] ?? OTHER) : OTHER;
}

function classify(c: number): number {
  if (c >= 97 && c <= 122) return LOWER;
  if (c >= 65 && c <= 90) return UPPER;
  if (c >= 48 && c <= 57) return NUMERIC;
  if (c === 32 || c === 9 || c === 0xa0) return SP;
  if (c === 46) return ATERM;
  if (c === 33 || c === 63) return STERM;
  // " ' ( ) [ ] { } and the typographic quotes.
  if (
    c === 34 ||
    c === 39 ||
    c === 40 ||
    c === 41 ||
    c === 91 ||
    c === 93 ||
    c === 123 ||
    c === 125
  )
    return CLOSE;
  if (c >= 0x2018 && c <= 0x201d && c !== 0x201a && c !== 0x201b) return CLOSE;
  if (c === 44 || c === 45 || c === 58 || c === 59 || c === 0x2013 || c === 0x2014)
    return SCONTINUE;
  if (c > 32 && c < 127) return PLAIN;
  return OTHER;
}
