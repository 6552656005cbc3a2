import { describe, expect, it } from 'vitest';
import { eventsFileSchema, type EventsFile } from '../../../src/data/eventSchema.ts';
import { checkEventsFile } from '../../../src/pipeline/checkEventsFile.ts';
import { makeEventsFile } from '../../fixtures/makeEventsFile.ts';

/** The bytes the pipeline writes for a checked file. */
function bytes(result: ReturnType<typeof checkEventsFile>): string {
  if (!result.success) throw new Error(result.error.message);
  return JSON.stringify(result.data, null, 2);
}

describe('checkEventsFile', () => {
  it('gives back the bytes zod gives for a valid file', () => {
    const file = makeEventsFile(300);
    expect(bytes(checkEventsFile(file))).toBe(bytes(eventsFileSchema.safeParse(file)));
  });

  it('writes an event in the schema’s field order even when it was built in another', () => {
    const file = makeEventsFile(20);
    const [first, ...rest] = file.events;
    if (first === undefined) throw new Error('no event');
    const { date, ...others } = first;
    // `date` last and its own fields reversed: zod lists both in the schema's order.
    const shuffled = {
      ...others,
      date: { approximate: date.approximate, precision: date.precision, start: date.start },
    };
    const reordered: EventsFile = { ...file, events: [shuffled, ...rest] };
    const written = bytes(checkEventsFile(reordered));
    expect(written).toBe(bytes(eventsFileSchema.safeParse(reordered)));
    expect(written).toBe(bytes(eventsFileSchema.safeParse(file)));
  });

  it('rejects what the schema rejects, with the schema’s own issue', () => {
    const file = makeEventsFile(20);
    const [first, second, ...rest] = file.events;
    if (first === undefined || second === undefined) throw new Error('no events');
    const duplicate: EventsFile = {
      ...file,
      events: [first, { ...second, id: first.id }, ...rest],
    };
    const badTitle: EventsFile = { ...file, events: [{ ...first, title: '' }, second, ...rest] };
    for (const bad of [duplicate, badTitle]) {
      const result = checkEventsFile(bad);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]).toEqual(eventsFileSchema.safeParse(bad).error?.issues[0]);
    }
  });

  it('rejects a quote that is not its source’s text at its offsets, as the schema does', () => {
    const file = makeEventsFile(5);
    const [event, ...rest] = file.events;
    const mention = event?.mentions[0];
    const text = file.sources.find((s) => s.id === mention?.sourceId)?.text;
    if (event === undefined || mention === undefined || text === undefined) {
      throw new Error('no mention');
    }
    const withMention = (m: typeof mention): EventsFile => ({
      ...file,
      events: [{ ...event, mentions: [m, ...event.mentions.slice(1)] }, ...rest],
    });
    const { start, end } = mention;
    const shifted = { ...mention, start: start + 1, end: end + 1 };
    const cut = { ...mention, quote: mention.quote.slice(0, -1) };
    for (const bad of [shifted, cut]) expect(checkEventsFile(withMention(bad)).success).toBe(false);
    // Offsets running past the text: the schema compares what slice() gives there.
    const past = {
      ...mention,
      start: text.length - 2,
      end: text.length + 5,
      quote: text.slice(-2),
    };
    for (const m of [mention, shifted, cut, past, { ...past, quote: `${past.quote}x` }]) {
      expect(checkEventsFile(withMention(m)).success).toBe(
        eventsFileSchema.safeParse(withMention(m)).success,
      );
    }
    expect(checkEventsFile(withMention(mention)).success).toBe(true);
  });

  it('gives back zod’s copy of a source or thread that zod would change', () => {
    const file = makeEventsFile(40);
    const [source, ...sources] = file.sources;
    if (source === undefined) throw new Error('no source');
    const { id, ...rest } = source;
    // `id` last: zod lists it first. A thread title with spaces around it: zod trims it.
    const event = file.events[0];
    const other = file.events[1];
    if (event === undefined || other === undefined) throw new Error('no events');
    const thread = { id: 'a-story', title: ' A story ', eventIds: [event.id, other.id] };
    const changed: EventsFile = {
      ...file,
      sources: [{ ...rest, id }, ...sources],
      events: file.events.map((e) =>
        e === event || e === other ? { ...e, threadIds: ['a-story'] } : e,
      ),
      threads: [thread],
    };
    const written = bytes(checkEventsFile(changed));
    expect(written).toBe(bytes(eventsFileSchema.safeParse(changed)));
    expect(written).toContain('"title": "A story"');
  });

  it('rejects a source without text, a quote off its offsets and an unknown thread member', () => {
    const file = makeEventsFile(20);
    const [source, ...sources] = file.sources;
    const [first, ...rest] = file.events;
    const mention = first?.mentions[0];
    if (source === undefined || first === undefined || mention === undefined) {
      throw new Error('no source, event or mention');
    }
    const textless = { ...source };
    delete textless.text;
    const offBy: EventsFile = {
      ...file,
      events: [{ ...first, mentions: [{ ...mention, start: mention.start + 1 }] }, ...rest],
    };
    const bad: EventsFile[] = [
      { ...file, sources: [textless, ...sources] },
      offBy,
      { ...file, threads: [{ id: 'a-story', title: 'A story', eventIds: [first.id, 'nowhere'] }] },
    ];
    for (const b of bad) {
      const result = checkEventsFile(b);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]).toEqual(eventsFileSchema.safeParse(b).error?.issues[0]);
    }
  });
});
