import { monthName } from '../../data/monthName.ts';

/**
 * The calendar's words, written once: every month, weekday and number pattern of the date
 * stage (and of the dateline finder) is derived from these dictionaries.
 */

/** "january", "jan", "sept" → 1–12. Full names come from the app's one month table. */
export const MONTH_NUMBERS: Readonly<Record<string, number>> = (() => {
  const out: Record<string, number> = { sept: 9 };
  for (let month = 1; month <= 12; month++) {
    const name = monthName(month).toLowerCase();
    out[name] = month;
    out[name.slice(0, 3)] = month;
  }
  return out;
})();

/** "sunday" → 0 … "saturday" → 6, the numbering of Date.getUTCDay(). */
export const WEEKDAY_NUMBERS: Readonly<Record<string, number>> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

/** Counts written as words: "two days later", "a year ago". */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

/** "nineteen ninety-six": the words of a spoken year, tens and units. */
export const YEAR_TENS: Readonly<Record<string, number>> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
export const YEAR_UNITS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};

function alternation(words: Iterable<string>): string {
  // Longest first, so "september" wins over "sep" and "sept".
  return [...words].sort((a, b) => b.length - a.length).join('|');
}

/**
 * The month words as one alternation factored by stem, "jan(?:uary)?|…|sep(?:tember|t)?",
 * which the regex engine tries far faster than two dozen separate words.
 */
function monthAlternation(capitalise: boolean): string {
  const byMonth = new Map<number, string[]>();
  for (const [word, month] of Object.entries(MONTH_NUMBERS)) {
    byMonth.set(month, [...(byMonth.get(month) ?? []), word]);
  }
  return [...byMonth.values()]
    .map((words) => {
      const stem = words.reduce((a, b) => {
        let i = 0;
        while (i < a.length && a[i] === b[i]) i++;
        return a.slice(0, i);
      });
      const rests = words.map((w) => w.slice(stem.length)).filter((r) => r !== '');
      const head = capitalise ? stem.charAt(0).toUpperCase() + stem.slice(1) : stem;
      return rests.length > 0 ? `${head}(?:${alternation(rests)})?` : head;
    })
    .join('|');
}

/** A month name or abbreviation with its optional full stop ("Sept.", "Dec", "March"). */
export const MONTH = `(${monthAlternation(false)})\\.?`;
/** The same, capitalised as in running text: for patterns that must not read the verb "may". */
export const MONTH_CAPITALISED = `(${monthAlternation(true)})\\.?`;
/** A weekday name, "Tuesday" or "tuesday", for case-sensitive patterns as well. */
export const WEEKDAY = `(${alternation(
  Object.keys(WEEKDAY_NUMBERS).map(
    (w) => `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${w.slice(1)}`,
  ),
)})`;
/** A count: digits or a number word. */
export const COUNT = `(\\d+|${alternation(Object.keys(NUMBER_WORDS))}|several|a\\s+few)`;
export const SPOKEN_YEAR = `((?:nineteen|twenty)\\s+(?:${alternation(Object.keys(YEAR_TENS))})(?:[\\s-](?:${alternation(Object.keys(YEAR_UNITS))}))?|two\\s+thousand(?:\\s+(?:and\\s+)?(?:${alternation(Object.keys(YEAR_UNITS))}))?)`;

/** 1–12 for a month word in any case or abbreviation, 0 for anything else. */
export function monthNumber(word: string | undefined): number {
  const written = word ?? '';
  let month = monthByWritten.get(written);
  if (month === undefined) {
    const key = written.toLowerCase().replace(/\.$/, '');
    month = MONTH_NUMBERS[key] ?? MONTH_NUMBERS[key.slice(0, 3)] ?? 0;
    // The parsers pass a few dozen spellings ("Sept.", "march", "DEC"); the bound is for other callers.
    if (monthByWritten.size < 1000) monthByWritten.set(written, month);
  }
  return month;
}

/** Months as written, remembered: every date of the text asks, with one of few spellings. */
const monthByWritten = new Map<string, number>();

/** 0–6 for a weekday word, -1 for anything else. */
export function weekdayNumber(word: string | undefined): number {
  return WEEKDAY_NUMBERS[(word ?? '').toLowerCase()] ?? -1;
}

/** A count word or numeral as a number; NaN when it is neither. */
export function countOf(word: string | undefined): number {
  const key = (word ?? '').toLowerCase().replace(/\s+/g, ' ');
  if (key === 'several' || key === 'a few') return 3;
  return NUMBER_WORDS[key] ?? Number(key);
}

/** "nineteen ninety-six" → 1996, "two thousand" → 2000; NaN when the words are not a year. */
export function spokenYear(words: string): number {
  const parts = words
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w !== 'and');
  if (parts[0] === 'two' && parts[1] === 'thousand')
    return 2000 + (YEAR_UNITS[parts[2] ?? ''] ?? 0);
  const century = YEAR_TENS[parts[0] ?? ''];
  const tens = YEAR_TENS[parts[1] ?? ''];
  if (century === undefined || tens === undefined) return NaN;
  return century * 100 + tens + (YEAR_UNITS[parts[2] ?? ''] ?? 0);
}
