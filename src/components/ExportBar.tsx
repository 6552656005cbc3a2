import { ExportMenu } from '../export/ExportMenu';
import { selectVisibleEvents } from '../state/selectVisibleEvents';
import { useTimelineStore } from '../state/timelineStore';

/** Takes the filtered events away: as files (calendar, spreadsheet, data) or on paper. */
export function ExportBar() {
  const visible = useTimelineStore(selectVisibleEvents);
  const sources = useTimelineStore((s) => s.sources);
  return (
    <div className="export-bar">
      <ExportMenu events={visible} sources={sources} />
      <button type="button" className="button" onClick={() => window.print()}>
        <span aria-hidden="true">⎙</span> Print list
      </button>
    </div>
  );
}
