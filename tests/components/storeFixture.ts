import type { EventsFile, TimelineEvent } from '../../src/data/eventSchema.ts';
import { useTimelineStore } from '../../src/state/timelineStore.ts';

/** A fresh store between tests: the app has one module-level store. */
export function resetStore(): void {
  useTimelineStore.setState(useTimelineStore.getInitialState(), true);
}

export function loadIntoStore(file: EventsFile, skipped = 0): void {
  useTimelineStore.getState().setLoaded(file.events, file.sources, skipped);
}

/** A small hand-made data set whose contents the tests can name. */
export function smallFile(): EventsFile {
  const text =
    'Trade war heats up\nThe United States raised tariffs on Chinese steel. ' +
    'Officials in Beijing said talks would resume in Genève. ' +
    'Nvidia was told to stop selling chips to China.';
  const quote = (s: string) => {
    const start = text.indexOf(s);
    return { sourceId: 'art-1', start, end: start + s.length, quote: s };
  };
  const ev = (e: Partial<TimelineEvent> & Pick<TimelineEvent, 'id' | 'title'>): TimelineEvent => ({
    summary: '',
    date: { start: '2026-02-04', precision: 'day', approximate: false },
    status: 'occurred',
    themes: ['trade'],
    tags: [],
    actors: [],
    mentions: [],
    ...e,
  });
  const file: EventsFile = {
    schemaVersion: 1,
    sources: [
      {
        id: 'art-1',
        file: 'art-1.txt',
        title: 'Trade war heats up',
        published: '2026-02-05',
        text,
      },
    ],
    events: [
      ev({
        id: 'steel-tariffs',
        title: 'US raises steel tariffs',
        summary: 'Tariffs on Chinese steel go up.',
        date: { start: '2025-11-03', precision: 'day', approximate: false },
        themes: ['trade'],
        tags: ['tariffs'],
        actors: ['United States'],
        mentions: [
          {
            ...quote('The United States raised tariffs on Chinese steel.'),
            attributedTo: 'Reuters',
          },
        ],
        notes: ['Date taken from the known-events file.'],
      }),
      ev({
        id: 'geneva-talks',
        title: 'Talks to resume in Geneva',
        summary: 'Both sides agree to meet again.',
        date: { start: '2026-04', precision: 'month', approximate: false },
        status: 'planned',
        themes: ['diplomacy', 'trade'],
        tags: ['talks'],
        actors: ['China', 'United States'],
        mentions: [quote('Officials in Beijing said talks would resume in Genève.')],
      }),
      ev({
        id: 'chip-ban',
        title: 'Nvidia chip sales halted',
        summary: 'Export controls reach Nvidia.',
        date: { start: '2026', precision: 'year', approximate: true },
        themes: ['technology'],
        tags: ['chips', 'export-controls'],
        actors: ['Nvidia'],
        mentions: [quote('Nvidia was told to stop selling chips to China.')],
      }),
      ev({
        id: 'undated-visa-rule',
        title: 'Student visa review',
        summary: 'A review of student visas, date not given.',
        date: { start: null, precision: 'unknown', approximate: false },
        themes: ['diplomacy'],
        tags: ['visas'],
      }),
    ],
  };
  // The contract's order: by date.start (undated last here), then id.
  file.events.sort((a, b) => (a.date.start ?? '~').localeCompare(b.date.start ?? '~'));
  return file;
}
