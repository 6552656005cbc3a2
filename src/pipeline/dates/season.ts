import { monthDate } from './calendarMath.ts';
import type { DateParser } from './dateParser.ts';
import { dateTense } from './dateTense.ts';

/** The middle month of each season (northern hemisphere), or its first or last with "early", "late". */
const MONTHS: Record<string, readonly [number, number, number]> = {
  spring: [3, 4, 5],
  summer: [6, 7, 8],
  autumn: [9, 10, 11],
  fall: [9, 10, 11],
  winter: [12, 1, 2],
};

/**
 * "A call between the presidents should take place in the spring", "talks resumed last
 * summer", "planned for the spring", "in the autumn of 2019": a season is a month told loosely,
 * so the middle month, approximate. "The fall of the regime", "the spring of the trap",
 * "greetings for the Spring Festival" and "demand for summer travel" name no time: after "for",
 * only a season that ends the phrase is a time.
 */
export const season: DateParser = {
  example: 'A call between the presidents should take place in the spring.',
  screen: /spring|summer|autumn|fall|winter/i,
  pattern:
    /\b(?:(this|next|last|this\s+past)\s+|(?:in|during|by|until|over|for(?=\s+(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?:spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?\d{4})?(?:\s*[,.;:)]|\s*$|\s+(?:and|or|when|but)\b)))\s+(?:the\s+)?)(?:(early|late|mid-?)\s*)?(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(\d{4}))?\b(?!\s+of\s+(?!\d))(?!\s+(?:festival|offensive|session|semester|term|break|collection|planting|harvest|wheat)\b)|\b(?:(early|late|mid-?)\s*)?(spring|summer|autumn|winter)\s+(\d{4})\b/gi,
  extract(m, c) {
    const name = (m[3] ?? m[6] ?? '').toLowerCase();
    const months = MONTHS[name];
    if (months === undefined) return undefined;
    const part = (m[2] ?? m[5] ?? '').toLowerCase();
    const month = part === 'early' ? months[0] : part === 'late' ? months[2] : months[1];
    const written = m[4] ?? m[7];
    if (written !== undefined) return monthDate(Number(written), month, true);
    if (c.published === null) return null;
    const year = Number(c.published.slice(0, 4));
    const now = Number(c.published.slice(5, 7));
    const which = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const tense =
      which === 'last' || which === 'this past'
        ? 'past'
        : which === 'next'
          ? 'future'
          : dateTense(c.sentence, m.index);
    // The season's month in the years around publication: the one ahead for a plan, the one
    // gone for what happened ("this spring" too: the tense says which side of today).
    const around = [year - 1, year, year + 1].map((y) => ({ y, at: y * 12 + month }));
    const today = year * 12 + now;
    const pick =
      tense === 'future'
        ? around.find((a) => a.at >= today - (which === 'next' ? -2 : 1))
        : [...around].reverse().find((a) => a.at <= today + (which === 'last' ? -2 : 1));
    return pick === undefined ? null : monthDate(pick.y, month, true);
  },
};
