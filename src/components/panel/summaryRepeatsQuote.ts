import type { Mention } from '../../data/eventSchema.ts';

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Whether the summary is one of the source sentences again, so the panel prints it once, under
 * Sources. The pipeline's summary is the first sentence with its line breaks folded and, past
 * 300 characters, cut at a word with "…": "US and China agree to…" repeats the quote
 * "US and China agree to\nresume talks in Geneva next month." as much as an exact copy does.
 */
export function summaryRepeatsQuote(summary: string, mentions: readonly Mention[]): boolean {
  const s = squash(summary);
  if (s === '') return false;
  const cut = s.endsWith('…') ? s.slice(0, -1).trimEnd() : null;
  return mentions.some((m) => {
    const q = squash(m.quote);
    return q === s || (cut !== null && cut.length > 0 && q.startsWith(cut));
  });
}
