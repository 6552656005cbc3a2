import { create } from 'zustand';
import { THEMES, type Source, type Theme, type TimelineEvent } from '../data/eventSchema';

/** The visible window of the timeline, as ISO days (inclusive). */
export interface VisibleWindow {
  from: string;
  to: string;
}

export type LoadStatus = 'loading' | 'ready' | 'error';

export interface TimelineState {
  loadStatus: LoadStatus;
  loadError: string | null;
  /** Events that failed validation and were left out; shown as a notice. */
  skippedCount: number;
  events: TimelineEvent[];
  sources: Source[];
  /** Active theme filters; all three means "no filter". */
  themes: Theme[];
  query: string;
  selectedId: string | null;
  window: VisibleWindow | null;

  setLoading: () => void;
  setLoaded: (events: TimelineEvent[], sources: Source[], skippedCount: number) => void;
  setLoadError: (message: string) => void;
  setThemes: (themes: Theme[]) => void;
  toggleTheme: (theme: Theme) => void;
  setQuery: (query: string) => void;
  select: (id: string | null) => void;
  setWindow: (window: VisibleWindow | null) => void;
}

export const useTimelineStore = create<TimelineState>()((set) => ({
  loadStatus: 'loading',
  loadError: null,
  skippedCount: 0,
  events: [],
  sources: [],
  themes: [...THEMES],
  query: '',
  selectedId: null,
  window: null,

  setLoading: () => set({ loadStatus: 'loading', loadError: null }),
  setLoaded: (events, sources, skippedCount) =>
    set({ loadStatus: 'ready', loadError: null, events, sources, skippedCount }),
  setLoadError: (message) => set({ loadStatus: 'error', loadError: message }),
  setThemes: (themes) => set({ themes: THEMES.filter((t) => themes.includes(t)) }),
  toggleTheme: (theme) =>
    set((s) => ({
      themes: s.themes.includes(theme)
        ? s.themes.filter((t) => t !== theme)
        : THEMES.filter((t) => t === theme || s.themes.includes(t)),
    })),
  setQuery: (query) => set({ query }),
  select: (selectedId) => set({ selectedId }),
  setWindow: (window) => set({ window }),
}));
