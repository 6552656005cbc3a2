import type { TimelineItem } from './buildTimelineItems.ts';

export interface ItemDiff {
  /** New or changed items, for one DataSet.update call. */
  upsert: TimelineItem[];
  remove: string[];
  /** The signatures after the change, to diff against next time. */
  next: Map<string, string>;
}

/** Everything that changes how an item looks; equal signatures mean vis can keep its DOM. */
export function itemSignature(item: TimelineItem): string {
  if (item.kind === 'cluster') {
    const c = item.themeCounts;
    const counts = `${item.count}|${c.trade}|${c.technology}|${c.diplomacy}`;
    return `c|${item.start}|${item.end}|${counts}|${item.top.join('\u0000')}`;
  }
  return [
    'e',
    item.type,
    item.start,
    item.end ?? '',
    item.className,
    item.title,
    item.themes.join(','),
    item.status,
  ].join('|');
}

/**
 * The smallest change from what vis holds to what it should hold: unchanged items are left alone,
 * because every item vis re-adds or updates inside the window costs it a forced layout.
 */
export function diffItems(
  current: ReadonlyMap<string, string>,
  wanted: readonly TimelineItem[],
): ItemDiff {
  const next = new Map<string, string>();
  const upsert: TimelineItem[] = [];
  for (const item of wanted) {
    if (next.has(item.id)) continue;
    const sig = itemSignature(item);
    next.set(item.id, sig);
    if (current.get(item.id) !== sig) upsert.push(item);
  }
  const remove: string[] = [];
  for (const id of current.keys()) if (!next.has(id)) remove.push(id);
  return { upsert, remove, next };
}
