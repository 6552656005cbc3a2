import { create } from 'zustand';
import { THEMES, type Theme } from '../data/eventConstants.ts';
import type { Source, Thread, TimelineEvent } from '../data/eventSchema.ts';
import type { LoadResult } from '../data/loadEvents.ts';
import { orderForList } from './listOrder.ts';
import { selectVisibleEvents } from './selectVisibleEvents.ts';
import type { ParsedUrl } from './url.ts';
import { windowToShow } from './windowToShow.ts';

/** The visible window of the timeline, as ISO days (inclusive). */
export interface VisibleWindow {
  from: string;
  to: string;
}

export type LoadStatus = 'loading' | 'ready' | 'error';

/** What the timeline shows right now, epoch ms (end exclusive), including its fitted first view. */
export interface TimelineRange {
  start: number;
  end: number;
}

export interface TimelineState {
  loadStatus: LoadStatus;
  loadError: string | null;
  /** Events that failed validation and were left out; shown as a notice. */
  skippedCount: number;
  events: TimelineEvent[];
  sources: Source[];
  eventsById: ReadonlyMap<string, TimelineEvent>;
  sourcesById: ReadonlyMap<string, Source>;
  /** Active theme filters; all three means "no filter". */
  themes: Theme[];
  query: string;
  selectedId: string | null;
  window: VisibleWindow | null;
  /** The page was opened at a path that is neither the root nor an event page. */
  unknownPath: boolean;
  /** The reader closed the skipped-events notice. */
  skippedNoticeDismissed: boolean;
  /** Opened with `?embed=1`: the chrome-less view for an iframe. Set only from the URL. */
  embed: boolean;
  /** Dev mode's "Needs review" filter: only events the pipeline is unsure of. */
  reviewOnly: boolean;
  /** Stories linking events over time (see the README's "Threads and tone"). */
  threads: Thread[];
  threadsById: ReadonlyMap<string, Thread>;
  /** `?thread=<id>`: the timeline and the list show only this thread; unknown ids show all. */
  threadId: string | null;
  /**
   * Set by the timeline as it moves (every frame of a drag), for views drawn along its axis;
   * null until it has drawn. Never in the URL: `window` is the reader's choice, this is the view.
   */
  timelineRange: TimelineRange | null;

  setLoading: () => void;
  setLoaded: (
    events: TimelineEvent[],
    sources: Source[],
    skippedCount: number,
    threads?: Thread[],
  ) => void;
  setLoadError: (message: string) => void;
  /** Runs a loader and records its outcome; a retry is simply another call. */
  load: (loader: () => Promise<LoadResult>) => Promise<void>;
  setThemes: (themes: Theme[]) => void;
  toggleTheme: (theme: Theme) => void;
  showAllThemes: () => void;
  setQuery: (query: string) => void;
  clearFilters: () => void;
  select: (id: string | null) => void;
  /** Moves the selection through the filtered events in list order; -1 previous, +1 next. */
  selectAdjacent: (offset: number) => void;
  setWindow: (window: VisibleWindow | null) => void;
  /**
   * Selects an event and, when it lies outside the window, moves the window to it at the same
   * zoom, in one update: the timeline follows the window, and the URL gets both at once.
   */
  showEvent: (id: string) => void;
  setTimelineRange: (range: TimelineRange | null) => void;
  /** Applies what a URL says in one update (initial load, Back and Forward). */
  applyUrlState: (url: ParsedUrl) => void;
  dismissUnknownPath: () => void;
  dismissSkippedNotice: () => void;
  setReviewOnly: (reviewOnly: boolean) => void;
  /** Narrows the timeline and the list to one thread, or (null) shows every event again. */
  setThread: (id: string | null) => void;
}

let loadToken = 0;

export const useTimelineStore = create<TimelineState>()((set, get) => ({
  loadStatus: 'loading',
  loadError: null,
  skippedCount: 0,
  events: [],
  sources: [],
  eventsById: new Map(),
  sourcesById: new Map(),
  themes: [...THEMES],
  query: '',
  selectedId: null,
  window: null,
  unknownPath: false,
  skippedNoticeDismissed: false,
  embed: false,
  reviewOnly: false,
  threads: [],
  threadsById: new Map(),
  threadId: null,
  timelineRange: null,

  setLoading: () => set({ loadStatus: 'loading', loadError: null }),
  setLoaded: (events, sources, skippedCount, threads = []) =>
    set({
      threads,
      threadsById: new Map(threads.map((t) => [t.id, t])),
      loadStatus: 'ready',
      loadError: null,
      events,
      sources,
      skippedCount,
      skippedNoticeDismissed: false,
      eventsById: new Map(events.map((e) => [e.id, e])),
      sourcesById: new Map(sources.map((s) => [s.id, s])),
    }),
  setLoadError: (message) => set({ loadStatus: 'error', loadError: message }),
  load: async (loader) => {
    // Only the latest load may land: a retry (or StrictMode's double effect) must not be
    // overwritten by an older, slower response.
    const token = ++loadToken;
    get().setLoading();
    const result = await loader();
    if (token !== loadToken) return;
    if (result.ok)
      get().setLoaded(result.file.events, result.file.sources, result.skipped, result.file.threads);
    else get().setLoadError(result.error);
  },
  setThemes: (themes) => set({ themes: THEMES.filter((t) => themes.includes(t)) }),
  toggleTheme: (theme) =>
    set((s) => ({
      themes: s.themes.includes(theme)
        ? s.themes.filter((t) => t !== theme)
        : THEMES.filter((t) => t === theme || s.themes.includes(t)),
    })),
  showAllThemes: () => set({ themes: [...THEMES] }),
  setQuery: (query) => set({ query }),
  clearFilters: () => set({ themes: [...THEMES], query: '', reviewOnly: false }),
  select: (selectedId) => set({ selectedId }),
  selectAdjacent: (offset) => {
    const s = get();
    const ordered = orderForList(selectVisibleEvents(s));
    const at = ordered.findIndex((e) => e.id === s.selectedId);
    if (at === -1) return;
    const next = ordered[at + offset];
    if (next !== undefined) set({ selectedId: next.id });
  },
  setWindow: (window) => set({ window }),
  showEvent: (id) => {
    const s = get();
    const event = s.eventsById.get(id);
    const window = event === undefined ? null : windowToShow(event, s.window);
    set(window === null ? { selectedId: id } : { selectedId: id, window });
  },
  setTimelineRange: (range) =>
    set((s) =>
      s.timelineRange?.start === range?.start && s.timelineRange?.end === range?.end
        ? s
        : { timelineRange: range },
    ),
  applyUrlState: (url) =>
    set((s) => ({
      selectedId: url.selectedId,
      // Keeping the old arrays when nothing changed spares subscribers (the timeline) a redraw.
      themes: sameList(s.themes, url.themes) ? s.themes : url.themes,
      query: url.query,
      window: sameWindow(s.window, url.window) ? s.window : url.window,
      unknownPath: url.unknownPath,
      embed: url.embed === true,
      threadId: url.threadId ?? null,
    })),
  dismissUnknownPath: () => set({ unknownPath: false }),
  dismissSkippedNotice: () => set({ skippedNoticeDismissed: true }),
  setReviewOnly: (reviewOnly) => set({ reviewOnly }),
  setThread: (threadId) => set({ threadId }),
}));

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

function sameWindow(a: VisibleWindow | null, b: VisibleWindow | null): boolean {
  return a === b || (a !== null && b !== null && a.from === b.from && a.to === b.to);
}
