import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SLUG, eventsFileSchema, type EventsFile } from '../../../src/data/eventSchema.ts';
import { parseEventsFile } from '../../../src/data/loadEvents.ts';
import { buildEventsFile, sourceIdOf } from '../../../src/pipeline/buildEventsFile.ts';
import { normaliseText } from '../../../src/pipeline/normaliseText.ts';
import type { SeedInput } from '../../../src/pipeline/pipelineTypes.ts';
import { seedMetaSchema } from '../../../src/pipeline/seedMetaSchema.ts';
import { serializeEventsFile } from '../../../src/pipeline/serializeEventsFile.ts';
import {
  HTML_PAYLOADS,
  anyText,
  realDay,
  seedFileName,
} from '../../fixtures/hostile/hostileText.ts';
import {
  HEAVY_TIMEOUT_MS,
  PROPERTY_RUNS,
  PROPERTY_SEED,
} from '../../fixtures/hostile/propertyRuns.ts';
import { loadSeedConfig } from '../pipeline/loadSeedConfig.ts';

const config = loadSeedConfig();

/** Sidecars as the command accepts them (they pass seedMetaSchema), hostile values included. */
const meta = fc
  .record(
    {
      title: fc.oneof(
        fc.constantFrom(...HTML_PAYLOADS),
        fc.string({ unit: 'binary', maxLength: 40 }),
      ),
      outlet: fc.oneof(fc.constantFrom(...HTML_PAYLOADS), fc.string({ maxLength: 20 })),
      url: fc.constantFrom('javascript:alert(1)', 'https://example.org/a?b=<c>', ''),
      published: fc.oneof(
        realDay,
        fc.constant(null),
        fc.constantFrom('2025-02-30', '2025-13-01', '0000-00-00', '9999-99-99', '2024-02-29'),
      ),
    },
    { requiredKeys: [] },
  )
  .filter((m) => seedMetaSchema.safeParse(m).success);

/**
 * A seeds folder as the command passes it on: file names with distinct, non-empty source ids
 * (the command refuses others, see runPipelineOnDir.test.ts), hostile texts and sidecars.
 */
const seedsArb: fc.Arbitrary<SeedInput[]> = fc
  .uniqueArray(fc.tuple(seedFileName, anyText, fc.option(meta, { nil: undefined })), {
    maxLength: 4,
    selector: ([file]) => sourceIdOf(file),
  })
  .map((list) =>
    list.map(([file, raw, m]) =>
      m === undefined
        ? { file, text: normaliseText(raw) }
        : { file, text: normaliseText(raw), meta: m },
    ),
  );

function expectContract(file: EventsFile): void {
  expect(eventsFileSchema.safeParse(file).success).toBe(true);
  const ids = file.events.map((e) => e.id);
  expect(new Set(ids).size).toBe(ids.length);
  const texts = new Map(file.sources.map((s) => [s.id, s.text]));
  for (const e of file.events) {
    expect(e.id).toMatch(SLUG);
    for (const m of e.mentions) expect(texts.get(m.sourceId)?.slice(m.start, m.end)).toBe(m.quote);
  }
  const keys = file.events.map((e) => e.date.start ?? '\uffff');
  expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  // What the pipeline writes, the app reads whole: nothing is skipped as invalid.
  const loaded = parseEventsFile(serializeEventsFile(file));
  expect(
    loaded.ok && loaded.skipped === 0 && loaded.file.events.length === file.events.length,
  ).toBe(true);
}

describe('buildEventsFile fed hostile seeds folders', () => {
  it(
    'never throws, and its output always satisfies the events.json contract',
    () => {
      fc.assert(
        fc.property(seedsArb, (seeds) => {
          const { file, warnings } = buildEventsFile(seeds, config);
          expectContract(file);
          expect(file.sources).toHaveLength(seeds.length);
          for (const w of warnings) expect(typeof w).toBe('string');
        }),
        { seed: PROPERTY_SEED, numRuns: PROPERTY_RUNS.buildEventsFile },
      );
    },
    HEAVY_TIMEOUT_MS,
  );

  it(
    'is deterministic: same seeds, in any order, give byte-identical files',
    () => {
      fc.assert(
        fc.property(seedsArb, (seeds) => {
          const once = serializeEventsFile(buildEventsFile(seeds, config).file);
          const again = serializeEventsFile(buildEventsFile([...seeds].reverse(), config).file);
          expect(again).toBe(once);
        }),
        { seed: PROPERTY_SEED, numRuns: PROPERTY_RUNS.buildDeterminism },
      );
    },
    HEAVY_TIMEOUT_MS,
  );
});
