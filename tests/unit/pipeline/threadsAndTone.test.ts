import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventsFileSchema } from '../../../src/data/eventSchema.ts';
import { easesMeasure } from '../../../src/pipeline/assignTone.ts';
import { buildEventsFile } from '../../../src/pipeline/buildEventsFile.ts';
import { normaliseText } from '../../../src/pipeline/normaliseText.ts';
import type { SeedInput } from '../../../src/pipeline/pipelineTypes.ts';
import { seedMetaSchema } from '../../../src/pipeline/seedMetaSchema.ts';
import { TONE_TABLE } from '../../../src/pipeline/toneTable.ts';
import { loadSeedArticle, loadSeedConfig } from './loadSeedConfig.ts';

const ARTICLES = join(__dirname, '../../fixtures/articles');

function fixtureArticles(): SeedInput[] {
  return readdirSync(ARTICLES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const metaPath = join(ARTICLES, file.replace(/\.txt$/, '.meta.json'));
      const text = normaliseText(readFileSync(join(ARTICLES, file), 'utf8'));
      if (!existsSync(metaPath)) return { file, text };
      return { file, text, meta: seedMetaSchema.parse(JSON.parse(readFileSync(metaPath, 'utf8'))) };
    });
}

describe('threads and tone on the pipeline output (seed and fixture articles)', () => {
  const config = loadSeedConfig();
  const { file } = buildEventsFile([loadSeedArticle(), ...fixtureArticles()], config);
  const byId = new Map(file.events.map((e) => [e.id, e]));
  const threadsOf = (id: string) => new Set(byId.get(id)?.threadIds ?? []);

  it('gives every event a tone on the −10…+10 scale', () => {
    expect(file.events.length).toBeGreaterThan(10);
    for (const e of file.events) {
      expect(e.tone, e.id).toBeTypeOf('number');
      expect(Math.abs(e.tone ?? 99), e.id).toBeLessThanOrEqual(10);
    }
  });

  it('scores conflict kinds below zero and cooperation kinds above it', () => {
    for (const e of file.events) {
      const entry = TONE_TABLE[e.kind ?? ''];
      if (entry === undefined || easesMeasure(e.title)) continue;
      if (entry.tone < 0) expect(e.tone, `${e.id} (${e.kind})`).toBeLessThan(0);
      if (entry.tone > 0) expect(e.tone, `${e.id} (${e.kind})`).toBeGreaterThan(0);
    }
  });

  it('puts the planned Beijing visit and the call that set it up in one thread', () => {
    const shared = [...threadsOf('trump-visit-beijing')].filter((t) =>
      threadsOf('trump-xi-call').has(t),
    );
    expect(shared.length).toBeGreaterThan(0);
    const thread = file.threads?.find((t) => t.id === shared[0]);
    expect(thread?.eventIds.indexOf('trump-xi-call')).toBeLessThan(
      thread?.eventIds.indexOf('trump-visit-beijing') ?? -1,
    );
  });

  it('threads the 2025 tariffs with the Geneva talks that eased them', () => {
    const shared = [...threadsOf('us-reciprocal-tariffs')].filter((t) =>
      threadsOf('us-china-geneva-talks').has(t),
    );
    expect(shared).toHaveLength(1);
  });

  it('writes threads whose events exist and whose members list them back', () => {
    expect(eventsFileSchema.safeParse(file).success).toBe(true);
    for (const thread of file.threads ?? []) {
      expect(thread.eventIds.length).toBeGreaterThanOrEqual(2);
      for (const id of thread.eventIds) expect(byId.get(id)?.threadIds).toContain(thread.id);
    }
  });

  it('lets the curation file set an event’s tone and name a thread', () => {
    const threadId = byId.get('trump-visit-beijing')?.threadIds?.[0] ?? '';
    const { file: curated } = buildEventsFile([loadSeedArticle()], {
      ...config,
      curation: {
        ...config.curation,
        edits: [...config.curation.edits, { id: 'trump-visit-beijing', tone: 4 }],
        threads: [{ id: threadId, title: 'The road to Beijing' }],
      },
    });
    expect(curated.events.find((e) => e.id === 'trump-visit-beijing')?.tone).toBe(4);
    expect(curated.threads?.find((t) => t.id === threadId)?.title).toBe('The road to Beijing');
  });
});

describe('the events file schema', () => {
  const { file } = buildEventsFile([loadSeedArticle()], loadSeedConfig());

  it('rejects a thread naming an event that does not exist', () => {
    const broken = {
      ...file,
      threads: [{ id: 'ghost', title: 'Ghost', eventIds: ['no-such-event'] }],
    };
    expect(eventsFileSchema.safeParse(broken).success).toBe(false);
  });

  it('rejects an event listing a thread that does not hold it', () => {
    const events = file.events.map((e, i) => (i === 0 ? { ...e, threadIds: ['elsewhere'] } : e));
    expect(eventsFileSchema.safeParse({ ...file, events }).success).toBe(false);
  });
});
