import { useTimelineStore } from '../../state/timelineStore.ts';

export function NoMatches() {
  const hasEvents = useTimelineStore((s) => s.events.length > 0);
  const query = useTimelineStore((s) => s.query);
  const clearFilters = useTimelineStore((s) => s.clearFilters);
  if (!hasEvents) {
    return (
      <div className="empty-state" role="status">
        <p className="empty-title">No events yet</p>
        <p>The data file holds no events. Add articles to the seeds folder and rebuild.</p>
      </div>
    );
  }
  return (
    <div className="empty-state" role="status">
      <p className="empty-title">No events match</p>
      <p>
        {query.trim() !== ''
          ? `Nothing in the selected themes matches “${query.trim()}”.`
          : 'No theme is selected.'}
      </p>
      <button type="button" className="button" onClick={clearFilters}>
        Clear filters
      </button>
    </div>
  );
}
