import type { TimelineEvent } from '../../data/eventSchema.ts';
import { buildListRows, type ListRow } from './buildListRows.ts';

/** Pixel heights of the list's rows, fixed per kind: the virtualiser never measures a row. */
export const ROW_HEIGHT = { year: 44, month: 34, event: 64 } as const;

/** Everything the list derives from its events, built once per filter result. */
export interface ListModel {
  rows: ListRow[];
  /** Event id → its row. */
  rowById: ReadonlyMap<string, number>;
  /** The year and month heading rows above a row (before it), in order. */
  headingsAbove: (row: number) => number[];
  /** For the virtualiser: stable per model, since it re-measures every row when they change. */
  getItemKey: (row: number) => string | number;
  estimateSize: (row: number) => number;
}

// By events array (list order): selectVisibleEvents hands back the same array for a filter
// seen a moment ago, so a theme switched off and on again finds its 100,000 rows ready.
const models = new WeakMap<readonly TimelineEvent[], ListModel>();

export function listModelFor(events: readonly TimelineEvent[]): ListModel {
  let model = models.get(events);
  if (model === undefined) {
    model = buildModel(buildListRows(events));
    models.set(events, model);
  }
  return model;
}

function buildModel(rows: ListRow[]): ListModel {
  const rowById = new Map<string, number>();
  // Two flat arrays instead of a small array per row.
  const year = new Int32Array(rows.length);
  const month = new Int32Array(rows.length);
  let y = -1;
  let m = -1;
  rows.forEach((r, i) => {
    if (r.kind === 'event') rowById.set(r.event.id, i);
    if (r.kind === 'year') [y, m] = [i, -1];
    if (r.kind === 'month') m = i;
    year[i] = y;
    month[i] = m;
  });
  return {
    rows,
    rowById,
    headingsAbove: (row) => {
      const out: number[] = [];
      const yi = year[row] ?? -1;
      const mi = month[row] ?? -1;
      if (yi >= 0 && yi < row) out.push(yi);
      if (mi >= 0 && mi < row) out.push(mi);
      return out;
    },
    getItemKey: (i) => rows[i]?.key ?? i,
    estimateSize: (i) => ROW_HEIGHT[rows[i]?.kind ?? 'event'],
  };
}
