/**
 * "Beijing punished the firms for helping a US investigation into its shipyards": when the text
 * says what an investigation is into, and none of what the entry's title says it was into is in
 * the sentence, the text tells another investigation, though the words that name both ("a
 * Section 301 investigation") are the same. Either side silent on its subject decides nothing.
 */
const INTO = /\b(?:investigation|probe|inquiry|review)\s+into\s+([^.;:]{1,80})/i;
const NOT_SUBJECT = new Set(['china', 'chinese', 'american', 'united', 'states', 'their', 'from']);

export function namesOtherSubject(sentence: string, title: string): boolean {
  const told = subjectWords(INTO.exec(sentence)?.[1]);
  const known = subjectWords(INTO.exec(title)?.[1]);
  if (told.length === 0 || known.length === 0) return false;
  const words = new Set(subjectWords(sentence));
  return !known.some((w) => words.has(w));
}

/** Words of four letters or more, cut to five so "practice" meets "practices". */
function subjectWords(text: string | undefined): string[] {
  if (text === undefined) return [];
  return (text.toLowerCase().match(/[a-z]{4,}/g) ?? [])
    .filter((w) => !NOT_SUBJECT.has(w))
    .map((w) => w.slice(0, 5));
}
