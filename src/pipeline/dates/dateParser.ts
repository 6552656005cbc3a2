import type { EventDate } from '../../data/eventSchema.ts';

/** What a parser knows besides its match: the sentence and the article's reference dates. */
export interface ParseContext {
  sentence: string;
  /** Publication date "YYYY-MM-DD", or null when the article has none. */
  published: string | null;
  /** The last day-precise date told before this sentence, for "two days later". */
  anchor: string | null;
  /** The year last written out before this sentence ("in July 2018"), for "in September that year". */
  yearTold?: number | null;
  /**
   * The month ("YYYY-MM") of the last date told before this sentence, a day or a month: "In
   * August Washington sanctioned ten officials. A month earlier it targeted …" is July.
   */
  toldMonth?: string | null;
  /**
   * The year a chronology's heading gives the entries under it ("2019" alone on its line, then
   * "May 15 - the department adds the firm"): a day or a month without a year is in it.
   */
  yearHeading?: number | null;
}

/**
 * One date grammar rule, shaped like chrono's parsers: a pattern and an extract step.
 * `extract` returns the date; `null` for a date expression that cannot be resolved (it still
 * claims its words, so no later rule reads them differently); `undefined` when the match is
 * not a date after all and its words stay free.
 */
export interface DateParser {
  /** The sentence the rule is for; run as a test. */
  example: string;
  /** A cheap test on the whole sentence: the pattern runs only when it passes. */
  screen: RegExp;
  /** Global pattern. */
  pattern: RegExp;
  /**
   * The pattern cannot match without a digit (its day or year is a number): a sentence with
   * none skips it, told by the pass that screens every pattern. "Markets fell in May" names a
   * month, and no day-of-month rule need read it.
   */
  needsDigit?: true;
  extract(match: RegExpExecArray, context: ParseContext): EventDate | null | undefined;
  /** Where the date starts, when the match begins with a word that only helps recognise it. */
  startOf?(match: RegExpExecArray): number;
}

/** Why a date is in the sentence, for the event stage. Absent: it tells when something happened. */
export type DateRole =
  /** A date another phrase hangs on: "the first meeting since 2019", "after the May talks". */
  | 'background'
  /** A limit, not an occurrence: "until November 10", "by Jan. 14", "as of Sept. 30". */
  | 'bound'
  /** Part of a name, never an event's date: "the Trade Act of 1974", "the 1974 Trade Act". */
  | 'name'
  /** What the present is measured against, never an event's date: "calmer than a year ago". */
  | 'comparison';

/** A date expression found by a parser, before the refiners. */
export interface FoundDate {
  start: number;
  end: number;
  date: EventDate | null;
  role?: DateRole;
  approximate?: boolean;
}
