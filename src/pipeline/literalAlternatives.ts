/**
 * Splits a case-insensitive regex into the words of its top-level branches that are plain
 * literals, and the other branches. For `/halt|suspend|cut\s+off|fl[yie]/i` the words are
 * "halt", "suspend", "fly", "fli", "fle" and the rest is `/cut\s+off/i`: the regex tests true of
 * a text exactly when the text, its ASCII letters lower-cased, holds one of the words or the rest
 * tests true. A word test is a lookup in a scan the pipeline makes of every sentence anyway
 * (literalScanner), where the regex scans the sentence again.
 *
 * A branch counts as literal when it spells a few strings of ASCII characters only: letters and
 * punctuation, `[cs]` classes of single characters, `(?:y|ies)` groups and `?`. Under flag `i`
 * without `u`, an ASCII character matches only ASCII characters (see literalScanner), so such a
 * branch matches exactly where one of its strings occurs. A regex without flag `i`, or with `u`
 * or `v`, or with back-references, is all rest.
 */
export function literalAlternatives(re: RegExp): { words: string[]; rest: RegExp | null } {
  const plain = new RegExp(re.source, re.flags.replace(/[gy]/g, ''));
  if (!/i/.test(re.flags) || /[uv]/.test(re.flags) || /\\(?:[1-9]|k<)/.test(re.source)) {
    return { words: [], rest: plain };
  }
  const words: string[] = [];
  const rest: string[] = [];
  for (const branch of topLevelBranches(re.source)) {
    const spelled = spell(branch);
    if (spelled === null) rest.push(branch);
    else words.push(...spelled);
  }
  return {
    words: [...new Set(words)],
    rest: rest.length === 0 ? null : new RegExp(rest.join('|'), plain.flags),
  };
}

/** More strings than this from one branch: run the regex instead. */
const MAX_STRINGS = 64;

function topLevelBranches(source: string): string[] {
  const branches: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      branches.push(source.slice(start, i));
      start = i + 1;
    }
  }
  branches.push(source.slice(start));
  return branches;
}

/** The lower-case strings a branch spells, or null when it is not a plain literal. */
function spell(branch: string): string[] | null {
  const reader = { source: branch, at: 0 };
  const strings = readSequence(reader);
  if (strings === null || reader.at !== branch.length) return null;
  if (strings.some((s) => s === '')) return null;
  return strings;
}

interface Reader {
  source: string;
  at: number;
}

const SPECIAL = '\\^$.|?*+()[]{}';

function readSequence(r: Reader): string[] | null {
  let strings = [''];
  while (r.at < r.source.length && r.source[r.at] !== '|' && r.source[r.at] !== ')') {
    let item = readItem(r);
    if (item === null) return null;
    const q = r.source[r.at];
    if (q === '?') {
      r.at++;
      if (r.source[r.at] === '?') return null;
      item = [...item, ''];
    } else if (q === '*' || q === '+' || q === '{') return null;
    const next: string[] = [];
    for (const s of strings) for (const t of item) next.push(s + t);
    if (next.length > MAX_STRINGS) return null;
    strings = next;
  }
  return strings;
}

function readItem(r: Reader): string[] | null {
  const c = r.source[r.at];
  if (c === undefined) return null;
  r.at++;
  if (c === '(') {
    if (r.source.startsWith('?:', r.at)) r.at += 2;
    else if (r.source[r.at] === '?') return null;
    const strings: string[] = [];
    for (;;) {
      const branch = readSequence(r);
      if (branch === null) return null;
      strings.push(...branch);
      const end = r.source[r.at];
      r.at++;
      if (end === ')') return strings;
      if (end !== '|') return null;
    }
  }
  if (c === '[') {
    const chars: string[] = [];
    for (let d = r.source[r.at]; d !== ']'; d = r.source[r.at]) {
      if (d === undefined || d === '^' || d === '-' || d === '\\' || d === '[') return null;
      const literal = literalChar(d);
      if (literal === null) return null;
      chars.push(literal);
      r.at++;
    }
    r.at++;
    return chars.length === 0 ? null : chars;
  }
  if (c === '\\') {
    const d = r.source[r.at];
    r.at++;
    // Only punctuation stands for itself after a backslash (\. \-); \s, \b, \w and the rest do not.
    if (d === undefined || /[A-Za-z0-9]/.test(d)) return null;
    const literal = literalChar(d);
    return literal === null ? null : [literal];
  }
  if (SPECIAL.includes(c)) return null;
  const literal = literalChar(c);
  return literal === null ? null : [literal];
}

function literalChar(c: string): string | null {
  return c.charCodeAt(0) < 128 && c !== '\n' && c !== '\r' ? c.toLowerCase() : null;
}
