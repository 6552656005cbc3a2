import { describe, expect, it } from 'vitest';
import {
  isRealDay,
  timelineEventSchema,
  type TimelineEvent,
} from '../../../src/data/eventSchema.ts';
import { isPlainValidEvent } from '../../../src/data/isPlainValidEvent.ts';
import { parseEventsFile } from '../../../src/data/loadEvents.ts';
import { makeEventsFile } from '../../fixtures/makeEventsFile.ts';
import { makeRealisticEventsFile } from '../../fixtures/makeRealisticEventsFile.ts';

type Raw = Record<string, unknown>;

const base = (): Raw =>
  JSON.parse(
    JSON.stringify({
      id: 'tariff-round-one',
      title: 'Tariffs on steel',
      summary: 'A first round of tariffs.',
      date: { start: '2019-05-10', end: '2019-06', precision: 'day', approximate: false },
      status: 'occurred',
      themes: ['trade'],
      tags: ['tariffs'],
      actors: ['United States'],
      mentions: [{ sourceId: 's1', start: 0, end: 5, quote: 'Tarif', attributedTo: 'A minister' }],
      notes: ['a note'],
      kind: 'tariffs',
      review: ['check the date'],
      tone: -4,
      threadIds: ['trade-war'],
      salience: 12.5,
      pinned: true,
    }),
  ) as Raw;

function mention(e: Raw): Raw {
  const first = (e.mentions as Raw[])[0];
  if (first === undefined) throw new Error('the base event has a mention');
  return first;
}

/** One change to a valid event: a field replaced, removed (undefined) or added. */
const variants: Array<[string, (e: Raw) => void]> = [
  ['as is', () => undefined],
  ['an unknown field (zod strips it)', (e) => (e.extra = 1)],
  ['a __proto__ key', (e) => Object.defineProperty(e, '__proto__', { value: 1, enumerable: true })],
  ['a title with spaces around it (zod trims it)', (e) => (e.title = ' Tariffs ')],
  ['a blank title', (e) => (e.title = '   ')],
  ['an empty title', (e) => (e.title = '')],
  ['a title that is not a string', (e) => (e.title = 3)],
  ['an id that is not a slug', (e) => (e.id = 'Tariff Round')],
  ['no id', (e) => delete e.id],
  ['no summary', (e) => delete e.summary],
  ['an unknown status', (e) => (e.status = 'rumoured')],
  ['no themes', (e) => (e.themes = [])],
  ['an unknown theme', (e) => (e.themes = ['trade', 'sport'])],
  ['themes that are not a list', (e) => (e.themes = 'trade')],
  ['a tag that is not a string', (e) => (e.tags = ['a', 2])],
  ['no actors', (e) => delete e.actors],
  ['no mentions', (e) => delete e.mentions],
  [
    'no optional fields',
    (e) => {
      const { id, title, summary, date, status, themes, tags, actors, mentions } = e;
      for (const k of Object.keys(e)) Reflect.deleteProperty(e, k);
      Object.assign(e, { id, title, summary, date, status, themes, tags, actors, mentions });
    },
  ],
  ['a note that is not a string', (e) => (e.notes = [null])],
  ['a kind that is not a string', (e) => (e.kind = 7)],
  ['a tone above 10', (e) => (e.tone = 10.5)],
  ['a tone of exactly −10', (e) => (e.tone = -10)],
  ['a thread id that is not a slug', (e) => (e.threadIds = ['Trade War'])],
  ['a salience that is a string', (e) => (e.salience = '3')],
  ['a pin that is a string', (e) => (e.pinned = 'yes')],
  ['a date with an unknown field', (e) => ((e.date as Raw).zone = 'UTC')],
  ['a date that is not real', (e) => ((e.date as Raw).start = '2019-02-30')],
  ['a day date at month precision', (e) => ((e.date as Raw).precision = 'month')],
  ['a month date', (e) => (e.date = { start: '2019-05', precision: 'month', approximate: true })],
  ['a year date', (e) => (e.date = { start: '2019', precision: 'year', approximate: true })],
  ['an undated event', (e) => (e.date = { start: null, precision: 'unknown', approximate: false })],
  [
    'an undated event with a start',
    (e) => (e.date = { start: '2019', precision: 'unknown', approximate: false }),
  ],
  [
    'a dated event without a start',
    (e) => (e.date = { start: null, precision: 'day', approximate: false }),
  ],
  ['an end before the start', (e) => ((e.date as Raw).end = '2019-05-01')],
  ['an end that is not a date', (e) => ((e.date as Raw).end = 'soon')],
  ['an end that is not real', (e) => ((e.date as Raw).end = '2019-06-31')],
  ['approximate that is not a boolean', (e) => ((e.date as Raw).approximate = 'no')],
  ['a mention with an unknown field', (e) => (mention(e).page = 3)],
  ['a mention with a fractional offset', (e) => (mention(e).start = 1.5)],
  ['a mention with a negative offset', (e) => (mention(e).start = -1)],
  ['a mention beyond safe integers', (e) => (mention(e).end = 2 ** 60)],
  ['a mention with an empty quote', (e) => (mention(e).quote = '')],
  ['a mention with an empty attribution', (e) => (mention(e).attributedTo = '')],
  ['a mention without a source', (e) => delete mention(e).sourceId],
  ['a mention that is a string', (e) => (e.mentions = ['quote'])],
];

describe('isPlainValidEvent', () => {
  it.each(variants)('never accepts what zod would reject or change: %s', (_, change) => {
    const raw = base();
    change(raw);
    const zod = timelineEventSchema.safeParse(raw);
    if (isPlainValidEvent(raw)) {
      expect(zod.success).toBe(true);
      expect(zod.data).toStrictEqual(raw);
    }
  });

  it('answers yes for the plain events a pipeline writes, so they skip zod', () => {
    const accepted = variants.filter(([, change]) => {
      const raw = base();
      change(raw);
      return isPlainValidEvent(raw);
    });
    expect(accepted.map(([name]) => name)).toEqual([
      'as is',
      'no optional fields',
      'a tone of exactly −10',
      'a month date',
      'a year date',
      'an undated event',
    ]);
    for (const file of [makeEventsFile(200), makeRealisticEventsFile(500)]) {
      const raw = JSON.parse(JSON.stringify(file.events)) as unknown[];
      expect(raw.filter((e) => !isPlainValidEvent(e))).toEqual([]);
    }
  });

  it('knows the calendar as a Date round trip does', () => {
    const viaDate = (v: string) => {
      const d = new Date(`${v}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
    };
    const wrong: string[] = [];
    for (const year of [1600, 1896, 1900, 1999, 2000, 2023, 2024, 2100, 2400]) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 28; day <= 31; day++) {
          const v = `${year}-${String(month).padStart(2, '0')}-${day}`;
          if (isRealDay(v) !== viaDate(v)) wrong.push(v);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('leaves the loaded events as zod returns them: trimmed titles, no unknown fields', () => {
    const file = makeEventsFile(3);
    const [first, second, third] = file.events as [TimelineEvent, TimelineEvent, TimelineEvent];
    const events = [{ ...first, title: `  ${first.title} ` }, { ...second, extra: 'x' }, third];
    const result = parseEventsFile(JSON.stringify({ ...file, events }));
    expect(result).toEqual({ ok: true, file, skipped: 0 });
    if (result.ok) expect(result.file.events[1]).not.toHaveProperty('extra');
  });
});

describe('parseEventsFile', () => {
  it('keeps an event only when each quote is its source text at its offsets', () => {
    const file = makeEventsFile(4);
    const [ev, ...rest] = file.events as [TimelineEvent, ...TimelineEvent[]];
    const m = ev.mentions[0];
    const source = file.sources.find((s) => s.id === m?.sourceId);
    if (m === undefined || source?.text === undefined) throw new Error('fixture has no quote');
    const text = source.text;
    const kept = (mention: TimelineEvent['mentions'][number], sourceText = text) => {
      const sources = file.sources.map((s) =>
        s.id === source.id ? { ...s, text: sourceText } : s,
      );
      const events = [{ ...ev, mentions: [mention] }, ...rest];
      const result = parseEventsFile(JSON.stringify({ ...file, sources, events }));
      return result.ok && result.file.events.some((e) => e.id === ev.id);
    };
    expect(kept(m)).toBe(true);
    expect(kept({ ...m, start: m.start + 1 })).toBe(false);
    expect(kept({ ...m, end: m.end + 1 })).toBe(false);
    expect(kept({ ...m, quote: `${m.quote}x` })).toBe(false);
    // A text that ends with the quote, and an end past it: slice() clamps, and so does the check.
    const ending = text.slice(0, m.end);
    expect(kept({ ...m, end: m.end + 5 }, ending)).toBe(true);
    expect(kept(m, text.slice(0, m.end - 1))).toBe(false);
  });
});
