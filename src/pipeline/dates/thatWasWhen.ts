import { shiftDays } from './calendarMath.ts';
import type { DateParser } from './dateParser.ts';

/**
 * "…Beijing's answer to what happened on Friday. That's when the administration raised the
 * tariff": a sentence that opens by pointing at the time just told happened on the day told
 * before it (the anchor). Only at the start of the sentence, where "that" can only be that time.
 */
export const thatWasWhen: DateParser = {
  example: "That's when the administration more than doubled the tariff.",
  screen: /\bwhen\b/i,
  pattern: /^(?:that['’]s|that\s+is|that\s+was|this\s+was|it\s+was)\s+when\b/gi,
  extract(_m, c) {
    return c.anchor === null ? undefined : shiftDays(c.anchor, 0, false);
  },
};
