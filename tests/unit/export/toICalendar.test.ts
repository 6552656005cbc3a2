import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/data/eventSchema.ts';
import { eventLinkBuilder } from '../../../src/export/eventLinkBuilder.ts';
import { foldLine, toICalendar } from '../../../src/export/toICalendar.ts';
import { makeEventsFile } from '../../fixtures/makeEventsFile.ts';
import { HOSTILE, makeHostileFile, testLink } from './hostileEvents.ts';

interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  start: string;
  end: string;
  allDay: boolean;
  status: string;
  url: string;
  categories: string[];
}

function parseCalendar(text: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate && event.endDate.isDate,
      status: String(vevent.getFirstPropertyValue('status')),
      url: String(vevent.getFirstPropertyValue('url')),
      categories: vevent
        .getAllProperties('categories')
        .flatMap((p) => p.getValues().map((v: unknown) => String(v))),
    };
  });
}

const byUid = (events: ParsedEvent[]) => new Map(events.map((e) => [e.uid, e]));

describe('toICalendar', () => {
  const file = makeHostileFile();
  const text = toICalendar(file.events, file.sources, testLink);
  const parsed = byUid(parseCalendar(text));
  const get = (id: string): ParsedEvent => {
    const event = parsed.get(`${id}@us-china-timeline`);
    if (event === undefined) throw new Error(`no VEVENT for ${id}`);
    return event;
  };

  it('gives back every dated event with its exact title, hostile text included', () => {
    const dated = file.events.filter((e) => e.date.start !== null);
    expect([...parsed.keys()].sort()).toEqual(dated.map((e) => `${e.id}@us-china-timeline`).sort());
    for (const event of dated) expect(get(event.id).summary).toBe(event.title);
    expect(get('formula-title').summary).toBe(HOSTILE.formula);
    expect(get('script-and-quotes').summary).toBe(HOSTILE.quotesAndAmp);
  });

  it('leaves undated events out', () => {
    expect(parsed.has('undated@us-china-timeline')).toBe(false);
  });

  it('writes all-day entries spanning the period the date names, end exclusive', () => {
    // Expected values worked out by hand from the fixture's dates.
    expect(get('formula-title')).toMatchObject({ start: '2024-01-01', end: '2025-01-01' });
    expect(get('script-and-quotes')).toMatchObject({ start: '2025-02-01', end: '2025-03-01' });
    expect(get('emoji-span')).toMatchObject({ start: '2025-05-12', end: '2025-05-15' });
    expect(get('month-span-over-new-year')).toMatchObject({
      start: '2025-12-01',
      end: '2026-02-01',
    });
    for (const event of parsed.values()) expect(event.allDay).toBe(true);
  });

  it('marks planned events tentative and the rest confirmed', () => {
    expect(get('script-and-quotes').status).toBe('TENTATIVE');
    expect(get('month-span-over-new-year').status).toBe('TENTATIVE');
    expect(get('formula-title').status).toBe('CONFIRMED');
    expect(get('emoji-span').status).toBe('CONFIRMED');
  });

  it('links each entry to its event page and lists themes as categories', () => {
    expect(get('emoji-span').url).toBe('https://timeline.example/repo/events/emoji-span');
    expect(get('script-and-quotes').categories).toEqual(['technology', 'diplomacy']);
  });

  it('keeps the summary (line breaks, separators, emoji, bidi) and names the sources', () => {
    const formula = get('formula-title').description;
    expect(formula).toContain('first line\nsecond line\nthird line a,b;c\\d');
    expect(formula).toContain(
      `Hostile headline, with "quotes" ${HOSTILE.formula} (Wire, Inc., 2025-06-02)`,
    );
    expect(formula).toContain('https://timeline.example/repo/events/formula-title');
    expect(get('script-and-quotes').description).toContain(`${HOSTILE.script} ${HOSTILE.bidi}`);
    expect(get('emoji-span').description).toContain(HOSTILE.emoji.repeat(5));
  });

  it('escapes backslash, semicolon and comma in text as RFC 5545 requires', () => {
    // ical.js reads unescaped commas in SUMMARY leniently, so check the raw (unfolded) text too.
    const unfolded = text.replaceAll('\r\n ', '');
    expect(unfolded).toContain('third line a\\,b\\;c\\\\d');
    expect(unfolded).toContain('SUMMARY:+ plus\\, - minus\\, @ at\\, \ttab');
  });

  it('uses CRLF only and folds every line to at most 75 octets without splitting characters', () => {
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n');
    expect(lines.at(-1)).toBe('');
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    // A long emoji title must have been folded, and folding must not have produced U+FFFD.
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(text).not.toContain('\uFFFD');
  });

  it('folds at octet boundaries that respect multi-byte characters', () => {
    const line = `SUMMARY:${'é'.repeat(40)}${'😀'.repeat(30)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
  });

  it('drops control characters that RFC 5545 forbids in text', () => {
    const [first] = file.events;
    if (first === undefined) throw new Error('fixture is empty');
    const event: TimelineEvent = { ...first, title: 'bell\u0007 null\u0000 esc\u001b done' };
    const [parsedEvent] = parseCalendar(toICalendar([event], file.sources, testLink));
    expect(parsedEvent?.summary).toBe('bell null esc done');
  });

  it('is reproducible: DTSTAMP comes from the newest cited source, not the clock', () => {
    expect(toICalendar(file.events, file.sources, testLink)).toBe(text);
    // The uncited source is dated 2030 and must not count.
    expect(text).toContain('DTSTAMP:20250602T000000Z');
    expect(text).not.toContain('DTSTAMP:2030');
  });

  it('round-trips a large synthetic data set', () => {
    const big = makeEventsFile(600);
    const link = eventLinkBuilder('https://example.org', '/repo/');
    const events = byUid(parseCalendar(toICalendar(big.events, big.sources, link)));
    const dated = big.events.filter((e) => e.date.start !== null);
    expect(dated.length).toBeGreaterThan(0);
    expect(events.size).toBe(dated.length);
    for (const event of dated) {
      const back = events.get(`${event.id}@us-china-timeline`);
      expect(back?.summary).toBe(event.title);
      expect(back?.start.startsWith(event.date.start ?? '')).toBe(true);
      expect(back?.status).toBe(event.status === 'planned' ? 'TENTATIVE' : 'CONFIRMED');
      expect(back?.url).toBe(`https://example.org/repo/events/${event.id}`);
    }
  });
});
