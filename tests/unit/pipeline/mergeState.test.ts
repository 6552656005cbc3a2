import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { makeArticles } from '../../../bench/makeArticles.ts';
import { assembleMerged, parseArticle } from '../../../src/pipeline/buildEventsFile.ts';
import {
  detectionMerger,
  mergeDetections,
  type ArticleDetections,
  type EventDraft,
  type MergeState,
} from '../../../src/pipeline/mergeDetections.ts';
import { serializeEventsFile } from '../../../src/pipeline/serializeEventsFile.ts';
import { loadSeedConfig } from './loadSeedConfig.ts';

/**
 * The drafts as values (sets as lists) and, for each, which of its detections its date is: the
 * merge compares a draft's date with its detections' by identity.
 */
function shape(drafts: EventDraft[]): string {
  return JSON.stringify(
    drafts.map((d) => ({ ...d, dateOf: d.detections.findIndex((x) => x.date === d.date) })),
    (_, value: unknown) => (value instanceof Set ? [...(value as Set<unknown>)] : value),
  );
}

describe("a merge carried on from a stored merge's state", () => {
  const config = loadSeedConfig();
  const context = { knownEvents: config.knownEvents };
  // Enough articles that drafts join across articles, change their dates and fuse with twins.
  const parsed = makeArticles(160).map((seed) => parseArticle(seed, context));
  const stored = serialize(parsed.map((p) => p.article));
  // Each merge takes its own copy, as a run reads the articles back from the cache.
  const fresh = () => deserialize(stored) as ArticleDetections[];
  const sources = parsed.map((p) => p.source);
  const full = mergeDetections(fresh());
  const file = (drafts: EventDraft[]) =>
    serializeEventsFile(assembleMerged(sources, [], drafts, config).file);

  it.each([0, 1, 80, 159, 160])(
    'makes the drafts of one merge of all articles when stopped after %i',
    (stop) => {
      const articles = fresh();
      const first = detectionMerger();
      for (const article of articles.slice(0, stop)) first.add(article);
      const state = deserialize(serialize(first.state())) as MergeState;
      const carried = detectionMerger(state);
      for (const article of articles.slice(stop)) carried.add(article);
      expect(shape(carried.drafts)).toBe(shape(full));
      expect(file(carried.drafts)).toBe(file(full));
    },
  );
});
