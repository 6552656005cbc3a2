import { lazy, Suspense } from 'react';
import type { TimelineEvent } from '../../../data/eventSchema.ts';
import { useTimelineStore } from '../../../state/timelineStore.ts';

// A constant `false` in a production build: Rollup drops the branch and the import with it, so
// no editing code and no endpoint name ever reach the published bundle.
const LazyCorrection = import.meta.env.DEV
  ? lazy(() => import('./CorrectionSection.tsx').then((m) => ({ default: m.CorrectionSection })))
  : null;

/** "Correct this event" in `npm run dev`; nothing in a build or an embed. */
export function CorrectionGate({ event }: { event: TimelineEvent }) {
  const embed = useTimelineStore((s) => s.embed);
  if (LazyCorrection === null || embed) return null;
  return (
    <Suspense fallback={null}>
      <LazyCorrection event={event} />
    </Suspense>
  );
}
