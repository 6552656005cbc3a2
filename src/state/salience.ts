import type { TimelineEvent } from '../data/eventSchema.ts';

/**
 * How much each kind of event weighs on its own, before counting how often it is told. A summit
 * or a new round of tariffs changes the relationship; a statement mostly comments on it.
 * Kinds the table does not know (a data file from elsewhere) weigh as much as a policy.
 */
export const KIND_WEIGHTS: Readonly<Record<string, number>> = {
  summit: 12,
  meeting: 11,
  visit: 10,
  tariffs: 10,
  agreement: 10,
  'export-controls': 9,
  sanctions: 8,
  'tech-restriction': 8,
  talks: 7,
  military: 6,
  'phone-call': 5,
  visas: 5,
  investigation: 4,
  purchase: 4,
  policy: 3,
  warning: 2,
  statement: 1,
};
const UNKNOWN_KIND_WEIGHT = 3;
/** A tag saying "summit" lifts any kind to a summit's weight ("talks" held at a summit). */
const SUMMIT_TAG = 'summit';
/** Per doubling of the articles that tell the event. */
export const ARTICLE_WEIGHT = 10;
/** Per doubling of the sentences that tell it, across those articles. */
export const MENTION_WEIGHT = 2;
/** An event the known-events registry names (its note says so). */
export const KNOWN_WEIGHT = 8;
/** An editor's pin outweighs everything else: pinned events always come first. */
export const PIN_WEIGHT = 1000;

const REGISTRY_NOTE = /known-events registry/i;

/**
 * An event's weight for the timeline: which events are drawn as titled landmarks when not all of
 * them fit, and in what order. A data file's own `salience` wins; otherwise it is computed from
 * the contract's fields, so any valid events.json works:
 *
 *   10 × log2(1 + articles) + 2 × log2(1 + mentions) + kind + 8 if known + 1000 if pinned
 *
 * e.g. a summit told by 3 articles in 5 sentences, in the registry:
 * 10 × 2 + 2 × 2.58 + 12 + 8 ≈ 45; a statement in one sentence of one article: 10 + 2 + 1 = 13.
 */
export function computeSalience(ev: TimelineEvent): number {
  const articles = distinctSources(ev);
  const told =
    ARTICLE_WEIGHT * Math.log2(1 + articles) + MENTION_WEIGHT * Math.log2(1 + ev.mentions.length);
  const kind = ev.tags.includes(SUMMIT_TAG)
    ? Math.max(KIND_WEIGHTS[SUMMIT_TAG] ?? 0, kindWeight(ev.kind))
    : kindWeight(ev.kind);
  const known = (ev.notes ?? []).some((n) => REGISTRY_NOTE.test(n)) ? KNOWN_WEIGHT : 0;
  const pinned = ev.pinned === true ? PIN_WEIGHT : 0;
  return told + kind + known + pinned;
}

/** Most events have one mention: no Set for them (this runs once per event at load). */
function distinctSources(ev: TimelineEvent): number {
  const { mentions } = ev;
  if (mentions.length <= 1) return mentions.length;
  return new Set(mentions.map((m) => m.sourceId)).size;
}

function kindWeight(kind: string | undefined): number {
  return kind === undefined ? UNKNOWN_KIND_WEIGHT : (KIND_WEIGHTS[kind] ?? UNKNOWN_KIND_WEIGHT);
}

// Events are immutable, so each weight is computed once per session; a filter change or a zoom
// only looks them up.
const cache = new WeakMap<TimelineEvent, number>();

/** The event's salience: the file's own number when it carries one, else `computeSalience`. */
export function salienceOf(ev: TimelineEvent): number {
  let s = cache.get(ev);
  if (s === undefined) {
    const given = ev.salience;
    const base = given !== undefined && Number.isFinite(given) ? given : computeSalience(ev);
    // A pin counts even on top of a number the pipeline wrote.
    s = given !== undefined && ev.pinned === true && base < PIN_WEIGHT ? base + PIN_WEIGHT : base;
    cache.set(ev, s);
  }
  return s;
}
