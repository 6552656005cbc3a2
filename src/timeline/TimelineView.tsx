import { useEffect, useRef } from 'react';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import './timeline.css';
import { useTimelineStore } from '../state/timelineStore.ts';
import { mountTimeline, type TimelineHandle } from './mountTimeline.ts';

/**
 * The interactive timeline with its zoom toolbar. It has no props: everything comes from the
 * store, and the vis-timeline inside is created once per mount and driven by subscriptions.
 */
export function TimelineView() {
  const hostRef = useRef<HTMLDivElement>(null);
  const handleRef = useRef<TimelineHandle | null>(null);

  useEffect(() => {
    const host = hostRef.current;
    if (host === null) return undefined;
    const handle = mountTimeline(host, useTimelineStore);
    handleRef.current = handle;
    return () => {
      handleRef.current = null;
      handle.destroy();
    };
  }, []);

  return (
    <section className="tl" aria-label="Timeline">
      <div className="tl-toolbar" role="toolbar" aria-label="Timeline zoom">
        <button type="button" className="tl-button" onClick={() => handleRef.current?.zoomIn()}>
          <span aria-hidden="true">+</span> Zoom in
        </button>
        <button type="button" className="tl-button" onClick={() => handleRef.current?.zoomOut()}>
          <span aria-hidden="true">−</span> Zoom out
        </button>
        <button type="button" className="tl-button" onClick={() => handleRef.current?.fitAll()}>
          <span aria-hidden="true">↔</span> Fit all
        </button>
      </div>
      <div ref={hostRef} className="tl-host" />
    </section>
  );
}
