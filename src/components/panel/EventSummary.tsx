import type { Mention } from '../../data/eventSchema.ts';
import { summaryRepeatsQuote } from './summaryRepeatsQuote.ts';

/**
 * The event in a sentence, unless that sentence is one of the sources again (the pipeline's
 * summary is usually the first quote): then Sources, right below, prints it once.
 */
export function EventSummary({
  summary,
  mentions,
}: {
  summary: string;
  mentions: readonly Mention[];
}) {
  if (summary === '' || summaryRepeatsQuote(summary, mentions)) return null;
  return <p className="detail-summary">{summary}</p>;
}
