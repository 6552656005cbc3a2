import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  STATUSES,
  THEMES,
  eventDateSchema,
  sourceSchema,
  type TimelineEvent,
} from '../../../src/data/eventSchema.ts';
import { classifyDetection } from '../../../src/pipeline/classifyDetection.ts';
import { curateEvents } from '../../../src/pipeline/curateEvents.ts';
import { curationSchema } from '../../../src/pipeline/curationSchema.ts';
import { decodeSeedBytes } from '../../../src/pipeline/decodeSeedBytes.ts';
import { detectEvents } from '../../../src/pipeline/detectEvents.ts';
import { extractDates } from '../../../src/pipeline/extractDates.ts';
import { findDateline } from '../../../src/pipeline/findDateline.ts';
import { mergeDetections, type ArticleDetections } from '../../../src/pipeline/mergeDetections.ts';
import { normaliseText } from '../../../src/pipeline/normaliseText.ts';
import type { Detection, Segment } from '../../../src/pipeline/pipelineTypes.ts';
import { segmentText } from '../../../src/pipeline/segmentText.ts';
import {
  CONTROL_CHARS,
  anyText,
  enormousSentence,
  hostileArticle,
  hostileSentence,
  realDay,
} from '../../fixtures/hostile/hostileText.ts';
import {
  HEAVY_TIMEOUT_MS,
  PROPERTY_RUNS,
  PROPERTY_SEED,
} from '../../fixtures/hostile/propertyRuns.ts';

const published = fc.option(realDay, { nil: null });
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const runs = (numRuns: number) => ({ seed: PROPERTY_SEED, numRuns });

function expectValidDate(date: unknown): void {
  const parsed = eventDateSchema.safeParse(date);
  expect(parsed.success, `invalid date ${JSON.stringify(date)}`).toBe(true);
}

/** Segments as the pipeline sees them: exact slices of the text, in order, never empty. */
function expectSegmentsOf(text: string, segments: Segment[]): void {
  let previousEnd = 0;
  for (const s of segments) {
    expect(s.start).toBeGreaterThanOrEqual(previousEnd);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(s.text.trim()).not.toBe('');
    previousEnd = s.end;
  }
}

/** The stages that work on one article, chained as buildEventsFile chains them. */
function detectArticle(sourceId: string, text: string, date: string | null): Detection[] {
  const segments = segmentText(text);
  expectSegmentsOf(text, segments);
  const out: Detection[] = [];
  for (const segment of segments) {
    if (segment.kind !== 'body') continue;
    const dates = extractDates(segment.text, { published: date, anchor: date });
    for (const d of dates) {
      expect(segment.text.slice(d.start, d.end)).toBe(d.text);
      expectValidDate(d.date);
    }
    for (const found of detectEvents(sourceId, segment, dates, date)) {
      expect(found.segment).toBe(segment);
      expect(found.triggerStart).toBeGreaterThanOrEqual(0);
      expect(found.triggerEnd).toBeLessThanOrEqual(segment.text.length);
      if (found.date !== null) expectValidDate(found.date);
      const classified = classifyDetection(found, ['trade']);
      expect(STATUSES).toContain(classified.status);
      for (const t of classified.themes) expect(THEMES).toContain(t);
      out.push(classified);
    }
  }
  return out;
}

describe('pipeline stages fed hostile text', () => {
  it(
    'normaliseText: any string becomes NFC text with only \\n line breaks',
    () => {
      fc.assert(
        fc.property(anyText, (raw) => {
          const text = normaliseText(raw);
          expect(text.includes('\r')).toBe(false);
          expect(text.normalize('NFC')).toBe(text);
        }),
        runs(PROPERTY_RUNS.normaliseText),
      );
    },
    HEAVY_TIMEOUT_MS,
  );

  it(
    'decodeSeedBytes: random bytes give text or a reason, never an exception',
    () => {
      const bytes = fc.oneof(
        fc.uint8Array({ maxLength: 2048 }),
        // Mostly valid UTF-8 with a few bytes flipped: the shape of a damaged file.
        fc
          .tuple(
            anyText,
            fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 3 }),
          )
          .map(([text, flips]) => {
            const out = new TextEncoder().encode(text);
            for (const [at, value] of flips) if (out.length > 0) out[at % out.length] = value;
            return out;
          }),
      );
      fc.assert(
        fc.property(bytes, (input) => {
          const result = decodeSeedBytes(input);
          if (result.ok) {
            expect(result.text.trim()).not.toBe('');
            expect(result.text).toBe(normaliseText(new TextDecoder().decode(input)));
            // A strict decoder never lets a lone surrogate (or a replacement for a bad byte) in.
            expect(LONE_SURROGATE.test(result.text)).toBe(false);
          } else {
            expect(result.reason).toMatch(/\S/);
          }
        }),
        runs(PROPERTY_RUNS.decodeSeedBytes),
      );
    },
    HEAVY_TIMEOUT_MS,
  );

  it(
    'decodeSeedBytes: every well-formed text without NUL decodes to its normalised self',
    () => {
      const text = anyText.filter(
        (t) => !LONE_SURROGATE.test(t) && !t.includes('\u0000') && t.trim() !== '',
      );
      fc.assert(
        fc.property(text, (t) => {
          const result = decodeSeedBytes(new TextEncoder().encode(t));
          expect(result).toEqual({ ok: true, text: normaliseText(t) });
        }),
        runs(PROPERTY_RUNS.decodeSeedBytes),
      );
    },
    HEAVY_TIMEOUT_MS,
  );

  it(
    'findDateline: finds a real calendar day or nothing',
    () => {
      fc.assert(
        fc.property(anyText, (raw) => {
          const found = findDateline(normaliseText(raw));
          if (found !== null)
            expect(sourceSchema.shape.published.safeParse(found).success).toBe(true);
        }),
        runs(PROPERTY_RUNS.findDateline),
      );
    },
    HEAVY_TIMEOUT_MS,
  );

  it(
    'segment → dates → detect → classify: exact offsets and schema-valid dates',
    () => {
      fc.assert(
        fc.property(anyText, published, (raw, date) => {
          detectArticle('art', normaliseText(raw), date);
        }),
        runs(PROPERTY_RUNS.articleStages),
      );
    },
    HEAVY_TIMEOUT_MS,
  );

  it(
    'extractDates: odd dates in any sentence resolve to real dates or to nothing',
    () => {
      fc.assert(
        fc.property(hostileSentence, published, published, (sentence, pub, anchor) => {
          for (const d of extractDates(sentence, { published: pub, anchor })) {
            expect(sentence.slice(d.start, d.end)).toBe(d.text);
            expectValidDate(d.date);
          }
        }),
        runs(PROPERTY_RUNS.extractDates),
      );
    },
    HEAVY_TIMEOUT_MS,
  );

  it(
    'survives enormous sentences with no full stop',
    () => {
      fc.assert(
        fc.property(enormousSentence, published, (sentence, date) => {
          detectArticle('big', sentence, date);
        }),
        runs(PROPERTY_RUNS.enormous),
      );
    },
    HEAVY_TIMEOUT_MS,
  );

  it(
    'survives articles made only of control characters and separators',
    () => {
      const controls = fc.string({ unit: fc.constantFrom(...CONTROL_CHARS), maxLength: 200 });
      fc.assert(
        fc.property(controls, (raw) => {
          detectArticle('ctl', normaliseText(raw), null);
        }),
        runs(PROPERTY_RUNS.normaliseText),
      );
    },
    HEAVY_TIMEOUT_MS,
  );

  it(
    'mergeDetections: drafts hold only given detections, with schema-valid dates',
    () => {
      const articles = fc.array(fc.tuple(hostileArticle, published), {
        minLength: 1,
        maxLength: 4,
      });
      fc.assert(
        fc.property(articles, (list) => {
          const input: ArticleDetections[] = list.map(([raw, date], i) => ({
            sourceId: `a${i}`,
            published: date,
            detections: detectArticle(`a${i}`, normaliseText(raw), date),
          }));
          const given = new Set(input.flatMap((a) => a.detections));
          for (const draft of mergeDetections(input)) {
            expect(draft.detections.length).toBeGreaterThan(0);
            for (const d of draft.detections) expect(given.has(d)).toBe(true);
            if (draft.date !== null) expectValidDate(draft.date);
          }
        }),
        runs(PROPERTY_RUNS.merge),
      );
    },
    HEAVY_TIMEOUT_MS,
  );

  it(
    'curateEvents: any valid curation file (unknown ids, self-merges, hides) only warns',
    () => {
      const events: TimelineEvent[] = ['a', 'b', 'c'].map((id, i) => ({
        id,
        title: `Event ${id}`,
        summary: '',
        date: { start: `202${i}`, precision: 'year', approximate: false },
        status: 'occurred',
        themes: ['trade'],
        tags: [],
        actors: [],
        mentions: [],
      }));
      const id = fc.oneof(
        fc.constantFrom('a', 'b', 'c'),
        fc.string({ minLength: 1, maxLength: 8 }),
      );
      const curation = fc
        .record({
          merges: fc.array(
            fc.record({ into: id, from: fc.array(id, { minLength: 1, maxLength: 3 }) }),
            {
              maxLength: 3,
            },
          ),
          edits: fc.array(
            fc.record(
              {
                id,
                title: fc.string({ unit: 'binary', maxLength: 30 }),
                summary: fc.string({ unit: 'binary', maxLength: 30 }),
                hide: fc.boolean(),
                addNotes: fc.array(fc.string({ minLength: 1, maxLength: 10 }), { maxLength: 2 }),
              },
              { requiredKeys: ['id'] },
            ),
            { maxLength: 4 },
          ),
        })
        .map((raw) => curationSchema.safeParse(raw))
        .filter((p) => p.success)
        .map((p) => p.data);
      fc.assert(
        fc.property(curation, (c) => {
          if (c === undefined) return;
          const result = curateEvents(events, c);
          const ids = result.events.map((e) => e.id);
          expect(new Set(ids).size).toBe(ids.length);
          for (const e of result.events) expect(['a', 'b', 'c']).toContain(e.id);
        }),
        runs(PROPERTY_RUNS.curate),
      );
    },
    HEAVY_TIMEOUT_MS,
  );
});
