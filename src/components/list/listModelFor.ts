import type { TimelineEvent } from '../../data/eventSchema.ts';
import { buildListRows, type ListRow } from './buildListRows.ts';

/** Pixel heights of the list's rows, fixed per kind: the virtualiser never measures a row. */
export const ROW_HEIGHT = { year: 44, month: 34, event: 64 } as const;

/** Everything the list derives from its events, built once per filter result. */
export interface ListModel {
  rows: ListRow[];
  /** The row of the event with this id; undefined when the event is not listed. */
  rowOf: (id: string) => number | undefined;
  /** The row of the event at this position among the events. */
  rowAt: (position: number) => number | undefined;
  /** The year and month heading rows above a row (before it), in order. */
  headingsAbove: (row: number) => number[];
  /**
   * For the virtualiser: stable per model, since it re-measures every row when they change. The
   * row's index, not its key: the virtualiser looks every row's key up in its (empty: no row is
   * ever measured) size cache, and hashing 100,000 fresh key strings cost more than the rest of
   * its pass. React gets the rows' own keys.
   */
  getItemKey: (row: number) => number;
  estimateSize: (row: number) => number;
}

// By events array (list order): selectVisibleEvents hands back the same array for a filter
// seen a moment ago, so a theme switched off and on again finds its 100,000 rows ready.
const models = new WeakMap<readonly TimelineEvent[], ListModel>();

export function listModelFor(events: readonly TimelineEvent[]): ListModel {
  let model = models.get(events);
  if (model === undefined) {
    model = buildModel(events, buildListRows(events));
    models.set(events, model);
  }
  return model;
}

/** Ids looked up per model: the selected, focused and first-in-window rows, a handful. */
const LOOKUPS_KEPT = 8;

function buildModel(events: readonly TimelineEvent[], rows: ListRow[]): ListModel {
  // Flat arrays instead of a small array per row, and no id → row map: filling a Map with
  // 70,000 ids was most of a theme toggle at 100,000 events, for the few ids a render asks about.
  const year = new Int32Array(rows.length);
  const month = new Int32Array(rows.length);
  const rowOfPosition = new Int32Array(events.length);
  let y = -1;
  let m = -1;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r?.kind === 'event') rowOfPosition[r.position] = i;
    else if (r?.kind === 'year') [y, m] = [i, -1];
    else if (r?.kind === 'month') m = i;
    year[i] = y;
    month[i] = m;
  }
  const rowAt = (position: number) =>
    position >= 0 && position < events.length ? rowOfPosition[position] : undefined;
  const found = new Map<string, number | undefined>();
  return {
    rows,
    rowAt,
    rowOf: (id) => {
      if (found.has(id)) return found.get(id);
      // A scan of string comparisons, no allocation: well under a millisecond at 100,000.
      const position = events.findIndex((e) => e.id === id);
      const row = position === -1 ? undefined : rowAt(position);
      if (found.size >= LOOKUPS_KEPT) found.clear();
      found.set(id, row);
      return row;
    },
    headingsAbove: (row) => {
      const out: number[] = [];
      const yi = year[row] ?? -1;
      const mi = month[row] ?? -1;
      if (yi >= 0 && yi < row) out.push(yi);
      if (mi >= 0 && mi < row) out.push(mi);
      return out;
    },
    getItemKey: (i) => i,
    estimateSize: (i) => ROW_HEIGHT[rows[i]?.kind ?? 'event'],
  };
}
