import type { DateMention } from '../pipelineTypes.ts';

/**
 * The first date of a sentence that names a whole day after `published` and tells when something
 * happens (no limit, no background, nothing counterfactual): "The new rate takes effect on June 9"
 * written on June 2. A rate's start is told this way.
 */
export function firstDayAhead(dates: DateMention[], published: string): DateMention | undefined {
  return dates.find(
    (d) =>
      !d.counterfactual &&
      d.role === undefined &&
      d.date.precision === 'day' &&
      d.date.start !== null &&
      d.date.start > published,
  );
}
