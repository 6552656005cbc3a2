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

export function buildTimelineIndex(events: readonly TimelineEvent[]): TimelineIndex {
  let index = indexes.get(events);
  if (index === undefined) {
    index = indexEvents(events);
    indexes.set(events, index);
  }
  return index;
}

function indexEvents(events: readonly TimelineEvent[]): TimelineIndex {
  const entries: IndexedEvent[] = [];
  let sorted = true;
  let maxDuration = 0;
  let minStart = Infinity;
  let maxEnd = -Infinity;
  for (const ev of events) {
    const entry = indexed(ev);
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
