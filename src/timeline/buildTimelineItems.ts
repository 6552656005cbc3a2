import { countTheme } from '../data/countTheme.ts';
import type { EventStatus, Theme, TimelineEvent } from '../data/eventSchema.ts';
import { bucketStart, chooseBucketUnit, nextBucketStart, type BucketUnit } from './bucketUnit.ts';
import { isoDay } from './eventSpan.ts';
import { bySalience, packLandmarks, topBySalience } from './packLandmarks.ts';
import {
  entriesInRange,
  findEntry,
  type IndexedEvent,
  type TimelineIndex,
} from './timelineIndex.ts';

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
  /** Who gets the top rows (stackOrder): the most told events first. */
  salience: number;
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
  /** The titles of its most salient events, so a cluster says what it holds, not only how many. */
  top: string[];
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
  /** Pixel width of the visible window, to know which titled items fit side by side. */
  widthPx?: number;
  /** Rows of titled items that fit under the cluster counts without scrolling. */
  rows?: number;
}

interface Bucket {
  start: number;
  members: IndexedEvent[];
}

/**
 * Items are prepared for the visible window plus half a window on each side, so a short drag
 * shows items at once and the timeline never holds more than a bounded number of them.
 */
export const MARGIN_RATIO = 0.5;

/**
 * Up to this many events around the window are all drawn, however they stack (vis scrolls):
 * a small data set shows every event. Above it, only what fits is drawn with its title.
 */
const FEW = 40;
/** How many titles a cluster names. */
export const CLUSTER_TOP = 2;
const DEFAULT_WIDTH_PX = 1000;
const DEFAULT_ROWS = 5;
/** A period wider than this share of the window is no landmark (it would fill a whole row). */
const MAX_LANDMARK_SHARE = 0.5;

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
    salience: entry.salience,
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
  for (const m of members) for (const t of m.event.themes) countTheme(themeCounts, t);
  const top = topBySalience(members, CLUSTER_TOP).map((m) => m.event.title);
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
    top,
  };
}

/**
 * What vis-timeline should hold for this window: every event around it when they are few;
 * otherwise the most salient events that fit as titled landmarks, and one cluster per calendar
 * bucket for the rest, never more than `maxItems` items (plus the selected one) in all. The
 * selected event is always an item of its own, wherever it is, so selection and deep links
 * work at any zoom.
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
  if (others.length <= FEW) {
    for (const e of others) items.push(item(e));
    return items;
  }

  const unit = chooseBucketUnit(to - from, maxBuckets);
  const buckets = fillBuckets(others, unit, lo, from);
  // Every bucket may end up as a cluster: the landmarks get what that leaves of the budget.
  const widthPx = options.widthPx ?? DEFAULT_WIDTH_PX;
  const geometry = {
    lo,
    pxPerMs: widthPx / (to - from),
    rows: options.rows ?? DEFAULT_ROWS,
    minRangeMs,
    maxRangeMs: (to - from) * MAX_LANDMARK_SHARE,
  };
  // The window's own events get the rows first; the margins' prepare a short drag.
  const inView: IndexedEvent[] = [];
  const margins: IndexedEvent[] = [];
  for (const e of others) (e.end >= from && e.start < to ? inView : margins).push(e);
  const landmarks = packLandmarks(
    bySalience(margins, bySalience(inView)),
    geometry,
    Math.max(0, maxItems - buckets.length),
    selected,
  );
  const drawn = new Set(landmarks);
  for (const e of landmarks) items.push(item(e));
  for (const bucket of buckets) {
    const rest = bucket.members.filter((e) => !drawn.has(e));
    if (rest.length > 0) items.push(clusterItem(unit, bucket.start, rest));
  }
  return items;
}

/**
 * The events of each calendar bucket, in bucket order. An event counts where it starts, except a
 * period that began before the window and still runs into it: that one counts where the window
 * starts, so "sometime this year" is seen in the view rather than in the margin off screen.
 * Events of the margin itself stay in their own buckets (counting them at the window's start
 * made its first cluster hold everything before it).
 */
function fillBuckets(
  entries: readonly IndexedEvent[],
  unit: BucketUnit,
  lo: number,
  from: number,
): Bucket[] {
  const fromBucket: Bucket = { start: bucketStart(from, unit), members: [] };
  const buckets: Bucket[] = [];
  // Entries come in start order, so buckets are filled by walking their boundaries once
  // (no date arithmetic per event: this runs over every event of a zoomed-out window).
  let start = bucketStart(lo, unit);
  let end = nextBucketStart(start, unit);
  let current: IndexedEvent[] = [];
  const flush = () => {
    if (current.length === 0) return;
    if (start === fromBucket.start) fromBucket.members.push(...current);
    else buckets.push({ start, members: current });
    current = [];
  };
  for (const e of entries) {
    if (e.period && e.start < from && e.end > from) {
      fromBucket.members.push(e);
      continue;
    }
    while (e.start >= end) {
      flush();
      start = end;
      end = nextBucketStart(start, unit);
    }
    current.push(e);
  }
  flush();
  if (fromBucket.members.length > 0) buckets.push(fromBucket);
  return buckets.sort((a, b) => a.start - b.start);
}
