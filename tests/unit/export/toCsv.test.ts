import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/data/eventSchema.ts';
import { eventLinkBuilder } from '../../../src/export/eventLinkBuilder.ts';
import { CSV_COLUMNS, csvField, toCsv } from '../../../src/export/toCsv.ts';
import { makeEventsFile } from '../../fixtures/makeEventsFile.ts';
import { HOSTILE, makeHostileFile, testLink } from './hostileEvents.ts';

type Row = Record<(typeof CSV_COLUMNS)[number], string>;

function parseCsv(text: string): Row[] {
  // Strict parsing (no relax options): a malformed quote or ragged row throws.
  return parse(text, { columns: true, record_delimiter: '\r\n' }) as Row[];
}

/** What a cell should read after the export neutralised a formula-looking start. */
const neutralised = (value: string): string =>
  /^[=+\-@\t\r]/.test(value) && !/^-?\d+(?:\.\d+)?$/.test(value) ? `'${value}` : value;

function expectRowFor(row: Row | undefined, event: TimelineEvent, link: string): void {
  expect(row).toEqual({
    id: event.id,
    title: neutralised(event.title),
    date_start: event.date.start ?? '',
    date_end: event.date.end ?? '',
    precision: event.date.precision,
    approximate: String(event.date.approximate),
    status: event.status,
    tone: event.tone === undefined ? '' : String(event.tone),
    themes: event.themes.join('; '),
    tags: neutralised(event.tags.join('; ')),
    actors: event.actors.join('; '),
    summary: neutralised(event.summary),
    link,
    sources: expect.any(String) as unknown as string,
  });
}

describe('toCsv', () => {
  const file = makeHostileFile();
  const text = toCsv(file.events, file.sources, testLink);
  const rows = parseCsv(text);

  it('has a header row and one row per event, in order, with every field intact', () => {
    expect(text.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    expect(rows.map((r) => r.id)).toEqual(file.events.map((e) => e.id));
    file.events.forEach((event, i) => expectRowFor(rows[i], event, testLink(event.id)));
  });

  it('keeps commas, quotes, line breaks, emoji and bidi characters exactly', () => {
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get('script-and-quotes')?.title).toBe(HOSTILE.quotesAndAmp);
    expect(byId.get('script-and-quotes')?.summary).toBe(`${HOSTILE.script} ${HOSTILE.bidi}`);
    expect(byId.get('formula-title')?.summary).toBe(`${HOSTILE.newlines} ${HOSTILE.separators}`);
    expect(byId.get('emoji-span')?.title).toBe(`${HOSTILE.emoji} ${HOSTILE.emoji}`);
    expect(byId.get('undated')?.date_start).toBe('');
  });

  it('never lets a cell start with a formula character', () => {
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get('formula-title')?.title).toBe(`'${HOSTILE.formula}`);
    expect(byId.get('month-span-over-new-year')?.title).toBe("'+ plus, - minus, @ at, \ttab");
    expect(byId.get('month-span-over-new-year')?.summary).toBe('\'-5% tariffs; "quoted", and more');
    for (const row of rows)
      for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(csvField(`${start}1+1`).replace(/^"/, '')).toMatch(/^'/);
  });

  it('lists the titles of the sources each event cites', () => {
    expect(rows[0]?.sources).toBe(`Hostile headline, with "quotes" ${HOSTILE.formula}`);
  });

  it('quotes only when needed and doubles embedded quotes (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('round-trips a large synthetic data set', () => {
    const big = makeEventsFile(600);
    const link = eventLinkBuilder('https://example.org', '/');
    const back = parseCsv(toCsv(big.events, big.sources, link));
    expect(back).toHaveLength(big.events.length);
    big.events.forEach((event, i) => expectRowFor(back[i], event, link(event.id)));
  });
});
