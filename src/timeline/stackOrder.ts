import type { TimelineItem } from './buildTimelineItems.ts';

/** An item as vis hands it to `order`: our fields, with dates possibly converted to Date. */
export interface Stackable {
  id: string;
  kind: TimelineItem['kind'];
  type: TimelineItem['type'];
  start: number | Date;
  end?: number | Date;
  /** Events only; the most told take the top rows. */
  salience?: number;
}

function rank(item: Stackable): number {
  if (item.kind === 'cluster') return 0;
  return item.type === 'box' ? 1 : 2;
}

function clusterFirst(a: Stackable, b: Stackable): number {
  return (a.kind === 'cluster' ? 0 : 1) - (b.kind === 'cluster' ? 0 : 1);
}

function weight(item: Stackable): number {
  return item.kind === 'cluster' ? 0 : (item.salience ?? 0);
}

function duration(item: Stackable): number {
  return item.end === undefined ? 0 : Number(item.end) - Number(item.start);
}

/**
 * vis-timeline's `order` option: who gets the top rows. Cluster counts first, then events by
 * salience, the most told on top (the order in which the landmarks were chosen to fit, see
 * packLandmarks); among equals single days before periods, shortest first, so a year-long
 * "sometime in 2020" bar never pushes the events of the visible days out of sight.
 */
export function stackOrder(a: Stackable, b: Stackable): number {
  return (
    clusterFirst(a, b) ||
    weight(b) - weight(a) ||
    rank(a) - rank(b) ||
    duration(a) - duration(b) ||
    Number(a.start) - Number(b.start) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
