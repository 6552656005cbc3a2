import type { TimelineEvent } from '../../data/eventSchema.ts';
import { useTimelineStore } from '../../state/timelineStore.ts';
import { formatDateRange } from '../shared/formatEventDate.ts';
import './ThreadNav.css';

/**
 * "Part of: Tariff war and truce, 2025–2026", with the thread's previous and next events and a
 * button that narrows the timeline and the list to the thread (`?thread=<id>`).
 */
export function ThreadNav({ event }: { event: TimelineEvent }) {
  const threadsById = useTimelineStore((s) => s.threadsById);
  const eventsById = useTimelineStore((s) => s.eventsById);
  const activeThread = useTimelineStore((s) => s.threadId);
  const select = useTimelineStore((s) => s.select);
  const setThread = useTimelineStore((s) => s.setThread);
  const threads = (event.threadIds ?? []).flatMap((id) => threadsById.get(id) ?? []);
  if (threads.length === 0) return null;

  return (
    <section className="thread-nav" aria-label="Threads">
      {threads.map((thread) => {
        const members = thread.eventIds.flatMap((id) => eventsById.get(id) ?? []);
        const at = members.findIndex((e) => e.id === event.id);
        const previous = at > 0 ? members[at - 1] : undefined;
        const next = at >= 0 ? members[at + 1] : undefined;
        return (
          <div key={thread.id} className="thread-nav__thread">
            <p className="thread-nav__title">
              Part of: <strong>{thread.title}</strong>{' '}
              <span className="thread-nav__count">
                ({at + 1} of {members.length})
              </span>
            </p>
            <ul className="thread-nav__steps">
              <li>
                {previous === undefined ? (
                  <span className="thread-nav__none">The thread begins here.</span>
                ) : (
                  <button
                    type="button"
                    className="thread-nav__step"
                    onClick={() => select(previous.id)}
                  >
                    <span className="thread-nav__dir">
                      <span aria-hidden="true">‹ </span>Before:
                    </span>{' '}
                    {previous.title}{' '}
                    <span className="thread-nav__date">({formatDateRange(previous.date)})</span>
                  </button>
                )}
              </li>
              <li>
                {next === undefined ? (
                  <span className="thread-nav__none">The thread ends here, for now.</span>
                ) : (
                  <button
                    type="button"
                    className="thread-nav__step"
                    onClick={() => select(next.id)}
                  >
                    <span className="thread-nav__dir">
                      After:<span aria-hidden="true"> ›</span>
                    </span>{' '}
                    {next.title}{' '}
                    <span className="thread-nav__date">({formatDateRange(next.date)})</span>
                  </button>
                )}
              </li>
            </ul>
            {activeThread === thread.id ? (
              <button type="button" className="button" onClick={() => setThread(null)}>
                Show all events
              </button>
            ) : (
              <button type="button" className="button" onClick={() => setThread(thread.id)}>
                Show only this thread
              </button>
            )}
          </div>
        );
      })}
    </section>
  );
}
