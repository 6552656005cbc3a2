import type { TimelineEvent } from '../data/eventSchema.ts';
import { salienceOf } from '../state/salience.ts';
import { eventSpan, type EventSpan } from './eventSpan.ts';

export interface IndexedEvent extends EventSpan {
  event: TimelineEvent;
  /**
   * salienceOf(event), kept beside the span: ranking a zoomed-out window reads it for every
   * event around it, and a field costs less than a WeakMap lookup each time.
   */
  salience: number;
}

/** The dated events sorted by start, so a window's events are found by binary search. */
export interface TimelineIndex {
  entries: readonly IndexedEvent[];
  /** The longest event, so a search can reach back far enough for periods that began earlier. */
  maxDuration: number;
  /** Earliest start and latest end over all entries; null when nothing is dated. */
  bounds: { start: number; end: number } | null;
}

// Parsing dates is the costly part; events are immutable, so each is parsed once per session
// and a filter change only re-collects references.
const spans = new WeakMap<TimelineEvent, IndexedEvent | null>();

function indexed(event: TimelineEvent): IndexedEvent | null {
  let entry = spans.get(event);
  if (entry === undefined) {
    const span = eventSpan(event.date);
    entry = span === null ? null : { ...span, event, salience: salienceOf(event) };
    spans.set(event, entry);
  }
  return entry;
}

// The timeline and the density strip index the same filter result: the second asks for free,
// and so does a filter result seen again (selectVisibleEvents keeps the last few).
const indexes = new WeakMap<readonly TimelineEvent[], TimelineIndex>();

/**
 * The index of `events`. `within`, when given, is the full events array that `events` was
 * filtered from (a filter keeps data order): the entries are then found by walking both arrays
 * side by side, comparing references, instead of one WeakMap look-up per event, which was most
 * of the index's cost for a filter change at 100,000 events. Any other input is indexed as well,
 * only by look-ups.
 */
export function buildTimelineIndex(
  events: readonly TimelineEvent[],
  within?: readonly TimelineEvent[],
): TimelineIndex {
  let index = indexes.get(events);
  if (index === undefined) {
    index = indexEvents(
      (within !== undefined && entriesAlong(events, within)) || events.map(indexed),
    );
    indexes.set(events, index);
  }
  return index;
}

// Every event's entry (null when undated) in data order, once per events array.
const dataOrder = new WeakMap<readonly TimelineEvent[], ReadonlyArray<IndexedEvent | null>>();

/** The entries of `events`, found along `all`; null when `events` is not a subsequence of it. */
function entriesAlong(
  events: readonly TimelineEvent[],
  all: readonly TimelineEvent[],
): Array<IndexedEvent | null> | null {
  let ofAll = dataOrder.get(all);
  if (ofAll === undefined) {
    ofAll = all.map(indexed);
    dataOrder.set(all, ofAll);
  }
  if (events === all) return ofAll.slice();
  const out: Array<IndexedEvent | null> = [];
  let j = 0;
  for (const ev of events) {
    while (j < all.length && all[j] !== ev) j++;
    if (j === all.length) return null;
    out.push(ofAll[j] ?? null);
    j++;
  }
  return out;
}

function indexEvents(found: ReadonlyArray<IndexedEvent | null>): TimelineIndex {
  const entries: IndexedEvent[] = [];
  let sorted = true;
  let maxDuration = 0;
  let minStart = Infinity;
  let maxEnd = -Infinity;
  for (const entry of found) {
    if (entry === null) continue;
    const prev = entries[entries.length - 1];
    if (prev !== undefined && prev.start > entry.start) sorted = false;
    entries.push(entry);
    maxDuration = Math.max(maxDuration, entry.end - entry.start);
    minStart = Math.min(minStart, entry.start);
    maxEnd = Math.max(maxEnd, entry.end);
  }
  // events.json is sorted by date already; sorting is only the fallback for other inputs.
  if (!sorted) entries.sort((a, b) => a.start - b.start);
  return {
    entries,
    maxDuration,
    bounds: entries.length === 0 ? null : { start: minStart, end: maxEnd },
  };
}

/** First position whose start is ≥ `ms`. */
export function lowerBound(entries: readonly IndexedEvent[], ms: number): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const e = entries[mid];
    if (e !== undefined && e.start < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Entries that touch [from, to): points inside it and periods overlapping it, in start order. */
export function entriesInRange(index: TimelineIndex, from: number, to: number): IndexedEvent[] {
  const { entries } = index;
  const out: IndexedEvent[] = [];
  for (let i = lowerBound(entries, from - index.maxDuration); i < entries.length; i++) {
    const e = entries[i];
    if (e === undefined || e.start >= to) break;
    if (e.period ? e.end > from : e.start >= from) out.push(e);
  }
  return out;
}

/**
 * The event's entry when it is in the index (that is, it passes the filters and has a date).
 * A binary search instead of an id map keeps a filter change free of per-event map building.
 */
export function findEntry(index: TimelineIndex, event: TimelineEvent): IndexedEvent | undefined {
  const entry = indexed(event);
  if (entry === null) return undefined;
  const { entries } = index;
  for (let i = lowerBound(entries, entry.start); i < entries.length; i++) {
    const e = entries[i];
    if (e === undefined || e.start !== entry.start) break;
    if (e === entry) return e;
  }
  return undefined;
}
