import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventsFile, TimelineEvent } from '../../../src/data/eventSchema.ts';
import { buildEventsFile } from '../../../src/pipeline/buildEventsFile.ts';
import { curationSchema } from '../../../src/pipeline/curationSchema.ts';
import { knownEventsFileSchema } from '../../../src/pipeline/knownEventSchema.ts';
import { normaliseText } from '../../../src/pipeline/normaliseText.ts';
import { seedMetaSchema } from '../../../src/pipeline/seedMetaSchema.ts';
import type { SeedInput } from '../../../src/pipeline/pipelineTypes.ts';

interface ExpectedDate {
  start: string | null;
  end?: string;
  precision: string;
  approximate?: boolean;
}
interface Variant {
  date?: ExpectedDate;
  status?: string;
}
interface ExpectedEvent {
  sentence: string;
  date: ExpectedDate;
  status: string;
  themes: string[];
  alsoAccept?: Variant[];
}
interface MentionRef {
  file: string;
  sentence: string;
}
interface Expected {
  published?: string;
  title?: string;
  events: ExpectedEvent[];
  maxEvents: number;
  mustNotMention?: string[];
  notOnDates?: { sentence: string; date: string }[];
  attributionsNotActors?: string[];
  sameEvent?: MentionRef[][];
}

const DIR = join(__dirname, '../../fixtures/articles');
const SEEDS = join(__dirname, '../../../seeds');
const stems = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -4))
  .sort();

function readSeed(stem: string): SeedInput {
  const text = normaliseText(readFileSync(join(DIR, `${stem}.txt`), 'utf8'));
  let meta: SeedInput['meta'];
  try {
    meta = seedMetaSchema.parse(JSON.parse(readFileSync(join(DIR, `${stem}.meta.json`), 'utf8')));
  } catch {
    meta = undefined;
  }
  return meta === undefined ? { file: `${stem}.txt`, text } : { file: `${stem}.txt`, text, meta };
}

const seeds = stems.map(readSeed);
const expected = new Map(
  stems.map((stem) => [
    stem,
    JSON.parse(readFileSync(join(DIR, `${stem}.expected.json`), 'utf8')) as Expected,
  ]),
);
const config = {
  knownEvents: knownEventsFileSchema.parse(
    JSON.parse(readFileSync(join(SEEDS, 'known-events.json'), 'utf8')),
  ).events,
  curation: curationSchema.parse({}),
};
const { file } = buildEventsFile(seeds, config);

function eventsWith(out: EventsFile, sourceId: string, sentence: string): TimelineEvent[] {
  return out.events.filter((e) =>
    e.mentions.some((m) => m.sourceId === sourceId && m.quote.includes(sentence)),
  );
}

/**
 * One event has one date: the most precise date any of its sources states. So a sentence that
 * states a coarser date containing it ("in May" beside another article's "May 12") is satisfied
 * by the finer one, when the event is told by several sources or its group says so.
 */
function groupDates(): Map<string, ExpectedDate[]> {
  const all = [...expected.entries()].flatMap(([stem, exp]) =>
    exp.events.map((e) => ({ key: `${stem}.txt|${e.sentence}`, date: e.date })),
  );
  const byKey = new Map(all.map((x) => [x.key, x.date]));
  const out = new Map<string, ExpectedDate[]>();
  for (const exp of expected.values()) {
    for (const group of exp.sameEvent ?? []) {
      const dates = group
        .map((m) => byKey.get(`${m.file}|${m.sentence}`))
        .filter((d): d is ExpectedDate => d !== undefined);
      for (const m of group) out.set(`${m.file}|${m.sentence}`, dates);
    }
  }
  return out;
}
const GROUP_DATES = groupDates();

function dateMatches(actual: TimelineEvent['date'], want: ExpectedDate): boolean {
  if (actual.start !== want.start || actual.precision !== want.precision) return false;
  return want.end === undefined || actual.end === want.end;
}

function refines(actual: TimelineEvent['date'], want: ExpectedDate): boolean {
  return (
    want.start !== null &&
    actual.start !== null &&
    actual.start.length > want.start.length &&
    actual.start.startsWith(want.start)
  );
}

function acceptable(stem: string, exp: ExpectedEvent, event: TimelineEvent): boolean {
  const variants: Variant[] = [{}, ...(exp.alsoAccept ?? [])];
  const group = GROUP_DATES.get(`${stem}.txt|${exp.sentence}`) ?? [];
  const told = new Set(event.mentions.map((m) => m.sourceId));
  return variants.some((v) => {
    const date = v.date ?? exp.date;
    const status = v.status ?? exp.status;
    const dateOk =
      dateMatches(event.date, date) ||
      (refines(event.date, date) &&
        (group.some((g) => dateMatches(event.date, g)) || told.size > 1));
    return (
      dateOk &&
      event.status === status &&
      exp.themes.every((t) => event.themes.includes(t as never))
    );
  });
}

describe.each(stems)('fixture article %s', (stem) => {
  const exp = expected.get(stem) as Expected;
  const source = file.sources.find((s) => s.id === stem);

  it('finds the publication date and title', () => {
    if (exp.published !== undefined) expect(source?.published).toBe(exp.published);
    if (exp.title !== undefined) expect(source?.title).toBe(exp.title);
  });

  it.each(exp.events.map((e) => [e.sentence, e] as const))('finds the event "%s"', (_, e) => {
    const candidates = eventsWith(file, stem, e.sentence);
    const summary = candidates.map(
      (c) => `${c.id} ${JSON.stringify(c.date)} ${c.status} ${c.themes.join(',')}`,
    );
    expect(
      candidates.some((c) => acceptable(stem, e, c)),
      `candidates: ${summary.join(' | ') || 'none'}`,
    ).toBe(true);
  });

  it('finds no more events than the article can support', () => {
    const count = file.events.filter((e) => e.mentions.some((m) => m.sourceId === stem)).length;
    expect(count).toBeLessThanOrEqual(exp.maxEvents);
  });

  it('never takes page furniture, counterfactual dates or outlets as events or actors', () => {
    const mine = file.events.filter((e) => e.mentions.some((m) => m.sourceId === stem));
    for (const text of exp.mustNotMention ?? []) {
      const offset = source?.text?.indexOf(text) ?? -1;
      expect(offset).toBeGreaterThanOrEqual(0);
      const end = offset + text.length;
      const overlapping = mine.flatMap((e) =>
        e.mentions.filter((m) => m.sourceId === stem && m.start < end && m.end > offset),
      );
      expect(overlapping.map((m) => m.quote)).toEqual([]);
    }
    for (const bad of exp.notOnDates ?? []) {
      const onDate = eventsWith(file, stem, bad.sentence).filter((e) => e.date.start === bad.date);
      expect(onDate.map((e) => e.id)).toEqual([]);
    }
    for (const outlet of exp.attributionsNotActors ?? []) {
      expect(mine.filter((e) => e.actors.includes(outlet)).map((e) => e.id)).toEqual([]);
    }
  });

  it.each((exp.sameEvent ?? []).map((g, i) => [i, g] as const))(
    'tells sameEvent group %i as one event',
    (_, group) => {
      const ids = group.map((m) =>
        eventsWith(file, m.file.replace(/\.txt$/, ''), m.sentence).map((e) => e.id),
      );
      const shared = (ids[0] ?? []).filter((id) => ids.every((list) => list.includes(id)));
      expect(shared, JSON.stringify(ids)).not.toEqual([]);
    },
  );
});
