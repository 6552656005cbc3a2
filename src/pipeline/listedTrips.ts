import { findNames } from './findNames.ts';
import { isPerson } from './isPerson.ts';
import type { DateMention, Detection } from './pipelineTypes.ts';

/** "travelled to Beijing: " — the trip, then a colon opening the list of who went when. */
const LIST_OPENING = /^[^:;.!?]{0,40}:\s*/;
/** The list's items: "Sullivan in January, Kerry in March and, in May, Raimondo". */
const ITEM_BREAK = /\s*,\s*(?:and\s*,?\s*)?|\s+and\s*,?\s*/g;

/**
 * "A string of cabinet members travelled to Beijing: the secretary of state in June, the
 * treasury secretary in July and, in August, the commerce secretary": one trip per traveller,
 * each on the date beside their name, not one trip of all three on the first date.
 */
export function listedTrips(detections: Detection[], dates: DateMention[]): Detection[] {
  return detections.flatMap((d) => {
    if (d.kind !== 'visit' || !d.verbal) return [d];
    const sentence = d.segment.text;
    const opening = LIST_OPENING.exec(sentence.slice(d.triggerEnd));
    if (opening === null) return [d];
    const from = d.triggerEnd + opening[0].length;
    const trips: Detection[] = [];
    let start = from;
    // "and, in August, the commerce secretary": a date set off before the name it goes with.
    let pending: DateMention | undefined;
    for (const end of [...itemEnds(sentence, from), sentence.length]) {
      const item = sentence.slice(start, end);
      const date = dates.find((m) => m.start >= start && m.end <= end) ?? pending;
      const traveller = findNames(item).actors.find((a) => isPerson(a.name));
      pending = traveller === undefined ? date : undefined;
      if (date !== undefined && traveller !== undefined) {
        trips.push({ ...d, date: date.date, dateSource: 'text', actors: [traveller.name] });
      }
      start = end;
    }
    return trips.length >= 2 ? trips : [d];
  });
}

function itemEnds(sentence: string, from: number): number[] {
  const ends: number[] = [];
  const tail = sentence.slice(from).replace(/[.!?]\s*$/, '');
  for (const m of tail.matchAll(ITEM_BREAK)) ends.push(from + m.index);
  return ends;
}
