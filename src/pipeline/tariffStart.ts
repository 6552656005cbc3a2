import { firstDayAhead } from './dates/firstDayAhead.ts';
import { toldAgain } from './toldAgain.ts';
import type { DateMention, Detection, Segment } from './pipelineTypes.ts';

/**
 * "Ottawa says it will charge 20% more on US dairy. They take effect next Friday." A sentence
 * whose subject points back at the rates just told ("they", "the new rate", "the duties") and
 * whose only verb starts them tells when the measure comes into force: a second event, planned
 * for that day, beside the announcement.
 */
const RATES =
  '(?:rates?|duties|tariffs?|levies|measures|increases?|cuts|reductions|exemptions|exclusions|waivers)';
const STARTS = new RegExp(
  [
    // "The cuts take effect at 1:01 p.m. on Feb. 14", "Those exemptions begin on September 17":
    // a cut or a waiver of the rates starts on its day just as a rise does.
    `^(?:they|these|it|(?:the|these|those)\\s+(?:new\\s+|higher\\s+|lower\\s+|extra\\s+|additional\\s+|latest\\s+)?${RATES})\\s+(?:will\\s+)?(?:take|takes|come|comes|kick|kicks|go|goes)\\s+(?:effect|into\\s+(?:force|effect)|in)\\b`,
    `^(?:they|(?:the|these|those)\\s+(?:new\\s+)?${RATES})\\s+(?:will\\s+)?(?:apply|start|begin)\\b`,
  ].join('|'),
  'i',
);

/** Cheap test, before dates are read: may this sentence start the measure told before it? */
export function mayStartTariff(sentence: string): boolean {
  return STARTS.test(sentence);
}

/**
 * The planned start `segment` tells for the tariff act of the sentence before it (one of
 * `antecedents`, in the same paragraph), dated by the first day ahead of `published` it names;
 * none when the sentence's own detections (`own`) already tell it.
 */
export function tariffStart(
  segment: Segment,
  dates: DateMention[],
  antecedents: Detection[],
  published: string | null,
  own: Detection[],
): Detection[] {
  const verb = STARTS.exec(segment.text);
  // "The new duties take effect on Monday" tells its own tariff event.
  if (own.some((d) => d.kind === 'tariffs')) return [];
  const antecedent = antecedents.find((d) => d.kind === 'tariffs' && d.verbal && !d.hypothetical);
  if (verb === null || antecedent === undefined || published === null) return [];
  const start = firstDayAhead(dates, published);
  if (start === undefined) return [];
  // An antecedent already planned for that day told the start itself.
  if (antecedents.some((d) => d.kind === 'tariffs' && d.date?.start === start.date.start)) {
    return [];
  }
  return [toldAgain(antecedent, segment, verb, { status: 'planned', date: start.date })];
}
