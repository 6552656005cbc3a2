import { bodyOwners } from './bodyOwners.ts';
import { departmentList } from './departmentList.ts';
import { ACTOR_ALIASES, OUTLETS, PLACE_ALIASES, PLACES } from './gazetteer.ts';
import { patternScreen } from './patternScreen.ts';

export interface NameHit {
  name: string;
  start: number;
  end: number;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]");
}

function alternation(aliases: readonly string[]): RegExp {
  const sorted = [...aliases].sort((a, b) => b.length - a.length).map(escape);
  return new RegExp(`(?<![\\w.-])(?:the\\s+)?(${sorted.join('|')})(?![\\w-]|\\.\\w)`, 'g');
}

const ACTOR_BY_ALIAS = new Map<string, string>();
for (const [name, aliases] of ACTOR_ALIASES) {
  for (const alias of aliases) ACTOR_BY_ALIAS.set(alias.toLowerCase().replace(/’/g, "'"), name);
}
const ACTOR_RE = alternation(ACTOR_ALIASES.flatMap(([, aliases]) => aliases));
const OUTLET_RE = alternation(OUTLETS);
const PLACE_COUNTRY = new Map(PLACES.map(([place, country]) => [place.toLowerCase(), country]));
const PLACE_BY_ALIAS = new Map(PLACE_ALIASES.map(([alias, place]) => [alias.toLowerCase(), place]));
const PLACE_RE = alternation([...PLACES.map(([place]) => place), ...PLACE_ALIASES.map(([a]) => a)]);
/**
 * After these words a capital is where something happens, not who does it. A place may be
 * introduced by what it is: "sat down with officials in the port city of Tianjin", "ordered
 * the consulate in the southwestern city of Chengdu shut".
 */
const LOCATIVE_BEFORE =
  /(?:\b(?:to|in|at|visit|visits|visited|visiting|from|into|toward|towards|around|outside)\s+(?:the\s+)?(?:(?:[a-z-]+\s+){0,2}(?:city|town|capital|port|island|province|region|resort)\s+of\s+)?)$/i;

function scan(re: RegExp, text: string, map: (alias: string) => string | undefined): NameHit[] {
  const hits: NameHit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const alias = m[1] ?? '';
    const name = map(alias);
    if (name === undefined) continue;
    const start = m.index + m[0].length - alias.length;
    hits.push({ name, start, end: start + alias.length });
  }
  return hits;
}

const OUTLET_BY_ALIAS = new Map(OUTLETS.map((o) => [o.toLowerCase().replace(/’/g, "'"), o]));

/**
 * Whether a text may name an outlet: most sentences lack every word of one, and the shared pass
 * of the other screens has already read the sentence, so the answer costs no pass of its own.
 */
const outletScreen = patternScreen([OUTLET_RE], { shared: true });

/** News outlets and platforms named in the text, in order. */
export function findOutlets(text: string): NameHit[] {
  if (!outletScreen(text)(0)) return [];
  return scan(OUTLET_RE, text, outletOf);
}

/**
 * The name an alias as written stands for, kept per spelling: the regexes match only the
 * aliases (with either apostrophe), so the spellings are few, where every hit of every sentence
 * lower-cased its alias again.
 */
function bySpelling(
  name: (alias: string) => string | undefined,
): (alias: string) => string | undefined {
  const known = new Map<string, string | undefined>();
  return (alias) => {
    if (known.has(alias)) return known.get(alias);
    const found = name(alias);
    known.set(alias, found);
    return found;
  };
}

const outletOf = bySpelling((alias) => OUTLET_BY_ALIAS.get(alias.toLowerCase().replace(/’/g, "'")));
const actorOf = bySpelling((alias) => ACTOR_BY_ALIAS.get(alias.toLowerCase().replace(/’/g, "'")));
const placeOf = bySpelling((alias) => {
  const place = PLACE_BY_ALIAS.get(alias.toLowerCase()) ?? alias;
  return PLACE_COUNTRY.get(place.toLowerCase()) === undefined ? undefined : place;
});

/** Text with outlet names blanked out, so "Washington Post" is not read as a government. */
function withoutOutlets(text: string, outlets: NameHit[]): string {
  let out = text;
  for (const o of outlets)
    out = out.slice(0, o.start) + ' '.repeat(o.end - o.start) + out.slice(o.end);
  return out;
}

/**
 * Who acts in the text (canonical names, in order of appearance) and where things happen.
 * "visit Washington" is a place; "Washington warned" is the United States.
 */
export function findNames(text: string): {
  actors: NameHit[];
  places: NameHit[];
  outlets: NameHit[];
} {
  // Several detections of one sentence ask in a row; the answer depends on the text only.
  if (text === memo.text) return memo.names;
  const names = scanNames(text);
  memo = { text, names };
  return names;
}

type Names = { actors: NameHit[]; places: NameHit[]; outlets: NameHit[] };
let memo: { text: string; names: Names } = {
  text: '',
  names: { actors: [], places: [], outlets: [] },
};

/**
 * "then-Attorney General", "ex-President Trump": the title after the hyphen is read as if it
 * stood alone (same length, so offsets hold).
 */
const FORMER_PREFIX = /\b([Tt]hen|[Ff]ormer|[Ee]x)-(?=[A-Z])/g;

/**
 * "a long-awaited Blinken-Wang meeting", "the Biden-Xi summit": the two people of an encounter
 * written as one word are read apart (same length, so offsets hold).
 */
const PAIR_OF_NAMES =
  /\b([A-Z][a-z]+)-(?=[A-Z][a-z]+\s+(?:meetings?|summits?|(?:phone\s+|video\s+)?calls?|talks|encounter|sit-down|dialogue|deal|truce)\b)/g;

/** Cheap screen for PAIR_OF_NAMES: most hyphens join no two names ("U.S.-China", "long-term"). */
const NAME_HYPHEN_NAME = /[a-z]-[A-Z][a-z]/;

function scanNames(text: string): Names {
  const outlets = findOutlets(text);
  const bare = withoutOutlets(text, outlets);
  // Asked first: the replace cost more than the tests that follow, on sentences with no hyphen.
  const hyphened = bare.includes('-') ? bare.replace(FORMER_PREFIX, '$1 ') : bare;
  const clean = NAME_HYPHEN_NAME.test(hyphened) ? hyphened.replace(PAIR_OF_NAMES, '$1 ') : hyphened;
  const places = scan(PLACE_RE, clean, placeOf);
  const scanned = scan(ACTOR_RE, clean, actorOf).filter(
    (hit) =>
      !(places.some((p) => p.start === hit.start) && isLocative(hit, clean)) &&
      !CLOCK_AFTER.test(clean.slice(hit.end, hit.end + 6)),
  );
  const listed = departmentList(clean).filter(
    (d) => !scanned.some((hit) => hit.start < d.end && hit.end > d.start),
  );
  const actors = bodyOwners(
    [...scanned, ...listed].sort((a, b) => a.start - b.start),
    clean,
    countryOf,
  );
  return { actors, places: places.filter((hit) => isLocative(hit, clean)), outlets };
}

/** "Early this morning Beijing time", "9 p.m. Washington time": a clock, not a government. */
const CLOCK_AFTER = /^\s+time\b/;

/** "in response to Beijing's new controls": a capital that owns a measure is its government. */
const OWNER_AFTER =
  /^['’]s\s+(?:[a-z-]+\s+){0,3}(?:controls?|tariffs?|curbs?|ban|bans|sanctions|rules?|restrictions|measures?|duties|levy|levies|fees|retaliation|response|decision|move)\b/;

/** "an inquiry into China's rules" names what is looked into; an answer names whose move it was. */
const ANSWER_BEFORE = /\b(?:response|reply|answer|retaliation|reaction|riposte)\s+to\s+$/i;

function isLocative(hit: NameHit, text: string): boolean {
  if (
    ANSWER_BEFORE.test(text.slice(Math.max(0, hit.start - 30), hit.start)) &&
    OWNER_AFTER.test(text.slice(hit.end, hit.end + 60))
  ) {
    return false;
  }
  return LOCATIVE_BEFORE.test(text.slice(Math.max(0, hit.start - 48), hit.start));
}

/** The country a place lies in ("Busan" → "South Korea"). */
export function countryOf(place: string): string | undefined {
  return PLACE_COUNTRY.get(place.toLowerCase());
}
