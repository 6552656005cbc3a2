import type { DateMention } from '../pipelineTypes.ts';

/**
 * A date that tells when something happens: not a limit or a background year (its `role`), and
 * not what would have been ("instead of rising on June 1").
 */
export function tellsWhen(d: DateMention): boolean {
  return !d.counterfactual && d.role === undefined;
}

/**
 * The first date of a sentence that names a whole day after `published` and tells when something
 * happens: "The new rate takes effect on June 9" written on June 2. A rate's start is told this way.
 */
export function firstDayAhead(dates: DateMention[], published: string): DateMention | undefined {
  return dates.find(
    (d) =>
      tellsWhen(d) &&
      d.date.precision === 'day' &&
      d.date.start !== null &&
      d.date.start > published,
  );
}
