import { useCallback, useEffect, type ComponentType } from 'react';
import type { LoadResult } from './data/loadEvents.ts';
import { EmbedBar } from './components/export/EmbedBar.tsx';
import { EventDetail } from './components/panel/EventDetail.tsx';
import { EventList } from './components/list/EventList.tsx';
import { ExportBar } from './components/export/ExportBar.tsx';
import { FilterBar } from './components/header/FilterBar.tsx';
import { Header, PRODUCT_NAME } from './components/header/Header.tsx';
import { LoadError } from './components/status/LoadError.tsx';
import { LoadingState } from './components/status/LoadingState.tsx';
import { lazyWithRetry, retryImport } from './components/timeline/lazyWithRetry.tsx';
import type * as TimelineModule from './timeline/TimelineView.tsx';
import { Notices } from './components/status/Notices.tsx';
import { ThreadNavBanner } from './components/panel/ThreadNavBanner.tsx';
import { ToneChart } from './components/tone/ToneChart.tsx';
import { PrintableEventList } from './components/export/PrintableEventList.tsx';
import { ReviewGate } from './components/review/ReviewGate.tsx';
import { SearchBox } from './components/header/SearchBox.tsx';
import { TimelineSection } from './components/timeline/TimelineSection.tsx';
import { useSheetLayout } from './components/panel/useSheetLayout.ts';
import { warmSearchIndex } from './state/selectVisibleEvents.ts';
import { startUrlSync } from './state/syncUrl.ts';
import { useTimelineStore } from './state/timelineStore.ts';

// Its own chunk: the header, filters and list work while vis-timeline is still downloading.
// Retryable, so the timeline's "Try again" can fetch the chunk again after a network failure.
const importTimeline = () => import('./timeline/TimelineView.tsx');
const LazyTimeline = lazyWithRetry((attempt) =>
  importTimeline()
    .catch((error: unknown) =>
      attempt === 0 ? Promise.reject(error) : retryImport<typeof TimelineModule>(error, attempt),
    )
    .then((m) => ({ default: m.TimelineView })),
);

interface AppProps {
  /** Injected in tests; fetches `data/events.json` under the base path otherwise. */
  load?: () => Promise<LoadResult>;
  Timeline?: ComponentType;
  basePath?: string;
}

// The validator (zod and the schema) loads beside the data instead of in the first chunk. The
// data request starts at once rather than after the validator's chunk has arrived.
const defaultLoad = () => {
  const response = fetch(`${import.meta.env.BASE_URL}data/events.json`, { cache: 'no-cache' });
  // Marked handled here: a failed request is reported by loadEvents, which awaits it later.
  response.catch(() => undefined);
  return import('./data/loadEvents.ts').then((m) => m.loadEvents({ fetch: () => response }));
};

export function App({
  load = defaultLoad,
  Timeline = LazyTimeline,
  basePath = import.meta.env.BASE_URL,
}: AppProps) {
  const loadStatus = useTimelineStore((s) => s.loadStatus);
  const loadError = useTimelineStore((s) => s.loadError);
  const runLoad = useTimelineStore((s) => s.load);
  const embed = useTimelineStore((s) => s.embed);
  const title = useTimelineStore((s) =>
    s.selectedId === null ? undefined : s.eventsById.get(s.selectedId)?.title,
  );
  // On a phone the open panel covers the page; what is underneath must not take focus.
  const covered = useSheetLayout() && title !== undefined;

  const retry = useCallback(() => void runLoad(load), [runLoad, load]);
  useEffect(() => startUrlSync(useTimelineStore, basePath), [basePath]);
  // The timeline's chunk downloads and compiles while the data loads, instead of after it:
  // the first timeline item no longer waits for the two one after the other. A failure here is
  // left to the real import, which shows its error and retries.
  useEffect(() => {
    if (Timeline === LazyTimeline) importTimeline().catch(() => undefined);
  }, [Timeline]);
  useEffect(() => {
    void runLoad(load);
  }, [runLoad, load]);
  const events = useTimelineStore((s) => s.events);
  useEffect(() => warmSearchIndex(events), [events]);
  useEffect(() => {
    document.title = title === undefined ? PRODUCT_NAME : `${title} · ${PRODUCT_NAME}`;
  }, [title]);

  return (
    <div className={embed ? 'app is-embed' : 'app'}>
      <div className="contents" inert={covered}>
        {/* Only while the list exists: a skip link to nothing is a dead end. */}
        {loadStatus === 'ready' && (
          <a className="skip-link" href="#event-list-heading">
            Skip to the event list
          </a>
        )}
        {embed ? <EmbedBar basePath={basePath} /> : <Header />}
      </div>
      {loadStatus === 'error' ? (
        <main className="app-main app-main-state">
          <LoadError message={loadError ?? 'Unknown error.'} onRetry={retry} />
        </main>
      ) : (
        <>
          {/* A landmark, so the theme filters are not left outside every region. */}
          <div className="toolbar" role="region" aria-label="Filters" inert={covered}>
            <FilterBar />
            <SearchBox />
            <ReviewGate />
          </div>
          <div className="contents" inert={covered}>
            <Notices />
            <div className="notices">
              <ThreadNavBanner />
            </div>
          </div>
          {loadStatus === 'loading' ? (
            <main className="app-main app-main-state">
              <LoadingState />
            </main>
          ) : (
            <main className={title === undefined ? 'app-main' : 'app-main has-selection'}>
              <div className="contents" inert={covered}>
                <ToneChart />
                <TimelineSection Timeline={Timeline} />
              </div>
              <div className="workspace">
                <div className="contents" inert={covered}>
                  <EventList />
                </div>
                <EventDetail />
              </div>
              {!embed && (
                <div className="contents" inert={covered}>
                  <ExportBar />
                </div>
              )}
            </main>
          )}
        </>
      )}
      <PrintableEventList />
    </div>
  );
}
