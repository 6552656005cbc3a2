import { COUNTRY_NAMES } from '../countryNames.ts';
import { countryOf } from '../findNames.ts';
import { ACTOR_ALIASES, PLACES } from '../gazetteer.ts';
import type { Detection } from '../pipelineTypes.ts';
import { shortName } from '../shortName.ts';

const LAND_BY_ALIAS = new Map<string, string>();
for (const [name, aliases] of ACTOR_ALIASES) {
  if (COUNTRY_NAMES.has(name))
    for (const alias of aliases) LAND_BY_ALIAS.set(alias, shortName(name));
}
for (const [place] of PLACES) LAND_BY_ALIAS.set(place, place);

/** "Pelosi's visit", "the senator's August trip": the owner of the trip is the visitor. */
const OWNER_BEFORE = /\b([A-Z][a-z]+)['’]s\s+(?:[\w-]+\s+)?$/;
const OWNER_OPENING = /^([A-Z][a-z]+)['’]s\s/;
/** "had accepted Xi's invitation to travel to Beijing": the one who invites is the host. */
const HOST_BEFORE = /\b([A-Z][a-z]+)['’]s\s+(?:\w+\s+)?invitation\s+to\s+$/;
/** "Pelosi also visited", "Wang will travel to": the name right before the verb. */
const SUBJECT_BEFORE =
  /(?:^|[^\w.])([A-Z][a-z]+)\s+(?:also\s+|later\s+|then\s+|will\s+|would\s+|is\s+to\s+|plans\s+to\s+)?$/;
/** "met US senators visiting Beijing": the participle's visitors are the side's group before it. */
const GROUP_BEFORE =
  /\b(?:(US|U\.S\.|American)|(Chinese))\s+(?:[a-z-]+\s+)?(?:senators|lawmakers|legislators|congressmen|governors|executives|officials|business\s+leaders|delegation|delegates)\s+$/;
/**
 * "When Air Force One landed in Manila": the plane names no visitor called "One"; it carries the
 * American president.
 */
const PRESIDENTIAL_PLANE_BEFORE = /\bAir\s+Force\s+One\s+(?:\w+\s+)?$/;
/** "visit to Taiwan", "visited the Taiwan parliament", "trip to the island of Taiwan". */
const DESTINATION_AFTER =
  /^\s*(?:to\s+)?(?:the\s+)?(?:(?:self-ruled\s+)?island\s+of\s+)?(U\.S\.|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)/;

/**
 * Who travels and where to, read from the words around the trigger in each mention: a visit's
 * subject is the visitor even when the sentence's first name is the side that protested it
 * ("Beijing summoned the ambassador to protest Pelosi's visit").
 */
export function visitParties(detections: readonly Detection[]): {
  visitor: string | undefined;
  destination: string | undefined;
  host: string | undefined;
} {
  let visitor: string | undefined;
  let destination: string | undefined;
  let host: string | undefined;
  for (const d of detections) {
    const text = d.segment.text;
    const before = text.slice(Math.max(0, d.triggerStart - 40), d.triggerStart);
    const group = /^visiting\b/.test(text.slice(d.triggerStart)) ? GROUP_BEFORE.exec(before) : null;
    if (visitor === undefined && group !== null) visitor = group[1] !== undefined ? 'US' : 'China';
    const invitedBy = HOST_BEFORE.exec(before)?.[1];
    host ??= invitedBy;
    // The trigger itself may open on the owner: "Pelosi's visit".
    const name = PRESIDENTIAL_PLANE_BEFORE.test(before)
      ? 'US president'
      : (OWNER_OPENING.exec(text.slice(d.triggerStart, d.triggerEnd))?.[1] ??
        OWNER_BEFORE.exec(before)?.[1] ??
        SUBJECT_BEFORE.exec(before)?.[1]);
    // A land is where someone goes or who protests, not a visitor ("China's visit" is rare).
    const guest = invitedBy === undefined && name !== undefined && !LAND_BY_ALIAS.has(name);
    if (visitor === undefined && guest) visitor = name;
    const after = DESTINATION_AFTER.exec(text.slice(d.triggerEnd, d.triggerEnd + 60))?.[1];
    const land = after === undefined ? undefined : landIn(after);
    if (destination === undefined && land !== undefined) destination = land;
  }
  return { visitor, destination, host };
}

/**
 * The country a trip goes to, whatever the telling names ("Beijing", "China", "the U.S."), for
 * telling two trips apart: a trip to Beijing and a visit to China may be one.
 */
function tripLand(d: Detection): string | undefined {
  // The merge asks this of every telling of a trip each time another trip is weighed.
  if (LAND_OF_TRIP.has(d)) return LAND_OF_TRIP.get(d);
  const place = visitParties([d]).destination;
  const land = place === undefined ? undefined : shortName(countryOf(place) ?? place);
  LAND_OF_TRIP.set(d, land);
  return land;
}

const LAND_OF_TRIP = new WeakMap<Detection, string | undefined>();

/** Whether two tellings of trips name two countries they go to, so are two trips. */
export function tripsApart(a: Detection, b: Detection): boolean {
  const to = tripLand(a);
  if (to === undefined) return false;
  const other = tripLand(b);
  return other !== undefined && other !== to;
}

function landIn(words: string): string | undefined {
  return LAND_BY_ALIAS.get(words) ?? LAND_BY_ALIAS.get(words.split(' ')[0] ?? '');
}
