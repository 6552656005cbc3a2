import { Suspense, type ComponentType } from 'react';
import { DensityStrip } from '../density/DensityStrip.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { retryLazy } from './lazyWithRetry.tsx';

interface TimelineSectionProps {
  /** The (lazily loaded) timeline; injected so tests need not load vis-timeline. */
  Timeline: ComponentType;
}

export function TimelineSection({ Timeline }: TimelineSectionProps) {
  return (
    <>
      {/* Along the axis, above it: it follows the timeline's view and zooms it. */}
      <DensityStrip />
      {/* The timeline labels its own region; a second "Timeline" landmark here would duplicate it. */}
      <div className="timeline-section">
        <ErrorBoundary
          fallback={(reset) => (
            <div className="state-card timeline-failed" role="alert">
              <p>
                <strong>The timeline could not be shown.</strong> The list below has every event.
              </p>
              <button
                type="button"
                className="button"
                onClick={() => {
                  retryLazy(Timeline);
                  reset();
                }}
              >
                Try again
              </button>
            </div>
          )}
        >
          <Suspense
            fallback={
              <div className="timeline-loading" role="status">
                <span className="spinner" aria-hidden="true" /> Loading timeline…
              </div>
            }
          >
            <Timeline />
          </Suspense>
        </ErrorBoundary>
      </div>
    </>
  );
}
