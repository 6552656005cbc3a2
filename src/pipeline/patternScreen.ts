import { literalScanner } from './literalScanner.ts';
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
): (text: string) => (pattern: number) => boolean {
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
  // Per pattern, groups of word ids: each group needs one of its words in the text.
  const needs: number[][][] = patterns.map((p) =>
    /i/.test(p.flags) && /[uv]/.test(p.flags)
      ? []
      : requiredLiterals(p.source).map((group) => group.map(wordId)),
  );
  const scan = literalScanner(words);
  return (text) => {
    const found = scan(text);
    return (pattern) => meets(found, needs[pattern] ?? []);
  };
}

function meets(found: (word: number) => boolean, groups: number[][]): boolean {
  for (const group of groups) {
    let any = false;
    for (const id of group) {
      if (found(id)) {
        any = true;
        break;
      }
    }
    if (!any) return false;
  }
  return true;
}
