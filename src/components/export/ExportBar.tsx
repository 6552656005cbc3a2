import { ExportMenu } from '../../export/ExportMenu.tsx';
import { selectVisibleEvents } from '../../state/selectVisibleEvents.ts';
import { useTimelineStore } from '../../state/timelineStore.ts';

/** Takes the filtered events away: as files (calendar, spreadsheet, data) or on paper. */
export function ExportBar() {
  const visible = useTimelineStore(selectVisibleEvents);
  const sources = useTimelineStore((s) => s.sources);
  const threads = useTimelineStore((s) => s.threads);
  return (
    <div className="export-bar">
      <ExportMenu events={visible} sources={sources} threads={threads} />
      <button type="button" className="button" onClick={() => window.print()}>
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <path
            d="M4.5 6V2h7v4M4.5 11.5h-2v-5.5h11v5.5h-2M4.5 9.5h7V14h-7z"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
            strokeLinejoin="round"
          />
        </svg>
        Print list
      </button>
    </div>
  );
}
