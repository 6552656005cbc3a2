import type { IndexedEvent } from './timelineIndex.ts';

/** Where the landmarks go: the pixel geometry of the timeline at its current zoom. */
export interface LaneGeometry {
  /** Left edge of the prepared range (window plus margins), epoch ms. */
  lo: number;
  /** Pixels per millisecond at the current zoom. */
  pxPerMs: number;
  /** Rows of titled items that fit under the row of cluster counts without scrolling. */
  rows: number;
  /** Periods narrower than this are drawn as boxes at their midpoint (see BuildOptions). */
  minRangeMs: number;
  /** Periods wider than this (ms) are no landmark: a year-long bar would take a whole row. */
  maxRangeMs: number;
}

/** Average advance of a character of the item font (0.75rem), in px; generous on purpose. */
const CHAR_PX = 6.7;
/** Padding, borders and vis's horizontal item margin around a label. */
const CHROME_PX = 26;
const ICON_PX = 19;
const BADGE_PX = 64;
/** The content's max-width (22rem) plus its chrome. */
const MAX_LABEL_PX = 352 + CHROME_PX;
/** After this many events in a row that found no room, the rows are as full as they get. */
const GIVE_UP_AFTER = 2_000;

/** How wide vis will draw the event's box, estimated from its title and badges. */
export function labelWidthPx(entry: IndexedEvent): number {
  const ev = entry.event;
  const badges = ev.status === 'occurred' ? 0 : BADGE_PX;
  const approx = entry.approximate ? 12 : 0;
  const w = ev.title.length * CHAR_PX + ev.themes.length * ICON_PX + badges + approx + CHROME_PX;
  return Math.min(w, MAX_LABEL_PX);
}

/** The middle of a period drawn as a box, or the day itself: where vis centres the box. */
export function boxAt(entry: IndexedEvent, minRangeMs: number): number | null {
  if (!entry.period) return entry.start;
  if (entry.end - entry.start < minRangeMs) return entry.start + (entry.end - entry.start) / 2;
  return null;
}

/**
 * The entries in descending salience, equal weights in their given (start) order. A counting
 * sort over rounded weights: this runs over every event around a zoomed-out window, where a
 * comparison sort of 100,000 entries would cost more than the rest of the update.
 */
export function bySalience(
  entries: readonly IndexedEvent[],
  /** Appended to (and returned) instead of a new array, to rank one list after another. */
  out: IndexedEvent[] = [],
): IndexedEvent[] {
  const bins: IndexedEvent[][] = [];
  for (const e of entries) {
    const bin = Math.max(0, Math.round(e.salience * 4));
    (bins[bin] ??= []).push(e);
  }
  for (let b = bins.length - 1; b >= 0; b--) {
    const bin = bins[b];
    if (bin !== undefined) for (const e of bin) out.push(e);
  }
  return out;
}

/**
 * The `k` most salient entries, most salient first, earlier first among equals: one pass and
 * no allocation per entry, since every cluster of a zoomed-out window asks for its top titles.
 */
export function topBySalience(entries: readonly IndexedEvent[], k: number): IndexedEvent[] {
  const top: IndexedEvent[] = [];
  const weights: number[] = [];
  for (const e of entries) {
    const w = e.salience;
    if (top.length === k && w <= (weights[k - 1] ?? Infinity)) continue;
    let at = top.length;
    while (at > 0 && (weights[at - 1] ?? 0) < w) at--;
    top.splice(at, 0, e);
    weights.splice(at, 0, w);
    if (top.length > k) {
      top.pop();
      weights.pop();
    }
  }
  return top;
}

/**
 * Picks the most salient entries that can be drawn as titled items without overlapping, at
 * most `limit` of them: each goes into the first row where its label has room, as vis's own
 * stacking will place it (vis receives them in the same order, see stackOrder), below the
 * cluster counts. `first` (the selected event) is placed before the others; the caller keeps it.
 */
export function packLandmarks(
  candidates: readonly IndexedEvent[],
  geometry: LaneGeometry,
  limit: number,
  first?: IndexedEvent,
): IndexedEvent[] {
  const { lo, pxPerMs, rows, minRangeMs, maxRangeMs } = geometry;
  const lanes: Array<Array<[number, number]>> = Array.from({ length: Math.max(1, rows) }, () => []);
  const picked: IndexedEvent[] = [];

  const extent = (e: IndexedEvent): [number, number] | null => {
    const at = boxAt(e, minRangeMs);
    if (at === null) {
      if (e.end - e.start > maxRangeMs) return null;
      return [(e.start - lo) * pxPerMs, (e.end - lo) * pxPerMs + 8];
    }
    const half = labelWidthPx(e) / 2;
    const x = (at - lo) * pxPerMs;
    return [x - half, x + half];
  };
  const place = (span: [number, number]): boolean => {
    for (const lane of lanes) {
      if (lane.every(([a, b]) => span[1] <= a || span[0] >= b)) {
        lane.push(span);
        return true;
      }
    }
    return false;
  };

  if (first !== undefined) {
    const span = extent(first);
    if (span !== null) place(span);
  }
  let misses = 0;
  for (const e of candidates) {
    if (picked.length >= limit || misses >= GIVE_UP_AFTER) break;
    if (e === first) continue;
    const span = extent(e);
    if (span !== null && place(span)) {
      picked.push(e);
      misses = 0;
    } else {
      misses += 1;
    }
  }
  return picked;
}
