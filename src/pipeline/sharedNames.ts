import type { Detection, Segment } from './pipelineTypes.ts';

/**
 * Words written with a capital that name no particular event: the two sides and their capitals,
 * calendar words, titles, and the small words a sentence or a quote can start with.
 */
const GENERIC = new Set(
  [
    // the sides, their people and their capitals: every event of the timeline names them
    'us',
    'usa',
    'america',
    'american',
    'americans',
    'china',
    'chinese',
    'beijing',
    'washington',
    'prc',
    'people',
    'republic',
    'united',
    'states',
    'state',
    'government',
    'administration',
    'white',
    'house',
    'congress',
    'federal',
    'national',
    'ministry',
    'department',
    'office',
    'commerce',
    'foreign',
    'affairs',
    'trade',
    'council',
    'communist',
    'party',
    'xinhua',
    'reuters',
    // what a name is a name of: two laws or two lists of one month are not one for the word
    'act',
    'law',
    'bill',
    'rule',
    'rules',
    'order',
    'list',
    'entity',
    'section',
    // departments and services, named in titles ("Defense Secretary", "Treasury official")
    'defense',
    'defence',
    'treasury',
    'justice',
    'security',
    'homeland',
    'energy',
    'agriculture',
    'military',
    'army',
    'navy',
    'force',
    // calendar words
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
    'jan',
    'feb',
    'mar',
    'apr',
    'jun',
    'jul',
    'aug',
    'sep',
    'sept',
    'oct',
    'nov',
    'dec',
    'monday',
    'tuesday',
    'wednesday',
    'thursday',
    'friday',
    'saturday',
    'sunday',
    // titles
    'president',
    'vice',
    'premier',
    'minister',
    'secretary',
    'spokesman',
    'spokeswoman',
    'spokesperson',
    'ambassador',
    'senator',
    'sen',
    'rep',
    'representative',
    'chairman',
    'chair',
    'general',
    'director',
    'chief',
    'executive',
    'officer',
    'mr',
    'mrs',
    'ms',
    'dr',
    // small words that start a clause after a colon, a dash or a quote
    'the',
    'a',
    'an',
    'and',
    'but',
    'or',
    'in',
    'on',
    'at',
    'for',
    'of',
    'to',
    'by',
    'with',
    'from',
    'as',
    'after',
    'before',
    'since',
    'this',
    'that',
    'these',
    'those',
    'it',
    'its',
    'he',
    'she',
    'they',
    'we',
    'i',
    'his',
    'her',
    'their',
    'our',
    'there',
    'what',
    'when',
    'who',
    'which',
    'while',
    'if',
    'not',
    'no',
    'yes',
    'also',
    'new',
    'last',
    'next',
    'earlier',
    'later',
    'today',
    'yesterday',
  ].map((w) => w.toLowerCase()),
);

/** A capitalised word, or a code of letters and digits ("H200", "MI308", "5G"). */
const NAME = /\b(?:[A-Z][A-Za-z'’-]{2,}|[A-Z]+\d[A-Z\d]*|\d+[A-Z]{1,3})\b/g;

const NAMES_OF = new WeakMap<Segment, ReadonlySet<string>>();

/**
 * The names a sentence gives beyond the sides: "Trump signed the Holding Foreign Companies
 * Accountable Act on Friday" gives holding, companies, accountable and act. A sentence's first
 * word is capitalised whatever it is, so it counts only as a code. A sentence written in
 * capitals (a ticker line) names nothing this way.
 */
export function namesOf(segment: Segment): ReadonlySet<string> {
  const known = NAMES_OF.get(segment);
  if (known !== undefined) return known;
  const text = segment.text;
  const names = new Set<string>();
  if (!mostlyCapitals(text)) {
    const first = /[A-Za-z\d]/.exec(text)?.index ?? 0;
    for (const m of text.matchAll(NAME)) {
      const word = m[0].replace(/['’]s$/, '').toLowerCase();
      if (GENERIC.has(word)) continue;
      if (m.index === first && !/\d/.test(m[0])) continue;
      names.add(word);
    }
  }
  NAMES_OF.set(segment, names);
  return names;
}

function mostlyCapitals(text: string): boolean {
  let upper = 0;
  let letters = 0;
  for (const ch of text) {
    if (ch >= 'A' && ch <= 'Z') upper++;
    else if (ch >= 'a' && ch <= 'z') letters++;
  }
  return upper > letters;
}

/**
 * Whether an account shares a name with one of the sentences already told of an event: in one
 * article "Trump signed the Holding Foreign Companies Accountable Act in December", in another
 * "the Accountable Act, signed on December 18, lets regulators delist firms", which names no one.
 * The merge uses it where the two accounts share no actor or place; an encounter told as another
 * kind needs two names in common ("Defense Policy Coordination Talks"). A sentence of the account
 * itself does not count.
 */
export function sharesName(d: Detection, told: readonly Detection[], atLeast = 1): boolean {
  const mine = namesOf(d.segment);
  if (mine.size < atLeast) return false;
  const index = toldNames(told);
  let shared = 0;
  for (const name of mine) {
    const by = index.get(name);
    // Told by another sentence, or by several (so by one that is not this one).
    if (by === undefined || by === d.segment) continue;
    if (++shared >= atLeast) return true;
  }
  return false;
}

/**
 * Each name of an event's sentences with the one sentence that gives it, or MANY when more than
 * one does. The merge asks sharesName of every draft of a busy month for every detection, and a
 * big event is told by hundreds of sentences: the index grows with the draft (detections are
 * only ever appended) instead of being read again for each question.
 */
const MANY: unique symbol = Symbol('many sentences');
interface ToldIndex {
  seen: number;
  names: Map<string, Segment | typeof MANY>;
}
const TOLD = new WeakMap<readonly Detection[], ToldIndex>();

function toldNames(told: readonly Detection[]): Map<string, Segment | typeof MANY> {
  let index = TOLD.get(told);
  if (index === undefined) {
    index = { seen: 0, names: new Map() };
    TOLD.set(told, index);
  }
  for (; index.seen < told.length; index.seen++) {
    const segment = told[index.seen]?.segment;
    if (segment === undefined) continue;
    for (const name of namesOf(segment)) {
      const by = index.names.get(name);
      if (by === undefined) index.names.set(name, segment);
      else if (by !== segment) index.names.set(name, MANY);
    }
  }
  return index.names;
}
