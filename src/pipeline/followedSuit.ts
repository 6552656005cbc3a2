import type { EventDate } from '../data/eventSchema.ts';
import { tellsWhen } from './dates/firstDayAhead.ts';
import { findNames } from './findNames.ts';
import { KIND_TABLE } from './kinds/kindTable.ts';
import type { DateMention, Detection, Segment } from './pipelineTypes.ts';

/**
 * "Huawei was put on the Entity List in 2019. SMIC, the country's largest chipmaker, followed
 * in December 2020." A sentence whose only verb is "followed" with a date of its own repeats the
 * act the sentence before told, for a new name at a new date. Analyses and op-eds recap a run
 * of such acts this way; without this, the second and later ones are lost.
 *
 * The subject is a name the gazetteer knows, with an optional aside between commas; a plain
 * noun ("Protests followed in March", "A second round followed") does not count.
 */
const FOLLOWED =
  /^(?:[A-Z][\w.'’&-]*\s+){0,4}[A-Z][\w.'’&-]*(?:,[^,;]{1,70},)?\s+(?:soon\s+|later\s+|then\s+|quickly\s+)?followed(?:\s+suit)?\s+/;
/** The date the verb takes: "followed in July", "followed suit on Friday". */
const DATE_NEAR = 24;
/** "…, and Commerce Secretary Gina Raimondo in late August": a second follower, its verb gapped. */
const GAPPED =
  /^,?\s+and\s+(?:[A-Z][\w.'’&-]*\s+){0,4}[A-Z][\w.'’&-]*\s+(?:in|on|at)?\s*(?:early\s+|late\s+|mid-?)?$/;

/** Cheap test, before dates are read: may this sentence follow the one before it? */
export function mayFollowSuit(sentence: string): boolean {
  return FOLLOWED.test(sentence);
}

/**
 * The acts `segment` repeats from `antecedents` (the detections of the sentence before it, in
 * the same paragraph): one per follower, each with its own date, classified by `classify`,
 * which finds each follower as the subject of its clause.
 */
export function followedSuit(
  segment: Segment,
  dates: DateMention[],
  antecedents: Detection[],
  published: string | null,
  classify: (d: Detection) => Detection,
): Detection[] {
  const sentence = segment.text;
  const verb = FOLLOWED.exec(sentence);
  const antecedent = antecedents.find((d) => d.date !== null && !d.hypothetical);
  if (verb === null || antecedent === undefined) return [];
  const telling = dates.filter(tellsWhen);
  const first = telling[0];
  if (first === undefined || first.start > verb[0].length + DATE_NEAR) return [];
  const verbStart = sentence.lastIndexOf('followed', verb[0].length);
  const names = findNames(sentence).actors;
  const named = (from: number, to: number): boolean =>
    names.some((n) => n.start >= from && n.end <= to);
  if (!named(0, verbStart)) return [];
  const copies = [copyOf(antecedent, segment, verbStart, verb[0].trimEnd().length, first.date)];
  let previous = first;
  for (const d of telling.slice(1)) {
    if (!GAPPED.test(sentence.slice(previous.end, d.start)) || !named(previous.end, d.start)) break;
    copies.push(copyOf(antecedent, segment, d.start, d.end, d.date));
    previous = d;
  }
  return copies.map((c) =>
    withActing(classify({ ...c, status: statusAt(c.date, published) }), antecedent),
  );
}

/**
 * "Huawei was put on the list. SMIC followed": the follower takes the place of the one the
 * act was done to, and whoever did it (the Commerce Department) did it again. A visit or a
 * meeting is the follower's own: "Blinken was received by Xi. Yellen followed" met no one.
 */
function withActing(copy: Detection, antecedent: Detection): Detection {
  if (!KIND_TABLE[copy.kind].measure) return copy;
  const acting = antecedent.actors.slice(1).filter((a) => !copy.actors.includes(a));
  if (acting.length === 0) return copy;
  // The doer first, as an active sentence names it: a measure is its imposer's.
  return { ...copy, actors: [...acting, ...copy.actors.slice(0, 1)] };
}

function copyOf(
  antecedent: Detection,
  segment: Segment,
  start: number,
  end: number,
  date: EventDate,
): Detection {
  const kind = KIND_TABLE[antecedent.kind];
  return {
    kind: antecedent.kind,
    sourceId: antecedent.sourceId,
    segment,
    triggerStart: start,
    triggerEnd: end,
    verbal: true,
    anaphoric: false,
    hypothetical: false,
    status: 'occurred',
    date,
    actors: [],
    places: [],
    themes: [...kind.themes],
    tags: [kind.tag],
    action: antecedent.action,
    dateSource: 'text',
    notes: [],
  };
}

function statusAt(date: EventDate | null, published: string | null): Detection['status'] {
  if (date?.start == null || published === null) return 'occurred';
  return date.start > published.slice(0, date.start.length) ? 'planned' : 'occurred';
}
