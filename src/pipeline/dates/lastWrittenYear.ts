import type { DateMention } from '../pipelineTypes.ts';

const WRITTEN_YEAR = /\b(?:19|20)\d\d\b/;

/**
 * The year a sentence last wrote out ("in July 2018", "on Jan. 15, 2020"), else `previous`: what
 * "in September that year" in a later sentence counts from. A year in a name ("the Trade Act of
 * 1974") and a counterfactual date do not set it.
 */
export function lastWrittenYear(
  dates: readonly DateMention[],
  previous: number | null,
): number | null {
  for (let i = dates.length - 1; i >= 0; i--) {
    const d = dates[i];
    if (d === undefined || d.role === 'name' || d.counterfactual) continue;
    if (d.date.start !== null && WRITTEN_YEAR.test(d.text)) return Number(d.date.start.slice(0, 4));
  }
  return previous;
}
