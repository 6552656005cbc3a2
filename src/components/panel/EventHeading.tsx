import type { Ref } from 'react';
import type { TimelineEvent } from '../../data/eventSchema.ts';
import { formatEventDate } from '../shared/formatEventDate.ts';
import { StatusBadge } from '../shared/StatusBadge.tsx';
import { THEME_LABELS } from '../shared/themeLabels.ts';
import { ThemeIcon } from '../shared/ThemeIcon.tsx';

/** Date, title, status and themes: what the event is, in the fewest lines. */
export function EventHeading({
  event,
  headingRef,
}: {
  event: TimelineEvent;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  return (
    <div className="detail-heading">
      <p className="detail-date">{formatEventDate(event.date, event.status)}</p>
      <h2 id="event-detail-title" ref={headingRef} tabIndex={-1}>
        {event.title}
      </h2>
      <div className="detail-tags">
        <StatusBadge status={event.status} />
        {event.themes.map((t) => (
          <span key={t} className={`theme-chip theme-${t}`}>
            <ThemeIcon theme={t} />
            {THEME_LABELS[t]}
          </span>
        ))}
      </div>
    </div>
  );
}
