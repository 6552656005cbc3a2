import { MONTH_NUMBERS, WEEKDAY_NUMBERS } from './dates/calendarWords.ts';
import { ACTOR_ALIASES, FIRM_SIDES, PLACES } from './gazetteer.ts';
import type { Segment } from './pipelineTypes.ts';

/**
 * A news scroll, a wire flash or a caption set in capitals ("US NAVY SAYS CHINESE DESTROYER CUT
 * ACROSS BOW OF US SHIP ON SATURDAY") hides what the rules read from case: which words are names.
 * Such a line is read as if written in sentence case ("US Navy says Chinese destroyer cut across
 * bow of US ship on Saturday"): the names the gazetteer knows in their own spelling, calendar
 * words and nationalities capitalised, a title's holder and an institution's words after a name
 * capitalised, codes with digits kept, everything else in lower case. The reading has the same
 * length, so every offset still holds; the quote stays the line as printed (`printed`).
 */
export function readCapitals(segments: readonly Segment[]): Segment[] {
  if (!segments.some(isCapitalsLine)) return [...segments];
  // "SEC. AUSTIN TOLD FORUM …" names the holder; "AUSTIN MET LI'S PREDECESSOR" later does not
  // say who he is: the names a title gave anywhere in the article are names everywhere in it.
  const holders = new Set<string>();
  for (const s of segments) if (isCapitalsLine(s)) recase(s.text, holders, holders);
  return segments.map((s) =>
    isCapitalsLine(s) ? { ...s, text: recase(s.text, holders, null), printed: s.text } : s,
  );
}

function isCapitalsLine(segment: Segment): boolean {
  return segment.kind === 'body' && inCapitals(segment.text);
}

/** The line in sentence case; the holders of titles it names go into `found`. */
function recase(text: string, holders: ReadonlySet<string>, found: Set<string> | null): string {
  const out = lowerKeepingLength(text);
  const put = (at: number, word: string): void => {
    for (let i = 0; i < word.length; i++) out[at + i] = word.charAt(i);
  };
  for (const m of text.matchAll(KNOWN)) {
    const spelled = SPELLING.get(m[0].toLowerCase().replace(/’/g, "'"));
    if (spelled !== undefined && spelled.length === m[0].length) put(m.index, spelled);
  }
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const lower = word.toLowerCase();
    const bare = lower.replace(/['’]s$/, '');
    const before = out.slice(Math.max(0, m.index - 40), m.index).join('');
    if (
      ALWAYS.has(bare) ||
      holders.has(bare) ||
      (MONTH_BY_DAY.has(lower) && nextToNumber(text, m))
    ) {
      put(m.index, capitalised(word));
    } else if (/\d/.test(word) || KEPT.test(word)) {
      put(m.index, word);
    } else if (INSTITUTION.has(lower) && AFTER_NAME.test(before)) {
      // "US NAVY", "CHINA DEFENCE MINISTER", "EASTERN THEATRE COMMAND" after a known name.
      put(m.index, capitalised(word));
    } else if (!FUNCTION_WORDS.has(lower) && holderAt(before, lower)) {
      // "MINISTER LI SHANGFU", "SEC. AUSTIN": the holder named after the title.
      put(m.index, capitalised(word));
      found?.add(bare);
    }
  }
  const first = FIRST_LETTER.exec(text);
  if (first !== null) {
    const at = first.index + first[0].length - 1;
    out[at] = (out[at] ?? '').toUpperCase();
  }
  return out.join('');
}

/** Three words in capitals in a row: a line with none is not set in capitals (tested first). */
const CAPITAL_WORDS = /[A-Z]{2,}[\s,'’:-]+[A-Z]{2,}[\s,'’:-]+[A-Z]{2,}/;

/** Twelve letters or more, hardly any of them in lower case. */
function inCapitals(text: string): boolean {
  if (!CAPITAL_WORDS.test(text)) return false;
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  return upper >= 12 && lower * 10 < upper;
}

/** Each character in lower case, where that keeps it one UTF-16 unit ("İ" stays). */
function lowerKeepingLength(text: string): string[] {
  const out: string[] = [];
  for (const ch of text) {
    const lower = ch.toLowerCase();
    if (lower.length === ch.length) out.push(...lower.split(''));
    else out.push(...ch.split(''));
  }
  return out;
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

function nextToNumber(text: string, m: RegExpExecArray | RegExpMatchArray): boolean {
  const at = m.index ?? 0;
  return (
    /^\s+\d/.test(text.slice(at + m[0].length, at + m[0].length + 3)) ||
    /\d\s+$/.test(text.slice(Math.max(0, at - 3), at))
  );
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]");
}

/** The names the gazetteer knows, in their own spelling, by their lower case. */
const SPELLING = new Map<string, string>();
for (const [, aliases] of ACTOR_ALIASES) {
  for (const alias of aliases) SPELLING.set(alias.toLowerCase().replace(/’/g, "'"), alias);
}
for (const [place] of PLACES) SPELLING.set(place.toLowerCase(), place);
for (const [firm] of FIRM_SIDES) SPELLING.set(firm.toLowerCase(), firm);

const KNOWN = new RegExp(
  `(?<![\\w-])(?:${[...SPELLING.values()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})(?![\\w-])`,
  'gi',
);

const WORD = /[A-Za-z][A-Za-z'’]*(?:-[A-Za-z\d]+)*/g;

/** "HMCS", "PM", and (by their digits) "J-16", "RC-135": codes, which have no lower case. */
const KEPT = /^[B-DF-HJ-NP-TV-XZ]{2,5}$/;

/** Words always written with a capital: nationalities, countries, titles, and calendar words. */
const ALWAYS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'canada',
  'australia',
  'korea',
  'india',
  'britain',
  'france',
  'germany',
  'vietnam',
  'philippines',
  'mexico',
  'brazil',
  'iran',
  'israel',
  'ukraine',
  'europe',
  'asia',
  'africa',
  'chinese',
  'american',
  'taiwanese',
  'japanese',
  'korean',
  'canadian',
  'australian',
  'british',
  'european',
  'russian',
  'indian',
  'philippine',
]);

/** Month names that are also words: a month only beside a day's number ("MAY 26"). */
const MONTH_BY_DAY = new Set(['may', 'march', 'mar']);
for (const word of [...Object.keys(WEEKDAY_NUMBERS), ...Object.keys(MONTH_NUMBERS)]) {
  if (!MONTH_BY_DAY.has(word)) ALWAYS.add(word);
}

/** Words of an institution's name, capitalised when they follow a capitalised word. */
const INSTITUTION = new Set([
  'strait',
  'sea',
  'navy',
  'army',
  'air',
  'force',
  'coast',
  'guard',
  'command',
  'theatre',
  'theater',
  'fleet',
  'department',
  'ministry',
  'minister',
  'secretary',
  'sec',
  'commerce',
  'defence',
  'defense',
  'foreign',
  'state',
  'trade',
  'finance',
  'justice',
  'affairs',
  'office',
  'council',
  'house',
  'embassy',
  'consulate',
  'customs',
  'administration',
  'bureau',
  'commission',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'representative',
  'eastern',
  'southern',
  'northern',
  'western',
  'central',
  'national',
  'security',
  'people',
  "people's",
  'liberation',
]);

/** A capitalised word (or a code) just before, with only spaces or a full stop between. */
const AFTER_NAME = /(?:^|[^A-Za-z])[A-Z][A-Za-z'’.-]*\.?\s+$/;

/** A title whose holder's name follows: "MINISTER LI", "SEC. AUSTIN", "PM ALBANESE". */
const HOLDER_AFTER =
  /\b(?:president|minister|secretary|sec\.|premier|spokesperson|spokesman|spokeswoman|ambassador|envoy|senator|sen\.|rep\.|gov\.|adm\.|gen\.|commander|chairman|chancellor|pm|PM|leader|vice\s+premier|[Pp]resident|[Mm]inister|[Ss]ecretary|[Ss]ec\.|[Pp]remier|[Aa]mbassador|[Ss]enator|[Cc]ommander|[Cc]hairman)\s+([A-Z][a-z]+\s+)?$/;

/** Whether the word names the holder of the title just before it, as his first or second name. */
function holderAt(before: string, lower: string): boolean {
  const title = HOLDER_AFTER.exec(before);
  if (title === null) return false;
  return title[1] === undefined || !VERB_LIKE.test(lower);
}

/** Words a name never is, so a title's holder is not "Minister To Speak". */
const FUNCTION_WORDS = new Set([
  'a',
  'an',
  'the',
  'to',
  'of',
  'in',
  'on',
  'at',
  'for',
  'and',
  'or',
  'but',
  'by',
  'with',
  'from',
  'as',
  'is',
  'was',
  'are',
  'were',
  'will',
  'would',
  'has',
  'had',
  'have',
  'says',
  'said',
  'told',
  'tells',
  'calls',
  'called',
  'met',
  'meets',
  'who',
  'that',
  'this',
]);

/** "MINISTER DONG REJECTED …", "SEC. HALE WARNS …": a verb, not the holder's second name. */
const VERB_LIKE =
  /^(?:\w+(?:ed|ing)|says|warns|urges|tells|calls|meets|visits|vows|denies|rejects|accuses|arrives|leaves|speaks|signs|adds)$/;

/** The line's first letter, after a clock time or a label such as "06:02  " or "UPDATE: ". */
const FIRST_LETTER = /^[^A-Za-z]*[A-Za-z]/;
