import { lazy, Suspense } from 'react';
import { useTimelineStore } from '../../state/timelineStore.ts';

// `false` in a build: the review tools and their chunk are dropped, like the editing form.
const LazyReviewTools = import.meta.env.DEV
  ? lazy(() => import('./ReviewTools.tsx').then((m) => ({ default: m.ReviewTools })))
  : null;

/** The dev page's "Needs review (N)" filter and stale-edit warnings; nothing in a build or embed. */
export function ReviewGate() {
  const embed = useTimelineStore((s) => s.embed);
  if (LazyReviewTools === null || embed) return null;
  return (
    <Suspense fallback={null}>
      <LazyReviewTools />
    </Suspense>
  );
}
