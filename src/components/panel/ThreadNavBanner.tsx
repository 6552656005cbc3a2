import { useTimelineStore } from '../../state/timelineStore.ts';
import './ThreadNav.css';

/**
 * Says which thread the timeline and the list are narrowed to, with the way back to every
 * event; for a link to a thread that no longer exists, says so over the whole timeline.
 */
export function ThreadNavBanner() {
  const threadId = useTimelineStore((s) => s.threadId);
  const ready = useTimelineStore((s) => s.loadStatus === 'ready');
  const thread = useTimelineStore((s) =>
    s.threadId === null ? undefined : s.threadsById.get(s.threadId),
  );
  const setThread = useTimelineStore((s) => s.setThread);
  if (!ready || threadId === null) return null;

  if (thread === undefined) {
    return (
      <div className="notice notice-warning" role="alert">
        <p>
          <strong>Thread not found.</strong> No thread has the id “
          <span className="break-anywhere">{threadId}</span>”; every event is shown instead.
        </p>
        <button type="button" className="button" onClick={() => setThread(null)}>
          Dismiss
        </button>
      </div>
    );
  }
  return (
    <div className="notice thread-banner" role="status">
      <p>
        Showing one thread: <strong>{thread.title}</strong> ({thread.eventIds.length} events).
      </p>
      <button type="button" className="button" onClick={() => setThread(null)}>
        Show all events
      </button>
    </div>
  );
}
