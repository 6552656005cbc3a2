import { SIDE_OF, STATE_OF_BODY } from './gazetteer.ts';
import type { NameHit } from './findNames.ts';

/**
 * Third countries by the words that name them as the owner of a body: their names, capitals
 * and adjectives. "Japan's foreign ministry", "the Dutch trade ministry", "German federal
 * prosecutors" are bodies of those countries, not China's ministry or US prosecutors.
 */
const THIRD_COUNTRY_WORDS: readonly (readonly [string, readonly string[]])[] = [
  ['Japan', ['Japan', 'Tokyo', 'Japanese']],
  ['South Korea', ['South Korea', 'Seoul', 'South Korean', 'Korean']],
  ['Taiwan', ['Taiwan', 'Taipei', 'Taiwanese']],
  ['Russia', ['Russia', 'Moscow', 'Kremlin', 'Russian']],
  ['European Union', ['European Union', 'EU', 'Brussels', 'European']],
  ['Germany', ['Germany', 'Berlin', 'German']],
  ['France', ['France', 'Paris', 'French']],
  ['United Kingdom', ['Britain', 'UK', 'United Kingdom', 'London', 'British']],
  ['Canada', ['Canada', 'Ottawa', 'Canadian']],
  ['Australia', ['Australia', 'Canberra', 'Australian']],
  ['Netherlands', ['Netherlands', 'The Hague', 'Dutch']],
  ['India', ['India', 'New Delhi', 'Indian']],
  ['Switzerland', ['Switzerland', 'Bern', 'Swiss']],
  ['Brazil', ['Brazil', 'Brasilia', 'Brazilian']],
  ['Mexico', ['Mexico', 'Mexican']],
  ['Italy', ['Italy', 'Rome', 'Italian']],
  ['Belgium', ['Belgium', 'Belgian']],
  ['Austria', ['Austria', 'Vienna', 'Austrian']],
  ['Malaysia', ['Malaysia', 'Kuala Lumpur', 'Malaysian']],
  ['Philippines', ['Philippines', 'Manila', 'Philippine']],
  ['Vietnam', ['Vietnam', 'Hanoi', 'Vietnamese']],
  ['Singapore', ['Singapore', 'Singaporean']],
];
const COUNTRY_OF_WORD = new Map(
  THIRD_COUNTRY_WORDS.flatMap(([country, words]) => words.map((w) => [w, country] as const)),
);
const WORDS = [...COUNTRY_OF_WORD.keys()].sort((a, b) => b.length - a.length).join('|');
/** The names and adjectives of third countries, as one alternation for patterns. */
export const THIRD_COUNTRY_WORDS_PATTERN = `(?:${WORDS.replace(/\./g, '\\.')})`;
/** "Japan's foreign ministry", "Germany’s federal prosecutors", "the Dutch trade ministry". */
const OWNER_BEFORE = new RegExp(
  `(?:^|[^\\w.-])(${WORDS})(?:['’]s)?\\s+(?:(?:the|its|new|top|own|[a-z]+al)\\s+)?$`,
);
/** "a federal jury in Munich": the US's federal bodies sit in the US. */
const SEAT_AFTER = /^\s+in\s+(?:the\s+)?([A-Z][\w-]*(?:\s[A-Z][\w-]*)?)/;

/** Whether the words right before a title or a body name a third country as its owner. */
export function ownedByThirdCountry(before: string): boolean {
  const owner = OWNER_BEFORE.exec(before.slice(-40))?.[1];
  const country = owner === undefined ? undefined : COUNTRY_OF_WORD.get(owner);
  return country !== undefined && !SIDE_OF.has(country);
}

/**
 * The hits with a body a third country owns given to that country: the gazetteer's "foreign
 * ministry" and "federal prosecutors" are the two sides' only when no other country owns them.
 * `placeCountry` tells the country of a city the gazetteer lists ("Munich" → "Germany").
 */
export function bodyOwners(
  hits: NameHit[],
  text: string,
  placeCountry: (place: string) => string | undefined,
): NameHit[] {
  return hits.map((hit) => {
    if (!STATE_OF_BODY.has(hit.name)) return hit;
    const owner = OWNER_BEFORE.exec(text.slice(Math.max(0, hit.start - 40), hit.start))?.[1];
    const country = owner === undefined ? undefined : COUNTRY_OF_WORD.get(owner);
    if (country !== undefined && !SIDE_OF.has(country)) return { ...hit, name: country };
    if (!/^federal\b/i.test(text.slice(hit.start, hit.end))) return hit;
    const seat = SEAT_AFTER.exec(text.slice(hit.end, hit.end + 40))?.[1];
    const seatCountry =
      seat === undefined ? undefined : (COUNTRY_OF_WORD.get(seat) ?? placeCountry(seat));
    return seatCountry === undefined || seatCountry === 'United States'
      ? hit
      : { ...hit, name: seatCountry };
  });
}
