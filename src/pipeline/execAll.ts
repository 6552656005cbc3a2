/**
 * Every match of a global regex in `text`, like `text.matchAll(re)` but without the copy of the
 * regex that matchAll makes on each call: the pipeline runs a few dozen patterns over every
 * sentence, and those copies were a large share of its cost. The regex's `lastIndex` is reset
 * first, so a shared module-level regex is safe to pass.
 */
export function execAll(re: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    matches.push(m);
    // As matchAll does, step over an empty match instead of finding it forever.
    if (m[0].length === 0) re.lastIndex++;
  }
  return matches;
}
