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
 */
export function whichPatternsMatch(patterns: readonly RegExp[]): (text: string) => boolean[] {
  const flags = patterns[0]?.flags.replace(/[gy]/g, '') ?? '';
  const united: number[] = [];
  const alone: number[] = [];
  patterns.forEach((p, i) => {
    const sameFlags = p.flags.replace(/[gy]/g, '') === flags;
    (sameFlags && !/\\[1-9k]/.test(p.source) ? united : alone).push(i);
  });
  const union = new RegExp(
    united.map((i) => `(?:${patterns[i]?.source ?? ''})`).join('|'),
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
      for (let j = 0; j < united.length; j++) {
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
