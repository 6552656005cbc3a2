import type { EventsFile, Source, TimelineEvent } from '../../../src/data/eventSchema.ts';
import { eventsFileSchema } from '../../../src/data/eventSchema.ts';

/** Text an article could contain that breaks naive CSV, iCalendar or HTML writers. */
export const HOSTILE = {
  formula: `=cmd|' /C calc'!A0`,
  script: '<script>alert("x")</script>',
  quotesAndAmp: `Trade & tech: "tariffs" aren't <b>over</b>`,
  bidi: 'invoice\u202Efdp.exe',
  emoji: 'Handshake 🤝🏽 🇺🇸🇨🇳 👩‍👩‍👧 — 习近平 meets Трамп',
  separators: 'a,b;c\\d',
  newlines: 'first line\nsecond line\r\nthird line',
} as const;

const SOURCE_TEXT = [
  'Hostile headline, with "quotes"',
  `${HOSTILE.formula} was pasted into an article.`,
  `${HOSTILE.script} ${HOSTILE.bidi} ${HOSTILE.emoji}.`,
].join('\n');

function mention(sourceId: string, quote: string): TimelineEvent['mentions'][number] {
  const start = SOURCE_TEXT.indexOf(quote);
  return { sourceId, start, end: start + quote.length, quote };
}

/** Hostile events covering every date precision, spans, every status and an undated event. */
export function makeHostileFile(): EventsFile {
  const sources: Source[] = [
    {
      id: 'hostile-source',
      file: 'hostile.txt',
      title: `Hostile headline, with "quotes" ${HOSTILE.formula}`,
      published: '2025-06-02',
      text: SOURCE_TEXT,
      outlet: 'Wire, Inc.',
    },
    {
      id: 'uncited-source',
      file: 'uncited.txt',
      title: 'Nobody cites this',
      published: '2030-01-01',
      text: 'Nobody cites this.',
    },
  ];
  const base = {
    tags: ['tariffs', '+1 tag'],
    actors: ['Donald Trump', 'Xi Jinping'],
    mentions: [mention('hostile-source', `${HOSTILE.formula} was pasted into an article.`)],
  };
  const events: TimelineEvent[] = [
    {
      ...base,
      id: 'formula-title',
      title: HOSTILE.formula,
      summary: `${HOSTILE.newlines} ${HOSTILE.separators}`,
      date: { start: '2024', precision: 'year', approximate: true },
      status: 'occurred',
      themes: ['trade'],
    },
    {
      ...base,
      id: 'script-and-quotes',
      title: HOSTILE.quotesAndAmp,
      summary: `${HOSTILE.script} ${HOSTILE.bidi}`,
      date: { start: '2025-02', precision: 'month', approximate: false },
      status: 'planned',
      themes: ['technology', 'diplomacy'],
    },
    {
      ...base,
      id: 'emoji-span',
      title: `${HOSTILE.emoji} ${HOSTILE.emoji}`,
      summary: HOSTILE.emoji.repeat(5),
      date: { start: '2025-05-12', end: '2025-05-14', precision: 'day', approximate: false },
      status: 'ongoing',
      themes: ['diplomacy'],
      mentions: [mention('hostile-source', `${HOSTILE.script} ${HOSTILE.bidi} ${HOSTILE.emoji}.`)],
    },
    {
      ...base,
      id: 'month-span-over-new-year',
      title: '+ plus, - minus, @ at, \ttab',
      summary: '-5% tariffs; "quoted", and more',
      date: { start: '2025-12', end: '2026-01', precision: 'month', approximate: false },
      status: 'planned',
      themes: ['trade'],
    },
    {
      ...base,
      id: 'undated',
      title: 'Talks at some point',
      summary: 'No date given.',
      date: { start: null, precision: 'unknown', approximate: false },
      status: 'planned',
      themes: ['trade'],
    },
  ];
  return eventsFileSchema.parse({ schemaVersion: 1, sources, events });
}

export const testLink = (id: string): string => `https://timeline.example/repo/events/${id}`;
