import { useEffect, useRef, useState } from 'react';
import type { TimelineEvent } from '../../data/eventSchema.ts';
import { orderForList } from '../../state/listOrder.ts';
import { selectVisibleEvents } from '../../state/selectVisibleEvents.ts';
import { useTimelineStore } from '../../state/timelineStore.ts';
import { ArticleView } from './ArticleView.tsx';
import { CorrectionGate } from './correct/CorrectionGate.tsx';
import { EmbedSnippet } from '../export/EmbedSnippet.tsx';
import { CuratorNotes } from './CuratorNotes.tsx';
import { EventFacts } from './EventFacts.tsx';
import { EventHeading } from './EventHeading.tsx';
import { EventSummary } from './EventSummary.tsx';
import { ShareButton } from './ShareButton.tsx';
import { SourcePanel } from './SourcePanel.tsx';
import { ThreadNav } from './ThreadNav.tsx';
import { isSheetLayout } from './useSheetLayout.ts';

/** Puts focus back on the event's row in the list once the panel closes. */
function focusListRow(id: string) {
  // After the next render: on a phone the list is inert until the panel has closed.
  setTimeout(() => {
    document.querySelector<HTMLElement>(`.event-list [data-event-id="${CSS.escape(id)}"]`)?.focus();
  }, 0);
}

export function EventDetail() {
  const event = useTimelineStore((s) =>
    s.selectedId === null ? undefined : s.eventsById.get(s.selectedId),
  );
  const select = useTimelineStore((s) => s.select);

  if (event === undefined) {
    return (
      <aside className="event-detail is-empty" aria-label="Event details">
        <div className="empty-state">
          <p className="empty-title">No event selected</p>
          <p>
            Choose an event on the timeline or in the list to read what happened and its sources.
          </p>
        </div>
      </aside>
    );
  }
  return <EventDetailBody key={event.id} event={event} onClose={select} />;
}

function EventDetailBody({
  event,
  onClose,
}: {
  event: TimelineEvent;
  onClose: (id: null) => void;
}) {
  const sourcesById = useTimelineStore((s) => s.sourcesById);
  const ordered = orderForList(useTimelineStore(selectVisibleEvents));
  const showEvent = useTimelineStore((s) => s.showEvent);
  const [reading, setReading] = useState<number | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const panelRef = useRef<HTMLElement>(null);

  const position = ordered.indexOf(event);
  // Previous and next bring their event into the timeline's window, as choosing it in the list does.
  const step = (offset: number) => {
    const next = ordered[position + offset];
    if (position >= 0 && next !== undefined) showEvent(next.id);
  };
  const mention = reading === null ? undefined : event.mentions[reading];
  const readingSource = mention === undefined ? undefined : sourcesById.get(mention.sourceId);

  const close = () => {
    onClose(null);
    focusListRow(event.id);
  };

  useEffect(() => {
    if (isSheetLayout()) headingRef.current?.focus({ preventScroll: true });
    panelRef.current?.scrollTo?.({ top: 0 });
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      if (reading !== null) setReading(null);
      else {
        onClose(null);
        focusListRow(event.id);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [reading, onClose, event.id]);

  return (
    <aside className="event-detail" aria-labelledby="event-detail-title" ref={panelRef}>
      <div className="detail-bar">
        <div className="detail-nav">
          <button
            type="button"
            className="icon-button"
            onClick={() => step(-1)}
            disabled={position <= 0}
          >
            <span aria-hidden="true">‹</span> Previous{' '}
            <span className="visually-hidden">event</span>
          </button>
          <span className="panel-meta">
            {position >= 0
              ? `${(position + 1).toLocaleString('en-US')} of ${ordered.length.toLocaleString('en-US')}`
              : 'Hidden by the filters'}
          </span>
          <button
            type="button"
            className="icon-button"
            onClick={() => step(1)}
            disabled={position < 0 || position >= ordered.length - 1}
          >
            Next <span className="visually-hidden">event</span> <span aria-hidden="true">›</span>
          </button>
        </div>
        <button
          type="button"
          className="icon-button close"
          onClick={close}
          aria-label="Close event details"
        >
          <span aria-hidden="true">✕</span>
        </button>
      </div>

      {mention !== undefined && readingSource !== undefined ? (
        <ArticleView source={readingSource} mention={mention} onBack={() => setReading(null)} />
      ) : (
        <div className="detail-content">
          <EventHeading event={event} headingRef={headingRef} />
          <div className="share-area">
            <ShareButton eventId={event.id} title={event.title} />
            <EmbedSnippet eventId={event.id} />
          </div>
          <CorrectionGate event={event} />
          <EventSummary summary={event.summary} mentions={event.mentions} />
          <SourcePanel
            mentions={event.mentions}
            sourcesById={sourcesById}
            onRead={setReading}
            summary={event.summary}
          />
          <ThreadNav event={event} />
          <EventFacts event={event} />
          <CuratorNotes notes={event.notes} />
        </div>
      )}
    </aside>
  );
}
