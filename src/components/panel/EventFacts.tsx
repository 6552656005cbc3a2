import type { TimelineEvent } from '../../data/eventSchema.ts';

/** Who took part and the event's tags; nothing at all when it has neither. */
export function EventFacts({ event }: { event: TimelineEvent }) {
  if (event.actors.length === 0 && event.tags.length === 0) return null;
  return (
    <dl className="detail-facts">
      {event.actors.length > 0 && (
        <>
          <dt>Actors</dt>
          <dd>{event.actors.join(', ')}</dd>
        </>
      )}
      {event.tags.length > 0 && (
        <>
          <dt>Tags</dt>
          <dd>
            <ul className="tag-list">
              {event.tags.map((t) => (
                <li key={t}>{t}</li>
              ))}
            </ul>
          </dd>
        </>
      )}
    </dl>
  );
}
