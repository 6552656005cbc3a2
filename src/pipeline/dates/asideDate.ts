import type { DateMention } from '../pipelineTypes.ts';

/**
 * The stretch of a sentence from its last comma to a date, when it is a participle's aside on
 * a noun: "covered by Proclamation 10043, signed on May 29 and applied from June 1, which …".
 */
const PARTICIPLE_ASIDE =
  /,\s+(?:first\s+|later\s+)?[a-z]+(?:ed|en)\b(?:\s+(?!said\b|says\b)[\w’'.-]+){0,12}?\s+$/;
/** "had revoked more than 1,000 visas as of September 8": the day a count runs to. */
const CUT_OFF = /\b(?:as\s+of|as\s+at)\s+$/i;

/**
 * "On July 3, the eve of Independence Day, the embassy announced …": a day named again
 * by the feast or weekday beside it; the feast is the aside, the day told is the one before.
 */
const RESTATED_DAY =
  /\b\d{1,2}(?:st|nd|rd|th)?,\s+the\s+(?:day|eve|morning|night)\s+(?:before|after|of)\s+$/i;

/**
 * Whether the date is told of something else than the sentence's act: an aside on a noun it
 * names, or the cut-off of a count. "The same day" in the next sentence is then the day told
 * before ("On September 9 the department said it had revoked 1,000 visas as of September 8 …
 * The same day, the secretary said …").
 */
export function asideDate(sentence: string, date: DateMention): boolean {
  const before = sentence.slice(0, date.start);
  if (CUT_OFF.test(before) || RESTATED_DAY.test(before.slice(-40))) return true;
  const comma = before.lastIndexOf(',');
  return comma > 0 && PARTICIPLE_ASIDE.test(before.slice(comma));
}
