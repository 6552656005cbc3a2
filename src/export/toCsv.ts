import type { Source, TimelineEvent } from '../data/eventSchema.ts';
import { citedSources, indexSources } from './citedSources.ts';
import type { EventLinkBuilder } from './eventLinkBuilder.ts';

export const CSV_COLUMNS = [
  'id',
  'title',
  'date_start',
  'date_end',
  'precision',
  'approximate',
  'status',
  'tone',
  'themes',
  'tags',
  'actors',
  'summary',
  'link',
  'sources',
] as const;

/** Separates the values of a list column (themes, tags, actors, sources) inside one cell. */
export const LIST_SEPARATOR = '; ';

/** RFC 4180 CSV: a header row, then one row per event; CRLF line ends, every line terminated. */
export function toCsv(
  events: readonly TimelineEvent[],
  sources: readonly Source[],
  eventLink: EventLinkBuilder,
): string {
  const sourcesById = indexSources(sources);
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const event of events) {
    rows.push([
      event.id,
      event.title,
      event.date.start ?? '',
      event.date.end ?? '',
      event.date.precision,
      String(event.date.approximate),
      event.status,
      event.tone === undefined ? '' : String(event.tone),
      event.themes.join(LIST_SEPARATOR),
      event.tags.join(LIST_SEPARATOR),
      event.actors.join(LIST_SEPARATOR),
      event.summary,
      eventLink(event.id),
      citedSources(event, sourcesById)
        .map((s) => s.title)
        .join(LIST_SEPARATOR),
    ]);
  }
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * Article text is written by anyone, and spreadsheets (Excel, LibreOffice, Google Sheets) run a
 * cell that starts with = + - @ (or a tab/CR that they strip first) as a formula: a headline like
 * `=HYPERLINK(...)` or `=cmd|' /C calc'!A0` would execute or leak data when the analyst opens the
 * file. A leading single quote makes the spreadsheet show the text as text (OWASP's advice). It
 * changes what a plain CSV reader sees, which is the price of opening safely by double-click.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A plain number ("-6", "2.5") is no formula; a spreadsheet should read it as the number. */
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
