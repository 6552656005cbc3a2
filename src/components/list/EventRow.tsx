import { memo } from 'react';
import type { TimelineEvent } from '../../data/eventSchema.ts';
import { formatDateRange } from '../shared/formatEventDate.ts';
import { StatusBadge } from '../shared/StatusBadge.tsx';
import { THEME_LABELS } from '../shared/themeLabels.ts';

interface EventRowProps {
  event: TimelineEvent;
  /** The one row in the tab order. */
  active: boolean;
  selected: boolean;
  /** The event lies in the timeline's visible window. */
  inView: boolean;
  onOpen: (id: string) => void;
  onFocus: (id: string) => void;
}

export const EventRow = memo(function EventRow({
  event,
  active,
  selected,
  inView,
  onOpen,
  onFocus,
}: EventRowProps) {
  return (
    <button
      type="button"
      className={`list-event${selected ? ' is-selected' : ''}${inView ? ' is-in-view' : ''}${event.status === 'planned' ? ' is-planned' : ''}`}
      tabIndex={active ? 0 : -1}
      aria-current={selected ? 'true' : undefined}
      data-event-id={event.id}
      onClick={() => onOpen(event.id)}
      onFocus={() => onFocus(event.id)}
    >
      <span className="list-event-stripes" aria-hidden="true">
        {event.themes.map((t) => (
          <span key={t} className={`stripe theme-${t}`} />
        ))}
      </span>
      <span className="list-event-body">
        <span className="list-event-title">{event.title}</span>
        <span className="list-event-meta">
          <span>
            {formatDateRange(event.date)}
            {event.date.approximate ? ' (approx.)' : ''}
          </span>
          {event.status !== 'occurred' && <StatusBadge status={event.status} />}
          <span aria-hidden="true">·</span>
          <span className="list-event-themes">
            {event.themes.map((t) => THEME_LABELS[t]).join(', ')}
          </span>
          {/* The rail beside the row shows it; this says it. */}
          {inView && <span className="visually-hidden">, in view on the timeline</span>}
        </span>
      </span>
    </button>
  );
});
