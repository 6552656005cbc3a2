import type { Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type RefObject } from 'react';
import { eventInWindow } from '../../state/eventInWindow.ts';
import type { ListRow } from './buildListRows.ts';
import type { WindowSummary } from './summariseWindow.ts';

/** The row to scroll to for `row`: its year and month headings when they sit right above it. */
function firstOfHeadings(rows: readonly ListRow[], row: number): number {
  let at = row;
  while (at > 0 && rows[at - 1]?.kind !== 'event') at--;
  return at;
}

/**
 * Keeps the list where the reader's attention is. A selection made elsewhere (timeline, link,
 * previous/next) scrolls its row into view; a window moved on the timeline (zoom, pan) scrolls
 * the window's first event, with its headings, to the top, unless that would push the open
 * event out of sight while it is in the window too. It only scrolls: focus stays put.
 */
export function useFollowWindow(options: {
  rows: readonly ListRow[];
  rowOf: (id: string) => number | undefined;
  selectedRow: number | undefined;
  inWindow: WindowSummary;
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  scrollRef: RefObject<HTMLDivElement | null>;
}): void {
  const { rows, rowOf, selectedRow, inWindow, virtualizer, scrollRef } = options;
  const last = useRef<{ row: number | undefined; window: WindowSummary | null }>({
    row: undefined,
    window: null,
  });

  useEffect(() => {
    const before = last.current;
    last.current = { row: selectedRow, window: inWindow };
    if (selectedRow !== undefined && selectedRow !== before.row) {
      virtualizer.scrollToIndex(selectedRow, { align: 'auto' });
      return;
    }
    if (inWindow === before.window || inWindow.firstId === null) return;
    const first = rowOf(inWindow.firstId);
    if (first === undefined) return;
    const target = firstOfHeadings(rows, first);
    const selected = selectedRow === undefined ? undefined : rows[selectedRow];
    const kept = selectedRow === undefined ? undefined : virtualizer.measurementsCache[selectedRow];
    const top = virtualizer.measurementsCache[target]?.start;
    const height = scrollRef.current?.clientHeight ?? 0;
    const keepSelected =
      selected?.kind === 'event' &&
      inWindow.window !== null &&
      eventInWindow(selected.event, inWindow.window) &&
      kept !== undefined &&
      top !== undefined &&
      (kept.start < top || kept.end > top + height);
    if (keepSelected) virtualizer.scrollToIndex(kept.index, { align: 'auto' });
    else virtualizer.scrollToIndex(target, { align: 'start' });
  }, [inWindow, selectedRow, rowOf, rows, virtualizer, scrollRef]);
}
