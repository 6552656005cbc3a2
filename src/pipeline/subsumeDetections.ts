import { clauseBounds } from './clauseTense.ts';
import { datesCompatible } from './datesCompatible.ts';
import { ENCOUNTERS } from './dateOutcomes.ts';
import { KIND_TABLE } from './kinds/kindTable.ts';
import type { Detection } from './pipelineTypes.ts';
import { tripsApart } from './kinds/visitParties.ts';

/**
 * Folds the detections of one sentence that tell parts of a single event into that event,
 * and collapses repeats of one kind with one date ("the call ... the conversation").
 */
export function subsumeDetections(detections: Detection[]): Detection[] {
  const kept: Detection[] = [];
  for (const d of detections) {
    const host = kept.find((k) => absorbs(k, d)) ?? null;
    if (host) {
      kept[kept.indexOf(host)] = absorb(host, d);
      continue;
    }
    const guest = kept.find((k) => absorbs(d, k));
    if (guest) {
      kept[kept.indexOf(guest)] = absorb(d, guest);
      continue;
    }
    kept.push(d);
  }
  return kept;
}

function absorbs(host: Detection, guest: Detection): boolean {
  if (host.knownEventId !== undefined && guest.knownEventId !== undefined) {
    if (host.knownEventId !== guest.knownEventId) return false;
  }
  // An undated action takes the date of its part: "signed an order ... on Monday", "travel to
  // Beijing in April for talks".
  const carrier = host.date === null && host.verbal && (!guest.verbal || guest.kind === 'policy');
  const sameDate =
    guest.date === null ||
    carrier ||
    (host.date !== null && datesCompatible(host.date, guest.date)) ||
    isObjectOf(host, guest);
  if (!sameDate) return false;
  if (host.kind === guest.kind) {
    if (toldOfOthers(host, guest) || twoTrips(host, guest)) return false;
    const sameActor =
      host.actors[0] === undefined ||
      guest.actors[0] === undefined ||
      host.actors[0] === guest.actors[0];
    const sameAction = host.action === guest.action || guest.action === '' || host.action === '';
    return sameActor && sameAction;
  }
  // A meeting during a visit or at talks is part of that event, not a second one.
  const kind = KIND_TABLE[host.kind];
  if (!kind.contains.includes(guest.kind)) return false;
  if (agreedToAt(host, guest)) return false;
  if (kind.containsAcrossClauses) return true;
  const sentence = host.segment.text;
  return (
    clauseBounds(sentence, host.triggerStart).start ===
    clauseBounds(sentence, guest.triggerStart).start
  );
}

/**
 * "Washington and Beijing agreed to share cargo data at their annual security dialogue, held on
 * March 4": what the two sides agreed to do, with no deal named, is what they said at the
 * encounter, not an agreement the encounter was a part of.
 */
function agreedToAt(host: Detection, guest: Detection): boolean {
  const text = host.segment.text;
  return (
    host.kind === 'agreement' &&
    (ENCOUNTERS.has(guest.kind) || guest.kind === 'visit') &&
    /^agreed\s+(?:on\s+[A-Z][a-z]+day\s+)?(?:not\s+)?to$/.test(
      text.slice(host.triggerStart, host.triggerEnd),
    ) &&
    // "agreed to resume climate talks": the talks are what was agreed, so its part.
    (guest.triggerStart < host.triggerEnd ||
      /\b(?:at|during|after|in|on)\b/.test(text.slice(host.triggerEnd, guest.triggerStart)))
  );
}

/**
 * "would be delaying the U.S. increase in tariffs now scheduled for March 1": a part the act
 * names as its object, right after its trigger, carries the day of what is acted on (the day
 * the hike was due), not the day of the act.
 */
function isObjectOf(host: Detection, guest: Detection): boolean {
  return (
    host.verbal &&
    !guest.verbal &&
    KIND_TABLE[host.kind].contains.includes(guest.kind) &&
    guest.triggerStart >= host.triggerEnd &&
    guest.triggerStart - host.triggerEnd <= 24
  );
}

/** The verbal detection of the two carries the event; the other adds what it knows. */
function absorb(first: Detection, second: Detection): Detection {
  const [host, guest] = !first.verbal && second.verbal ? [second, first] : [first, second];
  const parts = [...(host.parts ?? []), ...(guest.parts ?? [])];
  if (guest.kind !== host.kind) parts.push(guest.kind);
  return {
    ...host,
    ...(parts.length > 0 ? { parts: [...new Set(parts)].filter((k) => k !== host.kind) } : {}),
    verbal: host.verbal || guest.verbal,
    date: host.date ?? guest.date,
    dateSource: host.date ? host.dateSource : guest.dateSource,
    ...(host.knownEventId === undefined && guest.knownEventId !== undefined
      ? { knownEventId: guest.knownEventId }
      : {}),
    actors: [...new Set([...host.actors, ...guest.actors])],
    places: [...new Set([...host.places, ...guest.places])],
    themes: [...new Set([...host.themes, ...guest.themes])],
    tags: [...new Set([...host.tags, ...guest.tags])],
    notes: [...new Set([...host.notes, ...guest.notes])],
  };
}

/**
 * "A month earlier it sanctioned the party chief, and Beijing answered by sanctioning two
 * senators": two acts of one kind in clauses of their own, one by a pronoun the article names
 * later (pronounSubjects), one by a named side, are two acts.
 */
function toldOfOthers(a: Detection, b: Detection): boolean {
  if (!a.verbal || !b.verbal) return false;
  const sentence = a.segment.text;
  if (
    clauseBounds(sentence, a.triggerStart).start === clauseBounds(sentence, b.triggerStart).start
  ) {
    return false;
  }
  return (byPronoun(a) && b.actors[0] !== undefined) || (byPronoun(b) && a.actors[0] !== undefined);
}

/**
 * "accepted an invitation to travel to Ottawa in May, and asked the premier to come to Rome later
 * in the year": two trips to two places are two trips, wished for or made.
 */
function twoTrips(a: Detection, b: Detection): boolean {
  return a.kind === 'visit' && tripsApart(a, b);
}

const PRONOUN_SUBJECT = /\b(?:it|they|he|she)\s+(?:(?:had|has|have|also|then|later)\s+)?$/i;

function byPronoun(d: Detection): boolean {
  return (
    d.actors[0] === undefined &&
    PRONOUN_SUBJECT.test(d.segment.text.slice(Math.max(0, d.triggerStart - 30), d.triggerStart))
  );
}
