import { DataSet } from 'vis-data/peer';
import { Timeline, type TimelineOptions } from 'vis-timeline/peer';
import type { StoreApi } from 'zustand';
import { selectVisibleEvents } from '../state/selectVisibleEvents.ts';
import type { TimelineState, VisibleWindow } from '../state/timelineStore.ts';
import { buildTimelineItems, type TimelineItem } from './buildTimelineItems.ts';
import { diffItems } from './diffItems.ts';
import { DAY_MS, isoDay, parseIsoDay } from './eventSpan.ts';
import { renderItemContent } from './renderItemContent.ts';
import { stackOrder, type Stackable } from './stackOrder.ts';
import { buildTimelineIndex, findEntry, type TimelineIndex } from './timelineIndex.ts';

export interface TimelineHandle {
  zoomIn: () => void;
  zoomOut: () => void;
  fitAll: () => void;
  destroy: () => void;
}

type VisItem = TimelineItem & { content: string };

interface RangeProps {
  start: Date;
  end: Date;
  byUser?: boolean;
}

interface SelectProps {
  items: Array<string | number>;
}

/** Most items vis may hold around the window (landmarks and clusters) plus the selected one. */
export const MAX_ITEMS = 80;
/** A bucket gets at least this many pixels, so its count and top titles stay readable. */
const BUCKET_MIN_PX = 130;
/** The time axis above the items, and the row of cluster counts with their top titles. */
const AXIS_PX = 44;
const CLUSTER_ROW_PX = 62;
/** One row of titled items: the box and vis's vertical margin. */
const ROW_PX = 30;
/** Narrower periods are drawn as boxes, so their labels stay readable. */
const MIN_RANGE_PX = 140;
const YEAR_MS = 365.25 * DAY_MS;
/** How much time a deep link without a window shows around its event. */
const DEEP_LINK_SPAN = 120 * DAY_MS;

export const TIMELINE_OPTIONS: TimelineOptions = {
  height: '100%',
  zoomMin: DAY_MS,
  zoomMax: 30 * YEAR_MS,
  showCurrentTime: true,
  selectable: true,
  multiselect: false,
  stack: true,
  verticalScroll: true,
  zoomKey: 'ctrlKey',
  horizontalScroll: true,
  orientation: { axis: 'top', item: 'top' },
  margin: { item: { horizontal: 4, vertical: 6 }, axis: 6 },
  template: (data: unknown) => renderItemContent(data),
  // vis's own tooltip writes an item's `title` with innerHTML (after its xss filter, which still
  // lets tags like <img> and <a> through); the template's native title attribute is the tooltip.
  showTooltips: false,
  order: (a: Stackable, b: Stackable) => stackOrder(a, b),
};

/** The earliest instant a Date can hold: no window ever reaches it. */
const PARKED_AT = -8.64e15;

function parked(item: TimelineItem): VisItem {
  const base = { ...item, content: '', start: PARKED_AT };
  return item.type === 'range' ? { ...base, end: PARKED_AT + DAY_MS } : base;
}

function windowKey(w: VisibleWindow | null): string {
  return w === null ? '' : `${w.from}/${w.to}`;
}

/** The visible range as the store keeps it: the inclusive ISO days it covers. */
export function rangeToWindow(start: number, end: number): VisibleWindow {
  return { from: isoDay(start), to: isoDay(Math.max(start, end - 1)) };
}

export function windowToRange(w: VisibleWindow): { start: number; end: number } | null {
  const start = parseIsoDay(w.from);
  const to = parseIsoDay(w.to);
  if (start === null || to === null || to < start) return null;
  return { start, end: to + DAY_MS };
}

function paddedBounds(index: TimelineIndex): { start: number; end: number } | null {
  if (index.bounds === null) return null;
  const { start, end } = index.bounds;
  // Boxes are centred on their date and labels run ~250 px wide: a thin margin would cut the
  // first and last events in half at the window's edges.
  const pad = Math.max((end - start) * 0.16, 20 * DAY_MS);
  return { start: start - pad, end: end + pad };
}

/**
 * Creates the vis-timeline inside `host` (on an element of its own) and keeps it in step with
 * the store: filters and selection arrive through a store subscription, window changes by the
 * user go back to the store. vis only ever holds the items around the visible window, so a
 * filter change costs a bounded number of DOM updates whatever the size of the data set.
 */
export function mountTimeline(host: HTMLElement, store: StoreApi<TimelineState>): TimelineHandle {
  // vis sets its container's position inline, so the absolutely placed frame is a separate element.
  const frameEl = document.createElement('div');
  frameEl.className = 'tl-frame';
  const element = document.createElement('div');
  element.className = 'tl-canvas';
  frameEl.append(element);
  host.append(frameEl);

  const items = new DataSet<VisItem>();
  const initial = store.getState();
  let visible = selectVisibleEvents(initial);
  let index = buildTimelineIndex(visible, initial.events);
  let signatures = new Map<string, string>();
  let fitted = false;
  let pushNextRange = false;
  let builtFor = { lo: 0, hi: 0, span: 0 };
  let frame = 0;
  let shown = false;
  let revealPending: 'zoom' | 'pan' | null =
    initial.selectedId === null ? null : initial.window === null ? 'zoom' : 'pan';

  const startRange = (initial.window && windowToRange(initial.window)) ?? paddedBounds(index);
  const options: TimelineOptions = { ...TIMELINE_OPTIONS };
  if (startRange !== null) {
    options.start = startRange.start;
    options.end = startRange.end;
    fitted = true;
  }
  const timeline = new Timeline(element, items, options);

  function currentRange(): { start: number; end: number } {
    const w = timeline.getWindow();
    return { start: w.start.getTime(), end: w.end.getTime() };
  }

  function refresh(): void {
    const { start, end } = currentRange();
    const selectedId = store.getState().selectedId;
    const selected =
      selectedId === null ? null : (store.getState().eventsById.get(selectedId) ?? null);
    const width = element.clientWidth || 800;
    const height = element.clientHeight || 300;
    const maxBuckets = Math.max(4, Math.floor(width / BUCKET_MIN_PX));
    const wanted = buildTimelineItems(index, {
      from: start,
      to: end,
      selected,
      maxItems: MAX_ITEMS,
      maxBuckets,
      minRangeMs: ((end - start) / width) * MIN_RANGE_PX,
      widthPx: width,
      rows: Math.max(2, Math.floor((height - AXIS_PX - CLUSTER_ROW_PX) / ROW_PX)),
    });
    const diff = diffItems(signatures, wanted);
    const previous = signatures;
    signatures = diff.next;
    applyDiff(diff.remove, diff.upsert, previous);
    const span = end - start;
    builtFor = { lo: start - span / 2, hi: end + span / 2, span };
    syncSelection(selectedId);
    store.getState().setTimelineRange({ start, end });
  }

  /**
   * vis draws an item that is added inside the visible range, or updated while shown, on the
   * spot, forcing one layout per item (BoxItem._getDomComponentsSizes): seconds for a hundred
   * items. Items it finds during its own redraw are drawn in one batch with a single layout.
   * So every new or changed item is first added "parked" far outside any window, then moved to
   * its place: the move only marks it dirty, and the next redraw draws them all together.
   */
  function applyDiff(
    remove: readonly string[],
    upsert: readonly TimelineItem[],
    previous: ReadonlyMap<string, string>,
  ): void {
    const changed = upsert.filter((item) => previous.has(item.id)).map((item) => item.id);
    const gone = [...remove, ...changed];
    if (gone.length > 0) items.remove(gone);
    if (upsert.length === 0) return;
    items.add(upsert.map(parked));
    items.update(upsert.map((item) => ({ ...item, content: '' })));
  }

  function syncSelection(selectedId: string | null): void {
    const want = selectedId !== null && signatures.has(selectedId) ? [selectedId] : [];
    const have = timeline.getSelection();
    if (have.length !== want.length || have[0] !== want[0]) timeline.setSelection(want);
  }

  function setRange(start: number, end: number, push: boolean, animate: boolean): void {
    pushNextRange = push;
    timeline.setWindow(start, end, { animation: animate });
    // Without animation vis reports the change 200 ms later; the items should not wait for that.
    if (!animate) refresh();
  }

  function pushWindow(): void {
    const { start, end } = currentRange();
    const next = rangeToWindow(start, end);
    if (windowKey(next) !== windowKey(store.getState().window)) store.getState().setWindow(next);
  }

  /**
   * Moves the selected event into view once it is in the index (a deep link may arrive before
   * the data). A deep link without a window zooms to the months around the event; a selection
   * made on the page keeps the zoom and only pans when the event is off screen.
   */
  function reveal(): void {
    if (revealPending === null) return;
    const id = store.getState().selectedId;
    const event = id === null ? undefined : store.getState().eventsById.get(id);
    const entry = event === undefined ? undefined : findEntry(index, event);
    if (entry === undefined) return;
    const mode = revealPending;
    revealPending = null;
    const { start, end } = currentRange();
    const itemEnd = entry.period ? entry.end : entry.start;
    const length = itemEnd - entry.start;
    const mid = entry.start + length / 2;
    if (mode === 'zoom') {
      const span = Math.max(length * 1.4, DEEP_LINK_SPAN);
      setRange(mid - span / 2, mid + span / 2, false, false);
      return;
    }
    if (entry.start >= start && itemEnd <= end) return;
    // The store's window must follow, or the list marks rows "in view" for the window the
    // timeline has just left (a link to an event outside its window, Back to one). Without a
    // window in the store the page shows "everything", and a pan does not change that.
    const span = end - start;
    const [from, to] =
      length < span * 0.8
        ? [mid - span / 2, mid + span / 2]
        : [entry.start - length * 0.1, itemEnd + length * 0.1];
    if (store.getState().window === null) {
      setRange(from, to, false, true);
      return;
    }
    // At once and without animation, so the list, the URL and the timeline agree from the same
    // moment instead of the store waiting for the end of an animation.
    setRange(from, to, false, false);
    store.getState().setWindow(rangeToWindow(from, to));
  }

  function fitAll(): void {
    const range = paddedBounds(index);
    if (range !== null) setRange(range.start, range.end, true, true);
  }

  // Refreshing during a drag or wheel zoom only when the view leaves the prepared margin or the
  // zoom level moves enough to change the buckets; rangechanged settles the rest.
  function onRangeChange(): void {
    if (frame !== 0) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      const { start, end } = currentRange();
      const span = end - start;
      const zoomed = span > builtFor.span * 1.5 || span < builtFor.span / 1.5;
      if (zoomed || start < builtFor.lo || end > builtFor.hi) refresh();
      else store.getState().setTimelineRange({ start, end });
    });
  }

  function onRangeChanged(props: RangeProps): void {
    refresh();
    // vis keeps its root invisible until a redraw that follows its first rangechanged. When the
    // items and window were already in place (a deep link on a slow machine), nothing redraws
    // after it and the timeline stays blank: ask for that redraw once.
    if (!shown) {
      shown = true;
      timeline.redraw();
    }
    // byUser is false after our own setWindow; pushing those would echo the store's change back.
    if (props.byUser === true || pushNextRange) {
      pushNextRange = false;
      pushWindow();
    }
  }

  function onSelect(props: SelectProps): void {
    const id = props.items[0];
    const selectedId = store.getState().selectedId;
    if (typeof id === 'string' && id.startsWith('cluster:')) {
      const cluster = items.get(id);
      syncSelection(selectedId);
      if (cluster !== null && cluster.kind === 'cluster') {
        setRange(cluster.bucketStart, cluster.bucketEnd, true, true);
      }
      return;
    }
    if (typeof id === 'string') {
      if (id !== selectedId) store.getState().select(id);
      return;
    }
    // A click on empty space: keep the selection, which belongs to the whole page.
    syncSelection(selectedId);
  }

  timeline.on('rangechange', onRangeChange);
  timeline.on('rangechanged', onRangeChanged);
  timeline.on('select', onSelect);
  refresh();
  reveal();

  const unsubscribe = store.subscribe((state, prev) => {
    const nextVisible = selectVisibleEvents(state);
    let needsRefresh = false;
    if (nextVisible !== visible) {
      visible = nextVisible;
      index = buildTimelineIndex(visible, state.events);
      needsRefresh = true;
    }
    if (!fitted && index.bounds !== null && state.window === null) {
      const range = paddedBounds(index);
      if (range !== null) {
        fitted = true;
        setRange(range.start, range.end, false, false);
        needsRefresh = false;
      }
    }
    if (state.window === null && prev.window !== null) {
      // Back to a link without a window: the default view, as on first load.
      const range = paddedBounds(index);
      if (range !== null) {
        setRange(range.start, range.end, false, false);
        needsRefresh = false;
      }
    }
    if (state.window !== prev.window && state.window !== null) {
      const { start, end } = currentRange();
      const wanted = windowToRange(state.window);
      if (wanted !== null && windowKey(rangeToWindow(start, end)) !== windowKey(state.window)) {
        fitted = true;
        setRange(wanted.start, wanted.end, false, false);
        needsRefresh = false;
      }
    }
    if (state.selectedId !== prev.selectedId) {
      needsRefresh = true;
      revealPending = state.selectedId === null ? null : 'pan';
    }
    if (needsRefresh) refresh();
    reveal();
  });

  return {
    zoomIn: () => {
      pushNextRange = true;
      timeline.zoomIn(0.5);
    },
    zoomOut: () => {
      pushNextRange = true;
      timeline.zoomOut(0.5);
    },
    fitAll,
    destroy: () => {
      unsubscribe();
      store.getState().setTimelineRange(null);
      if (frame !== 0) cancelAnimationFrame(frame);
      timeline.off('rangechange', onRangeChange);
      timeline.off('rangechanged', onRangeChanged);
      timeline.off('select', onSelect);
      timeline.destroy();
      frameEl.remove();
    },
  };
}
