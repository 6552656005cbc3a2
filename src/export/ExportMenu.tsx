import { useId, useState } from 'react';
import type { Source, Thread, TimelineEvent } from '../data/eventSchema.ts';
import { downloadFile } from './downloadFile.ts';
import { eventLinkBuilder, type EventLinkBuilder } from './eventLinkBuilder.ts';
import { toCsv } from './toCsv.ts';
import { toICalendar } from './toICalendar.ts';
import { toJsonExport } from './toJsonExport.ts';

export interface ExportMenuProps {
  /** The events to export: pass the currently filtered ones. */
  events: readonly TimelineEvent[];
  sources: readonly Source[];
  /** The threads, cut down in the JSON file to the exported events. */
  threads?: readonly Thread[];
  /** Builds each event's absolute link; defaults to this page's origin and Vite's base. */
  eventLink?: EventLinkBuilder;
}

const FILE_STEM = 'us-china-timeline';

type Format = 'ics' | 'csv' | 'json';

/** Three download buttons for the filtered events, announced politely once a file is saved. */
export function ExportMenu({ events, sources, threads = [], eventLink }: ExportMenuProps) {
  const labelId = useId();
  const [status, setStatus] = useState('');

  function save(format: Format): void {
    const link = eventLink ?? eventLinkBuilder(window.location.origin, import.meta.env.BASE_URL);
    const count = events.length;
    if (format === 'ics') {
      const undated = events.filter((e) => e.date.start === null).length;
      downloadFile(
        toICalendar(events, sources, link),
        `${FILE_STEM}.ics`,
        'text/calendar;charset=utf-8',
      );
      setStatus(
        `Saved ${count - undated} events as iCalendar` +
          (undated > 0 ? ` (${undated} without a date left out).` : '.'),
      );
    } else if (format === 'csv') {
      // The byte-order mark is how Excel learns the file is UTF-8; without it, names in Chinese
      // characters and typographic quotes open as mojibake. Other readers skip it.
      downloadFile(
        `\uFEFF${toCsv(events, sources, link)}`,
        `${FILE_STEM}.csv`,
        'text/csv;charset=utf-8',
      );
      setStatus(`Saved ${count} events as CSV.`);
    } else {
      downloadFile(toJsonExport(events, sources, threads), `${FILE_STEM}.json`, 'application/json');
      setStatus(`Saved ${count} events as JSON.`);
    }
  }

  return (
    <div role="group" aria-labelledby={labelId} className="export-menu">
      <span id={labelId} className="export-menu__label">
        {events.length === 1
          ? 'Export the 1 event shown'
          : `Export the ${events.length} events shown`}
      </span>
      <button type="button" onClick={() => save('ics')}>
        Download iCalendar
      </button>
      <button type="button" onClick={() => save('csv')}>
        Download CSV
      </button>
      <button type="button" onClick={() => save('json')}>
        Download JSON
      </button>
      <span role="status" className="export-menu__status">
        {status}
      </span>
    </div>
  );
}
