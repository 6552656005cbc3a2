import type { EventStatus, Theme, TimelineEvent } from '../data/eventSchema';
import { bucketStart, chooseBucketUnit, nextBucketStart, type BucketUnit } from './bucketUnit';
import { isoDay } from './eventSpan';
import { entriesInRange, findEntry, type IndexedEvent, type TimelineIndex } from './timelineIndex';

/** One event as vis-timeline receives it; the template turns these fields into DOM. */
export interface EventItem {
  id: string;
  kind: 'event';
  type: 'box' | 'range';
  start: number;
  end?: number;
  className: string;
  title: string;
  themes: Theme[];
  status: EventStatus;
  approximate: boolean;
}

/** Several events of one calendar bucket, drawn as one range; clicking it zooms into the bucket. */
export interface ClusterItem {
  id: string;
  kind: 'cluster';
  type: 'range';
  /** Drawn slightly inside its bucket so neighbouring clusters share a row instead of stacking. */
  start: number;
  end: number;
  bucketStart: number;
  bucketEnd: number;
  className: string;
  unit: BucketUnit;
  count: number;
  themeCounts: Record<Theme, number>;
}

export type TimelineItem = EventItem | ClusterItem;

export interface BuildOptions {
  /** The visible window, epoch ms. */
  from: number;
  to: number;
  /** Drawn as its own item wherever it is, when it passes the filters. */
  selected: TimelineEvent | null;
  /** Above this many events around the window, events are aggregated into buckets. */
  maxItems: number;
  /** How many buckets may share the visible window (from its pixel width). */
  maxBuckets: number;
  /**
   * Periods shorter than this (ms at the current zoom) are drawn as a box at their midpoint: a
   * range only a few pixels wide would clip its label to nothing ("Tr…" for "Trump to visit").
   */
  minRangeMs?: number;
}

/**
 * Items are prepared for the visible window plus half a window on each side, so a short drag
 * shows items at once and the timeline never holds more than a bounded number of them.
 */
export const MARGIN_RATIO = 0.5;

/** Buckets with at most this many events show them instead of a count. */
const OPEN_BUCKET_MAX = 3;

/** Share of a bucket left empty at each end of its cluster (at least the item margin in px). */
const CLUSTER_INSET = 0.04;

export function extendedRange(from: number, to: number): { lo: number; hi: number } {
  const margin = (to - from) * MARGIN_RATIO;
  return { lo: from - margin, hi: to + margin };
}

export function eventItem(
  entry: IndexedEvent,
  minRangeMs = 0,
  threadIds: ReadonlySet<string> = NO_THREADS,
): EventItem {
  const ev = entry.event;
  const asRange = entry.period && entry.end - entry.start >= minRangeMs;
  const classes = ['tl-event', `tl-theme-${ev.themes[0] ?? 'trade'}`];
  if (ev.status === 'planned') classes.push('is-planned');
  if (ev.status === 'ongoing') classes.push('is-ongoing');
  if (entry.approximate) classes.push('is-approximate');
  if (entry.period) classes.push('is-period');
  // A step of the open event's story (see the README's "Threads and tone").
  if (ev.threadIds?.some((id) => threadIds.has(id)) === true) classes.push('is-in-thread');
  const item: EventItem = {
    id: ev.id,
    kind: 'event',
    type: asRange ? 'range' : 'box',
    start: entry.period && !asRange ? entry.start + (entry.end - entry.start) / 2 : entry.start,
    className: classes.join(' '),
    title: ev.title,
    themes: [...ev.themes],
    status: ev.status,
    approximate: entry.approximate,
  };
  if (asRange) item.end = entry.end;
  return item;
}

const NO_THREADS: ReadonlySet<string> = new Set();

export function clusterId(unit: BucketUnit, start: number): string {
  // A colon never occurs in an event id (kebab-case slugs), so cluster ids cannot collide.
  return `cluster:${unit}:${isoDay(start)}`;
}

function clusterItem(
  unit: BucketUnit,
  start: number,
  members: readonly IndexedEvent[],
): ClusterItem {
  const themeCounts: Record<Theme, number> = { trade: 0, technology: 0, diplomacy: 0 };
  for (const m of members) for (const t of m.event.themes) themeCounts[t] += 1;
  const end = nextBucketStart(start, unit);
  const inset = (end - start) * CLUSTER_INSET;
  return {
    id: clusterId(unit, start),
    kind: 'cluster',
    type: 'range',
    start: start + inset,
    end: end - inset,
    bucketStart: start,
    bucketEnd: end,
    className: 'tl-cluster',
    unit,
    count: members.length,
    themeCounts,
  };
}

/**
 * What vis-timeline should hold for this window: every event around it when they are few,
 * otherwise one cluster per calendar bucket, the sparsest buckets shown as their events, never
 * more than `maxItems` items (plus the selected one) in all. The selected event is
 * always an item of its own, wherever it is, so selection and deep links work at any zoom.
 */
export function buildTimelineItems(index: TimelineIndex, options: BuildOptions): TimelineItem[] {
  const { from, to, maxItems, maxBuckets, minRangeMs = 0 } = options;
  const { lo, hi } = extendedRange(from, to);
  const around = entriesInRange(index, lo, hi);
  const selected = options.selected === null ? undefined : findEntry(index, options.selected);
  const threads = new Set(options.selected?.threadIds ?? []);
  const item = (e: IndexedEvent) => eventItem(e, minRangeMs, threads);
  const items: TimelineItem[] = [];
  if (selected !== undefined) items.push(item(selected));

  const others = selected === undefined ? around : around.filter((e) => e !== selected);
  if (others.length <= maxItems) {
    for (const e of others) items.push(item(e));
    return items;
  }

  // Entries come in start order, so buckets are filled by walking their boundaries once
  // (no date arithmetic per event: this runs over every event of a zoomed-out window).
  const unit = chooseBucketUnit(to - from, maxBuckets);
  const buckets: Array<{ start: number; members: IndexedEvent[] }> = [];
  let start = bucketStart(lo, unit);
  let end = nextBucketStart(start, unit);
  let current: IndexedEvent[] = [];
  for (const e of others) {
    // A period that began before the window counts where the window starts, so "sometime this
    // year" is seen in the view rather than in the margin off screen.
    while (Math.max(e.start, from) >= end) {
      if (current.length > 0) buckets.push({ start, members: current });
      current = [];
      start = end;
      end = nextBucketStart(start, unit);
    }
    current.push(e);
  }
  if (current.length > 0) buckets.push({ start, members: current });

  // Each bucket costs one item as a cluster. Quiet buckets (a few events) are opened up, the
  // sparsest first, while the total stays within maxItems; a busy bucket always shows a count,
  // so one opened column never towers over its neighbours.
  let budget = maxItems - buckets.length;
  const open = new Set<number>();
  const bySize = buckets.map((_, i) => i);
  bySize.sort((a, b) => (buckets[a]?.members.length ?? 0) - (buckets[b]?.members.length ?? 0));
  for (const i of bySize) {
    const extra = (buckets[i]?.members.length ?? 0) - 1;
    if (extra >= OPEN_BUCKET_MAX || extra > budget) break;
    budget -= extra;
    open.add(i);
  }
  buckets.forEach((bucket, i) => {
    if (open.has(i)) for (const e of bucket.members) items.push(item(e));
    else items.push(clusterItem(unit, bucket.start, bucket.members));
  });
  return items;
}
