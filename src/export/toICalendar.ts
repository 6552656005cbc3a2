import type { Source, TimelineEvent } from '../data/eventSchema.ts';
import { citedSources, describeSource, indexSources } from './citedSources.ts';
import { describeEventDate } from './describeEventDate.ts';
import type { EventLinkBuilder } from './eventLinkBuilder.ts';

/** Fixed so that re-importing an updated export replaces the old entries instead of doubling them. */
export const UID_DOMAIN = 'us-china-timeline';

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

/**
 * RFC 5545 calendar of the given events, as all-day entries.
 *
 * Each entry spans exactly the period its date names, so the calendar never claims more
 * precision than the data has: a day is that day; a month-precision event ("in May 2025") spans
 * the whole month, a year-precision event the whole year, and `date.end` extends the span to the
 * end of the period it names. DTEND is exclusive (the day after the last day), as RFC 5545 wants
 * for VALUE=DATE. Entries are TRANSPARENT so that a month-long span does not mark anyone busy.
 * Undated events (precision "unknown") have no place in a calendar and are left out.
 *
 * DTSTAMP is required but must not come from the clock: the same data has to give a
 * byte-identical file (reproducible exports and tests). It is the newest publication date among
 * the sources the exported events cite, which is when the information last changed as far as
 * the data knows; with no dated source it falls back to the Unix epoch.
 */
export function toICalendar(
  events: readonly TimelineEvent[],
  sources: readonly Source[],
  eventLink: EventLinkBuilder,
): string {
  const sourcesById = indexSources(sources);
  const dated = events.filter((e) => e.date.start !== null);
  const stamp = calendarStamp(dated, sourcesById);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//us-china-timeline//Event export//EN',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeText('US–China relations timeline')}`,
  ];
  for (const event of dated) lines.push(...eventLines(event, sourcesById, eventLink, stamp));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

function eventLines(
  event: TimelineEvent,
  sourcesById: ReadonlyMap<string, Source>,
  eventLink: EventLinkBuilder,
  stamp: string,
): string[] {
  const start = event.date.start ?? '';
  const link = stripControls(eventLink(event.id)).replace(/\s/g, '');
  const sources = citedSources(event, sourcesById);
  const description = [
    event.summary,
    `Date: ${describeEventDate(event.date)}`,
    `Status: ${event.status}`,
    ...(sources.length === 0 ? [] : ['Sources:', ...sources.map((s) => `- ${describeSource(s)}`)]),
    link,
  ]
    .filter((part) => part.trim() !== '')
    .join('\n');
  return [
    'BEGIN:VEVENT',
    `UID:${event.id}@${UID_DOMAIN}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${compactDate(periodOf(start).first)}`,
    `DTEND;VALUE=DATE:${compactDate(periodOf(event.date.end ?? start).afterLast)}`,
    `SUMMARY:${escapeText(event.title)}`,
    `DESCRIPTION:${escapeText(description)}`,
    `URL:${link}`,
    `STATUS:${event.status === 'planned' ? 'TENTATIVE' : 'CONFIRMED'}`,
    `CATEGORIES:${event.themes.map(escapeText).join(',')}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** First day and the day after the last day of "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
export function periodOf(partial: string): { first: Date; afterLast: Date } {
  const [y = '1970', m, d] = partial.split('-');
  const year = Number(y);
  if (m === undefined) return { first: utcDay(year, 0, 1), afterLast: utcDay(year + 1, 0, 1) };
  const month = Number(m) - 1;
  if (d === undefined)
    return { first: utcDay(year, month, 1), afterLast: utcDay(year, month + 1, 1) };
  const day = Number(d);
  return { first: utcDay(year, month, day), afterLast: utcDay(year, month, day + 1) };
}

/** Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not. */
function utcDay(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date;
}

function compactDate(date: Date): string {
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${year}${month}${day}`;
}

function calendarStamp(
  events: readonly TimelineEvent[],
  sourcesById: ReadonlyMap<string, Source>,
): string {
  let newest = '';
  for (const event of events) {
    for (const source of citedSources(event, sourcesById)) {
      if (source.published !== null && source.published > newest) newest = source.published;
    }
  }
  return `${newest === '' ? '19700101' : newest.replaceAll('-', '')}T000000Z`;
}

/** RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks are escaped; other controls are not allowed. */
export function escapeText(value: string): string {
  return stripControls(value.replace(/\r\n|\r/g, '\n')).replace(/[\\;,\n]/g, (c) =>
    c === '\n' ? '\\n' : `\\${c}`,
  );
}

/** Keeps tab and line feed; drops the other C0 controls and DEL, and repairs lone surrogates. */
function stripControls(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '') // eslint-disable-line no-control-regex
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/**
 * RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF + space. Octets, not
 * characters: the count is in UTF-8, and a fold never splits a character (a code point is
 * never cut, so emoji and CJK survive any parser).
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_LINE_OCTETS;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = MAX_LINE_OCTETS - 1; // the leading space of a continuation line counts
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function utf8Length(codePoint: number): number {
  if (codePoint <= 0x7f) return 1;
  if (codePoint <= 0x7ff) return 2;
  if (codePoint <= 0xffff) return 3;
  return 4;
}
