import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { eventsFileSchema, type Thread } from '../../../src/data/eventSchema.ts';
import { toCsv } from '../../../src/export/toCsv.ts';
import { toJsonExport } from '../../../src/export/toJsonExport.ts';
import { makeEventsFile } from '../../fixtures/makeEventsFile.ts';
import { testLink } from './hostileEvents.ts';

const file = makeEventsFile(6);
const tones = [-6, 8, 2.5, -0.5, 0, 10];
const thread: Thread = { id: 'a-story', title: 'A story', eventIds: [] };
const events = file.events.map((e, i) => ({
  ...e,
  tone: tones[i] ?? 0,
  ...(i < 3 ? { threadIds: [thread.id] } : {}),
}));
thread.eventIds = events.slice(0, 3).map((e) => e.id);

describe('tone in the exports', () => {
  it('gives the CSV a tone column a spreadsheet reads as numbers', () => {
    const rows = parse(toCsv(events, file.sources, testLink), { columns: true }) as Array<
      Record<string, string>
    >;
    expect(rows.map((r) => r.tone)).toEqual(['-6', '8', '2.5', '-0.5', '0', '10']);
  });

  it('keeps tone and threads in the JSON file, cut down to the exported events', () => {
    const subset = [events[1], events[2], events[4]].flatMap((e) => (e === undefined ? [] : [e]));
    const back = eventsFileSchema.parse(JSON.parse(toJsonExport(subset, file.sources, [thread])));
    expect(back.events.map((e) => e.tone)).toEqual([8, 2.5, 0]);
    expect(back.threads).toEqual([{ ...thread, eventIds: [events[1]?.id, events[2]?.id] }]);
  });

  it('drops thread ids when the threads are not exported, so the file still validates', () => {
    const back = eventsFileSchema.parse(JSON.parse(toJsonExport(events, file.sources)));
    expect(back.events.every((e) => e.threadIds === undefined)).toBe(true);
  });
});
