import { literalFinder, literalMarks, type ScanOptions } from './literalScanner.ts';
import { requiredLiterals } from './requiredLiterals.ts';

/**
 * Builds a test that says, for each of `patterns`, whether it may match a text: false means it
 * cannot, for the text lacks a word the pattern cannot match without (see requiredLiterals),
 * found for all the patterns in one pass (literalScanner); true means the pattern must be run.
 * The text is scanned once; each pattern's words are looked up only when it is asked about, and
 * only until the screen scans another text. The
 * kinds' patterns (`\b(?:held|hold)\s+(?:a\s+)?(?:phone\s+)?call`) each need a word or two that
 * most sentences lack; run one by one, each scans the whole sentence to find nothing.
 *
 * A pattern with flags `i` and `u` (or `v`) is always run: there "k" also matches the Kelvin
 * sign, which the scanner does not fold.
 */
export function patternScreen(
  patterns: readonly RegExp[],
  options: ScanOptions = {},
): (text: string) => (pattern: number) => boolean {
  const { words, needs } = wordNeeds(patterns);
  const { scan, seen, latest } = literalMarks(words, options);
  let group = 0;
  const groupsOf = flatLists(needs.map((groups) => groups.map(() => group++)));
  const wordsOf = flatLists(needs.flat());
  return (text) => {
    const stamp = scan(text);
    return (pattern) => {
      // The marks belong to the latest scan only; an answer from an older one would be wrong.
      if (stamp !== latest()) throw new Error('patternScreen: a text was asked after a newer one');
      return meets(seen, stamp, pattern, groupsOf, wordsOf);
    };
  };
}

/**
 * The words the patterns need, each listed once, and per pattern its groups of word ids: each
 * group needs one of its words in the text. A pattern with flags `i` and `u`/`v` needs none.
 */
function wordNeeds(patterns: readonly RegExp[]): { words: string[]; needs: number[][][] } {
  const words: string[] = [];
  const idOf = new Map<string, number>();
  const wordId = (word: string): number => {
    let id = idOf.get(word);
    if (id === undefined) {
      id = words.length;
      words.push(word);
      idOf.set(word, id);
    }
    return id;
  };
  const needs = patterns.map((p) =>
    /i/.test(p.flags) && /[uv]/.test(p.flags)
      ? []
      : requiredLiterals(p.source).map((group) => group.map(wordId)),
  );
  return { words, needs };
}

/** Whether each group of the pattern has a word marked in `seen` with the scan's number. */
function meets(
  seen: Float64Array,
  stamp: number,
  pattern: number,
  groupsOf: FlatLists,
  wordsOf: FlatLists,
): boolean {
  const end = groupsOf.start[pattern + 1] ?? 0;
  for (let g = groupsOf.start[pattern] ?? 0; g < end; g++) {
    const group = groupsOf.items[g] ?? 0;
    let any = false;
    const last = wordsOf.start[group + 1] ?? 0;
    for (let w = wordsOf.start[group] ?? 0; w < last; w++) {
      if (seen[wordsOf.items[w] ?? 0] === stamp) {
        any = true;
        break;
      }
    }
    if (!any) return false;
  }
  return true;
}

/**
 * The same screen as patternScreen, answering with the indices (ascending) of the patterns that
 * may match a text: those patternScreen's test says true of. Built from the few words the text
 * holds, it costs little when the patterns are many and the text can match few of them, as the
 * gazetteer's aliases or the registry's are for most sentences.
 */
export function patternCandidates(
  patterns: readonly RegExp[],
  options: ScanOptions = {},
): (text: string) => number[] {
  const { always, visit } = candidateSearch(patterns, options);
  return (text) => {
    const out = always.length === 0 ? [] : always.slice();
    visit(text, (pattern) => insertAscending(out, pattern));
    return out;
  };
}

/**
 * patternCandidates for a caller that only marks the patterns a text may match: sets
 * `marks[p] = mark` for each of them and leaves the rest of `marks` alone. No list is made or
 * kept in order, which the screens of every sentence (the kinds' cues and patterns, the
 * registry's aliases) paid for when each only marked the list's patterns in an array after.
 */
export function patternMarks(
  patterns: readonly RegExp[],
  options: ScanOptions = {},
): (text: string, marks: Float64Array, mark: number) => void {
  const { always, visit } = candidateSearch(patterns, options);
  return (text, marks, mark) => {
    for (const pattern of always) marks[pattern] = mark;
    visit(text, (pattern) => (marks[pattern] = mark));
  };
}

/**
 * The patterns without words of their own (`always`), and a search that hands each other
 * pattern a text may match to `take`, once, in no set order.
 */
function candidateSearch(
  patterns: readonly RegExp[],
  options: ScanOptions,
): {
  always: readonly number[];
  visit: (text: string, take: (pattern: number) => void) => void;
} {
  const { words, needs } = wordNeeds(patterns);
  // Each pattern is looked up by the words of its first group: it cannot match without one.
  const byWord: number[][] = words.map(() => []);
  const always: number[] = [];
  needs.forEach((groups, pattern) => {
    const first = groups[0];
    if (first === undefined) always.push(pattern);
    else for (const id of new Set(first)) byWord[id]?.push(pattern);
  });
  // Flat, in typed arrays: the search runs on every sentence, between stages that push its
  // tables out of cache, and an array of arrays is a miss for each one it steps into.
  const lists = flatLists(byWord);
  // A pattern is reached by a word of its first group, which the text then holds: only its
  // other groups are left to test.
  const others = needs.map((groups) => groups.slice(1));
  let group = 0;
  const rest = flatLists(others.map((groups) => groups.map(() => group++)));
  const groupWords = flatLists(others.flat());
  const find = literalFinder(words, options);
  const wordSeen = new Float64Array(words.length);
  const patternSeen = new Float64Array(patterns.length);
  let scans = 0;
  // Reused by every call: a fresh array per sentence is garbage the collector then pays for.
  const found: number[] = [];
  const visit = (text: string, take: (pattern: number) => void): void => {
    const stamp = ++scans;
    find(text, found);
    for (const id of found) wordSeen[id] = stamp;
    for (const id of found) {
      const end = lists.start[id + 1] ?? 0;
      for (let k = lists.start[id] ?? 0; k < end; k++) {
        const pattern = lists.items[k] ?? 0;
        if (patternSeen[pattern] === stamp) continue;
        patternSeen[pattern] = stamp;
        if (meets(wordSeen, stamp, pattern, rest, groupWords)) take(pattern);
      }
    }
  };
  return { always, visit };
}

/** Lists of numbers in one array: list i is items[start[i]] … items[start[i + 1] - 1]. */
interface FlatLists {
  start: Int32Array;
  items: Int32Array;
}

function flatLists(lists: readonly (readonly number[])[]): FlatLists {
  const start = new Int32Array(lists.length + 1);
  const items: number[] = [];
  lists.forEach((list, i) => {
    start[i] = items.length;
    items.push(...list);
  });
  start[lists.length] = items.length;
  return { start, items: Int32Array.from(items) };
}

/** Keeps `sorted` ascending: the lists are a handful long, so no sort call, nor its comparator. */
function insertAscending(sorted: number[], value: number): void {
  let i = sorted.length;
  sorted.push(value);
  while (i > 0 && (sorted[i - 1] ?? 0) > value) {
    sorted[i] = sorted[i - 1] ?? 0;
    i--;
  }
  sorted[i] = value;
}
