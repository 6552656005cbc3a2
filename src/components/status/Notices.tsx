import { useTimelineStore } from '../../state/timelineStore.ts';

/** Problems worth telling the reader about that still leave the app usable. */
export function Notices() {
  const ready = useTimelineStore((s) => s.loadStatus === 'ready');
  const selectedId = useTimelineStore((s) => s.selectedId);
  const missing = useTimelineStore(
    (s) => s.loadStatus === 'ready' && s.selectedId !== null && !s.eventsById.has(s.selectedId),
  );
  const unknownPath = useTimelineStore((s) => s.unknownPath);
  const skipped = useTimelineStore((s) => (s.skippedNoticeDismissed ? 0 : s.skippedCount));
  const select = useTimelineStore((s) => s.select);
  const dismissUnknownPath = useTimelineStore((s) => s.dismissUnknownPath);
  const dismissSkipped = useTimelineStore((s) => s.dismissSkippedNotice);
  if (!ready) return null;

  return (
    <div className="notices">
      {missing && selectedId !== null && (
        <div className="notice notice-warning" role="alert">
          <p>
            <strong>Event not found.</strong> No event has the id “
            <span className="break-anywhere">{selectedId}</span>”. It may have been renamed or
            removed; the whole timeline is shown instead.
          </p>
          <button type="button" className="button" onClick={() => select(null)}>
            Dismiss
          </button>
        </div>
      )}
      {unknownPath && (
        <div className="notice notice-warning" role="alert">
          <p>
            <strong>Page not found.</strong> There is nothing at this address; the whole timeline is
            shown instead.
          </p>
          <button type="button" className="button" onClick={dismissUnknownPath}>
            Dismiss
          </button>
        </div>
      )}
      {skipped > 0 && (
        <div className="notice" role="status">
          <p>
            {skipped === 1
              ? '1 event in the data file was invalid and is not shown.'
              : `${skipped.toLocaleString('en-US')} events in the data file were invalid and are not shown.`}
          </p>
          <button type="button" className="button" onClick={dismissSkipped}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
