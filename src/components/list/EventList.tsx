import {
  observeElementRect,
  useVirtualizer,
  type Range,
  type Virtualizer,
} from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { orderForList } from '../../state/listOrder.ts';
import { selectVisibleEvents } from '../../state/selectVisibleEvents.ts';
import { eventInWindow } from '../../state/eventInWindow.ts';
import { useTimelineStore } from '../../state/timelineStore.ts';
import { rowKey, type ListRow } from './buildListRows.ts';
import { listModelFor } from './listModelFor.ts';
import { EventRow } from './EventRow.tsx';
import { NoMatches } from './NoMatches.tsx';
import { summariseWindow } from './summariseWindow.ts';
import { useFollowWindow } from './useFollowWindow.ts';

// jsdom (and a list hidden at first paint) measures 0×0; rendering a first screenful anyway
// keeps the list readable there instead of empty until a resize happens.
const FALLBACK_RECT = { width: 480, height: 640 };
const PAGE = 10;

function observeWithFallback(
  instance: Virtualizer<HTMLDivElement, Element>,
  cb: (rect: { width: number; height: number }) => void,
) {
  return observeElementRect(instance, (rect) =>
    cb(rect.width === 0 && rect.height === 0 ? FALLBACK_RECT : rect),
  );
}

/** The accessible twin of the timeline: the filtered events, grouped by year and month. */
export function EventList() {
  const visible = useTimelineStore(selectVisibleEvents);
  const ready = useTimelineStore((s) => s.loadStatus === 'ready');
  const selectedId = useTimelineStore((s) => s.selectedId);
  // Choosing a row also moves the timeline to it when it is outside the window.
  const showEvent = useTimelineStore((s) => s.showEvent);
  const timelineWindow = useTimelineStore((s) => s.window);
  const ordered = orderForList(visible);
  const inWindow = useMemo(
    () => summariseWindow(ordered, timelineWindow),
    [ordered, timelineWindow],
  );
  const { rows, rowOf, rowAt, headingsAbove, getItemKey, estimateSize } = listModelFor(ordered);

  const scrollRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const pendingFocus = useRef<string | null>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);

  // Exactly one event button is in the tab order: the one last focused, else the selected one,
  // else the first. Arrow keys move between them from there.
  const focusedRow = focusedId === null ? undefined : rowOf(focusedId);
  const selectedRow = selectedId === null ? undefined : rowOf(selectedId);
  const [activeId, activeRow] =
    focusedId !== null && focusedRow !== undefined
      ? [focusedId, focusedRow]
      : selectedId !== null && selectedRow !== undefined
        ? [selectedId, selectedRow]
        : [ordered[0]?.id ?? null, rowAt(0) ?? -1];

  // The focused row stays mounted even when scrolled away, so keyboard focus is never lost.
  // So do the year and month headings above the first row: without them a screen reader's
  // heading outline jumps from "Events" (h2) straight to a month (h4).
  const rangeExtractor = useCallback(
    (range: Range) => {
      const start = Math.max(0, range.startIndex - range.overscan);
      const end = Math.min(range.count - 1, range.endIndex + range.overscan);
      const indexes: number[] = headingsAbove(start);
      for (let i = start; i <= end; i++) indexes.push(i);
      if (activeRow >= 0 && (activeRow < start || activeRow > end)) {
        for (const h of headingsAbove(activeRow)) if (h < start) indexes.push(h);
        indexes.push(activeRow);
      }
      return [...new Set(indexes)].sort((a, b) => a - b);
    },
    [headingsAbove, activeRow],
  );

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser is read during render by design; nothing here is memoised across it
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    getItemKey,
    overscan: 8,
    initialRect: FALLBACK_RECT,
    observeElementRect: observeWithFallback,
    useFlushSync: false,
    rangeExtractor,
  });

  useFollowWindow({ rows, rowOf, selectedRow, inWindow, virtualizer, scrollRef });

  useEffect(() => {
    const id = pendingFocus.current;
    if (id === null) return;
    pendingFocus.current = null;
    focusRow(id);
  }, [focusedId]);

  function focusRow(id: string) {
    listRef.current
      ?.querySelector<HTMLButtonElement>(`[data-event-id="${CSS.escape(id)}"]`)
      ?.focus({ preventScroll: true });
  }

  const moveTo = (position: number) => {
    const at = Math.max(0, Math.min(ordered.length - 1, position));
    const target = ordered[at];
    if (target === undefined) return;
    const row = rowAt(at);
    if (row !== undefined) virtualizer.scrollToIndex(row, { align: 'auto' });
    if (target.id === focusedId) {
      // No state change, so no effect run: focus it now (it is the active, mounted row).
      pendingFocus.current = null;
      focusRow(target.id);
      return;
    }
    pendingFocus.current = target.id;
    setFocusedId(target.id);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const current = activeRow >= 0 ? rows[activeRow] : undefined;
    const at = current?.kind === 'event' ? current.position : -1;
    const moves: Record<string, number> = {
      ArrowDown: at + 1,
      ArrowUp: at - 1,
      Home: 0,
      End: ordered.length - 1,
      PageDown: at + PAGE,
      PageUp: at - PAGE,
    };
    const target = moves[e.key];
    if (target === undefined || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    moveTo(target);
  };

  if (ready && ordered.length === 0) {
    return (
      <section className="event-list" aria-labelledby="event-list-heading">
        <ListHeading count={0} />
        <NoMatches />
      </section>
    );
  }

  return (
    <section className="event-list" aria-labelledby="event-list-heading">
      <ListHeading
        count={ordered.length}
        inView={inWindow.window === null ? null : inWindow.inView}
      />
      <div className="event-list-scroll" ref={scrollRef}>
        <ul
          ref={listRef}
          className="event-list-rows"
          aria-labelledby="event-list-heading"
          style={{ height: virtualizer.getTotalSize() }}
          onKeyDown={onKeyDown}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (row === undefined) return null;
            return (
              <li
                key={rowKey(row)}
                className={`event-list-row row-${row.kind}`}
                style={{ height: item.size, transform: `translateY(${item.start}px)` }}
              >
                <RowContent
                  row={row}
                  active={row.kind === 'event' && row.event.id === activeId}
                  selected={row.kind === 'event' && row.event.id === selectedId}
                  inView={
                    row.kind === 'event' &&
                    inWindow.window !== null &&
                    eventInWindow(row.event, inWindow.window)
                  }
                  onOpen={showEvent}
                  onFocus={setFocusedId}
                />
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}

function ListHeading({ count, inView = null }: { count: number; inView?: number | null }) {
  return (
    <div className="panel-heading">
      <h2 id="event-list-heading">Events</h2>
      <div className="panel-heading-meta">
        {inView !== null && (
          <p className="panel-meta list-in-view-count">
            <span className="in-view-rail" aria-hidden="true" />
            {inView.toLocaleString('en-US')} in view on the timeline
          </p>
        )}
        <p className="panel-meta">{count.toLocaleString('en-US')} shown</p>
      </div>
    </div>
  );
}

function RowContent(props: {
  row: ListRow;
  active: boolean;
  selected: boolean;
  inView: boolean;
  onOpen: (id: string) => void;
  onFocus: (id: string) => void;
}) {
  const { row } = props;
  if (row.kind === 'year') return <h3 className="list-year">{row.label}</h3>;
  if (row.kind === 'month') return <h4 className="list-month">{row.label}</h4>;
  return (
    <EventRow
      event={row.event}
      active={props.active}
      selected={props.selected}
      inView={props.inView}
      onOpen={props.onOpen}
      onFocus={props.onFocus}
    />
  );
}
