import { tellsWhen } from './dates/firstDayAhead.ts';
import { KIND_TABLE } from './kinds/kindTable.ts';
import { toldAgain } from './toldAgain.ts';
import type { DateMention, Detection, Segment } from './pipelineTypes.ts';

/**
 * "The new levy on foreign tankers came into force today. It was unveiled in March." A sentence
 * whose subject is only a pronoun and whose verb is a passive of making a measure public tells
 * when the measure just told was announced: a second event, the announcement, at that date.
 */
const ANNOUNCED =
  /^(?:they|it|these|those)\s+(?:had\s+been|were|was|have\s+been|has\s+been)\s+(?:first\s+)?(?:announced|unveiled|proposed|introduced|made\s+public)\b/i;

/** Cheap test, before dates are read: may this sentence tell when the measure before it was made? */
export function mayTellAnnounced(sentence: string): boolean {
  return ANNOUNCED.test(sentence);
}

/**
 * The announcement `segment` tells for the measure of the sentence before it (one of
 * `antecedents`, in the same paragraph), dated by the sentence's first date before `published`.
 */
export function announcedEarlier(
  segment: Segment,
  dates: DateMention[],
  antecedents: Detection[],
  published: string | null,
): Detection[] {
  const verb = ANNOUNCED.exec(segment.text);
  const antecedent = antecedents.find(
    (d) => d.verbal && !d.hypothetical && KIND_TABLE[d.kind].measure,
  );
  if (verb === null || antecedent === undefined || published === null) return [];
  const when = dates.find(
    (d) =>
      tellsWhen(d) &&
      d.date.start !== null &&
      d.date.start < published.slice(0, d.date.start.length),
  );
  if (when === undefined) return [];
  return [
    toldAgain(antecedent, segment, verb, {
      status: 'occurred',
      date: when.date,
      action: 'announce',
    }),
  ];
}
