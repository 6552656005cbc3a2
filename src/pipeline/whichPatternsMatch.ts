import { patternScreen } from './patternScreen.ts';

/**
 * Builds a test that says which of `patterns` match a text, giving exactly what
 * `patterns.map((p) => p.test(text))` would, in one scan. The event kinds' cue words ("meet|
 * summit", "tariff|duties") are two dozen patterns tried on every sentence; run one by one,
 * each scans the whole sentence.
 *
 * One union of all the patterns finds, left to right, every offset where at least one of them
 * matches (after each hit the search resumes one character on, so no offset is skipped); only
 * there is each pattern still unseen tried, anchored (sticky), at that offset. A pattern matches
 * the text exactly when it matches at one of those offsets. Patterns whose flags differ from the
 * first one's, or that use backreferences, which a union would renumber, are tested on their own.
 *
 * Before any of that, one pass over the text finds the words each pattern cannot match without
 * (patternScreen). A pattern that needs such words is tested on its own, and only when the text
 * has them: the cues need words most sentences lack, and the union of two dozen cues tried at
 * every offset of every sentence was the largest single cost of the detector.
 *
 * Each alternative of the union is a capture group, so a hit also says which alternative matched.
 * At one offset an alternation tries its alternatives in order and takes the first that matches,
 * so every alternative before that one is known not to match there: only the ones after it still
 * need their sticky test. In "the two sides agreed on tariff cuts", the hit at "agreed" marks the
 * agreement cue without a test and skips the call, visit and talks cues tried before it.
 */
export function whichPatternsMatch(patterns: readonly RegExp[]): (text: string) => boolean[] {
  const screen = patternScreen(patterns);
  const noText = screen('');
  // A pattern the empty text passes needs no word: the screen cannot rule it out.
  const screened = patterns.flatMap((p, i) =>
    noText(i) ? [] : [{ index: i, alone: new RegExp(p.source, p.flags.replace(/[gy]/g, '')) }],
  );
  const rest = patterns.map((p, i) => (noText(i) ? p : null));
  const testRest = unionTest(rest);
  if (screened.length === 0) return testRest;
  return (text) => {
    const result = testRest(text);
    const may = screen(text);
    for (const { index, alone } of screened) result[index] = may(index) && alone.test(text);
    return result;
  };
}

/** The union scan described above, over the patterns that are not null (false for the others). */
function unionTest(all: readonly (RegExp | null)[]): (text: string) => boolean[] {
  const patterns = all.filter((p): p is RegExp => p !== null);
  const positions = all.flatMap((p, i) => (p === null ? [] : [i]));
  const test = unionOf(patterns);
  return (text) => {
    const result = all.map(() => false);
    if (patterns.length === 0) return result;
    const found = test(text);
    for (let j = 0; j < found.length; j++) result[positions[j] ?? 0] = found[j] ?? false;
    return result;
  };
}

function unionOf(patterns: readonly RegExp[]): (text: string) => boolean[] {
  const flags = patterns[0]?.flags.replace(/[gy]/g, '') ?? '';
  const united: number[] = [];
  const alone: number[] = [];
  patterns.forEach((p, i) => {
    const sameFlags = p.flags.replace(/[gy]/g, '') === flags;
    (sameFlags && !/\\[1-9k]/.test(p.source) ? united : alone).push(i);
  });
  // Where each alternative's own group sits in the union's match: after the groups before it.
  const groupAt: number[] = [];
  let groups = 1;
  for (const i of united) {
    groupAt.push(groups);
    groups += 1 + groupCount(patterns[i]?.source ?? '', flags);
  }
  const union = new RegExp(
    united.map((i) => `(${patterns[i]?.source ?? ''})`).join('|'),
    flags + 'g',
  );
  const sticky = united.map((i) => new RegExp(patterns[i]?.source ?? '', flags + 'y'));
  const lone = alone.map(
    (i) => new RegExp(patterns[i]?.source ?? '', patterns[i]?.flags.replace(/[gy]/g, '')),
  );

  return (text) => {
    const result = patterns.map(() => false);
    for (let j = 0; j < alone.length; j++) result[alone[j] ?? 0] = lone[j]?.test(text) ?? false;
    if (united.length === 0) return result;
    let unseen = united.length;
    union.lastIndex = 0;
    for (let m = union.exec(text); m !== null && unseen > 0; m = union.exec(text)) {
      const at = m.index;
      let first = 0;
      while (first < united.length && m[groupAt[first] ?? 0] === undefined) first++;
      // No group set cannot happen; were it to, every unseen pattern is tried as before.
      if (first === united.length) first = -1;
      const hit = united[first];
      if (hit !== undefined && !result[hit]) {
        result[hit] = true;
        unseen--;
      }
      for (let j = first + 1; j < united.length; j++) {
        const index = united[j] ?? 0;
        const pattern = sticky[j];
        if (result[index] || pattern === undefined) continue;
        pattern.lastIndex = at;
        if (pattern.test(text)) {
          result[index] = true;
          unseen--;
        }
      }
      union.lastIndex = at + 1;
    }
    return result;
  };
}

/** How many capture groups `source` has: beside an empty alternative it matches "" with all unset. */
function groupCount(source: string, flags: string): number {
  return (new RegExp(`(?:${source})|`, flags).exec('')?.length ?? 1) - 1;
}
