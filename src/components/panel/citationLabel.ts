import type { Source } from '../../data/eventSchema.ts';

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * How a quote's article is named under it. An article without a headline gets its first
 * sentence as its title, and that sentence is often the quote right above ("US President …
 * plans to visit Beijing in April." cited as "US President … plans to visit Beijing in April.").
 * A title that repeats a sentence the panel already prints gives way to the outlet or the file.
 */
export function citationLabel(source: Source, shownSentences: readonly string[]): string {
  const title = squash(source.title);
  if (title === '') return source.outlet ?? source.file;
  const repeats = shownSentences.some((s) => squash(s) === title);
  return repeats ? (source.outlet ?? source.file) : source.title;
}
