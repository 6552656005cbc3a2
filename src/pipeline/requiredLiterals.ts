/**
 * Words a regular expression cannot match without: `\bBusan\b.{0,30}\b(?:meeting|summit)\b`
 * needs "busan" and one of "meeting" or "summit", so a sentence without them can skip the
 * pattern. Returns groups of lower-case strings: for the pattern (flag `i`, no `u`) to match,
 * each group must have one of its strings in the lower-cased text. The most telling group comes
 * first. No groups when the pattern requires no word or uses syntax this reader does not know;
 * such a pattern simply always runs.
 *
 * Only ASCII characters count as literal: under `i` without `u`, an ASCII character matches only
 * ASCII characters, so a match's literal run survives `toLowerCase()` of the whole text.
 */
export function requiredLiterals(source: string): string[][] {
  try {
    const reader = { source, at: 0 };
    const groups = readAlternation(reader);
    if (reader.at !== source.length) return [];
    return groups
      .filter((g) => g.length > 0 && g.every((s) => s.length > 0))
      .sort((a, b) => shortest(b) - shortest(a));
  } catch {
    return [];
  }
}

function shortest(group: string[]): number {
  return Math.min(...group.map((s) => s.length));
}

interface Reader {
  source: string;
  at: number;
}

/** Groups that must all be met; each is met by any one of its strings. Empty: nothing. */
type Req = string[][];

class Unsupported extends Error {}

function readAlternation(r: Reader): Req {
  const branches: Req[] = [readSequence(r)];
  while (r.source[r.at] === '|') {
    r.at++;
    branches.push(readSequence(r));
  }
  if (branches.length === 1) return branches[0] ?? [];
  // Either branch may match: only a group made of one group from each branch is required.
  const picks = branches.map(best);
  if (picks.some((p) => p === null)) return [];
  return [[...new Set(picks.flatMap((p) => p ?? []))]];
}

/** One item of a sequence: a literal character, or anything else with its own requirement. */
type Item = { literal: string } | { req: Req; zeroWidth: boolean };

function readSequence(r: Reader): Req {
  const reqs: Req = [];
  let run = '';
  const flush = () => {
    if (run.length > 0) reqs.push([run]);
    run = '';
  };
  while (r.at < r.source.length && r.source[r.at] !== '|' && r.source[r.at] !== ')') {
    const item = readAtom(r);
    const { min, quantified } = readQuantifier(r);
    if ('literal' in item && !quantified) {
      run += item.literal;
      continue;
    }
    // A zero-width assertion (\b, ^, lookaround) leaves the characters on both sides adjacent.
    if (!('literal' in item) && item.zeroWidth && !quantified) continue;
    flush();
    if (min === 0) continue;
    reqs.push(...('literal' in item ? [[item.literal]] : item.req));
  }
  flush();
  return reqs;
}

/** The group that screens out most: the one whose shortest string is longest. */
function best(req: Req): string[] | null {
  let chosen: string[] | null = null;
  let score = 0;
  for (const group of req) {
    if (group.length === 0) continue;
    const length = shortest(group);
    if (length > score) {
      chosen = group;
      score = length;
    }
  }
  return chosen;
}

function readAtom(r: Reader): Item {
  const c = r.source[r.at];
  if (c === undefined) throw new Unsupported();
  r.at++;
  if (c === '(') return readGroup(r);
  if (c === '[') {
    readClass(r);
    return { req: [], zeroWidth: false };
  }
  if (c === '.') return { req: [], zeroWidth: false };
  if (c === '^' || c === '$') return { req: [], zeroWidth: true };
  if (c === '\\') return readEscape(r);
  if ('*+?{}]'.includes(c)) throw new Unsupported();
  return literalOf(c);
}

function literalOf(c: string): Item {
  return c.charCodeAt(0) < 128 ? { literal: c.toLowerCase() } : { req: [], zeroWidth: false };
}

function readGroup(r: Reader): Item {
  let zeroWidth = false;
  let negative = false;
  if (r.source[r.at] === '?') {
    const rest = r.source.slice(r.at + 1);
    if (rest.startsWith(':')) r.at += 2;
    else if (rest.startsWith('=') || rest.startsWith('!')) {
      zeroWidth = true;
      negative = rest.startsWith('!');
      r.at += 2;
    } else if (rest.startsWith('<=') || rest.startsWith('<!')) {
      zeroWidth = true;
      negative = rest.startsWith('<!');
      r.at += 3;
    } else if (rest.startsWith('<')) {
      const close = r.source.indexOf('>', r.at);
      if (close < 0) throw new Unsupported();
      r.at = close + 1;
    } else throw new Unsupported();
  }
  const inner = readAlternation(r);
  if (r.source[r.at] !== ')') throw new Unsupported();
  r.at++;
  // A lookaround's words need not be in the match: lookbehind and negatives require nothing.
  return { req: zeroWidth || negative ? [] : inner, zeroWidth };
}

function readClass(r: Reader): void {
  if (r.source[r.at] === '^') r.at++;
  if (r.source[r.at] === ']') r.at++;
  while (r.at < r.source.length && r.source[r.at] !== ']') {
    r.at += r.source[r.at] === '\\' ? 2 : 1;
  }
  if (r.source[r.at] !== ']') throw new Unsupported();
  r.at++;
}

function readEscape(r: Reader): Item {
  const c = r.source[r.at];
  if (c === undefined) throw new Unsupported();
  r.at++;
  if (c === 'b' || c === 'B') return { req: [], zeroWidth: true };
  if ('dDwWsS'.includes(c)) return { req: [], zeroWidth: false };
  if (c === 'u' || c === 'x') {
    const length = c === 'u' ? 4 : 2;
    const hex = r.source.slice(r.at, r.at + length);
    if (!/^[0-9a-f]+$/i.test(hex) || hex.length !== length) throw new Unsupported();
    r.at += length;
    return literalOf(String.fromCharCode(parseInt(hex, 16)));
  }
  // Punctuation escapes stand for themselves; letters and digits (\n, \1, \k, \p) are not read.
  if (/[A-Za-z0-9]/.test(c)) throw new Unsupported();
  return literalOf(c);
}

function readQuantifier(r: Reader): { min: number; quantified: boolean } {
  const c = r.source[r.at];
  let min: number;
  if (c === '*' || c === '?') {
    min = 0;
    r.at++;
  } else if (c === '+') {
    min = 1;
    r.at++;
  } else if (c === '{') {
    const m = /^\{(\d+)(?:,(\d*))?\}/.exec(r.source.slice(r.at));
    if (m === null) throw new Unsupported();
    min = Number(m[1]);
    r.at += m[0].length;
  } else return { min: 1, quantified: false };
  if (r.source[r.at] === '?') r.at++;
  return { min, quantified: true };
}
