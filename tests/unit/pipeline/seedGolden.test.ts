import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEventsFile } from '../../../src/pipeline/buildEventsFile.ts';
import { serializeEventsFile } from '../../../src/pipeline/serializeEventsFile.ts';
import { loadSeedArticle, loadSeedConfig } from './loadSeedConfig.ts';

const GOLDEN = join(__dirname, '../../fixtures/golden/000_d959d892d1677ce9.events.json');

describe('the seed article', () => {
  const { file } = buildEventsFile([loadSeedArticle()], loadSeedConfig());
  const byId = new Map(file.events.map((e) => [e.id, e]));

  // Compared as data: the golden file is Prettier-formatted; byte stability is the invariants' job.
  it('matches the reviewed golden file in full', () => {
    expect(JSON.parse(serializeEventsFile(file))).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
  });

  // The "Done means" list of issue 2, checked against the facts file.
  it.each([
    ['trump-visit-beijing', '2026-04', 'month', 'planned', ['diplomacy', 'trade']],
    ['xi-visit-washington', '2026', 'year', 'planned', ['diplomacy']],
    ['trump-xi-call', '2026-02-04', 'day', 'occurred', ['diplomacy', 'trade']],
    ['trump-xi-meeting-busan', '2025-10-30', 'day', 'occurred', ['diplomacy', 'trade']],
    ['us-china-geneva-talks', '2025-05-10', 'day', 'occurred', ['trade']],
    ['us-reciprocal-tariffs', '2025-04-02', 'day', 'occurred', ['trade']],
    ['china-rare-earth-export-controls', '2025-04-04', 'day', 'occurred', ['trade', 'technology']],
    ['us-huawei-ai-chip-warning', '2025-05-13', 'day', 'occurred', ['technology']],
    ['us-critical-technology-sales-limits', '2025-05', 'month', 'occurred', ['technology']],
    ['us-chinese-student-visa-revocations', '2025-05-28', 'day', 'planned', ['diplomacy']],
  ])('has %s on %s (%s), %s', (id, start, precision, status, themes) => {
    const event = byId.get(id);
    expect(event?.date.start).toBe(start);
    expect(event?.date.precision).toBe(precision);
    expect(event?.status).toBe(status);
    expect(event?.themes).toEqual(expect.arrayContaining(themes));
  });

  it("dates the Geneva talks as a two-day span and Xi's visit as approximate", () => {
    expect(byId.get('us-china-geneva-talks')?.date.end).toBe('2025-05-11');
    expect(byId.get('xi-visit-washington')?.date.approximate).toBe(true);
  });

  it('notes where registry dates come from, and the curator note on the February call', () => {
    expect(byId.get('trump-xi-meeting-busan')?.notes?.[0]).toMatch(/known-events registry.*Busan/);
    expect(byId.get('trump-xi-call')?.notes?.join(' ')).toMatch(/5 June 2025/);
  });

  it('takes nothing from page furniture and tells each event once', () => {
    const quotes = file.events.flatMap((e) => e.mentions.map((m) => m.quote));
    for (const furniture of [
      '06 Feb 2026',
      'The performance state at its peak',
      'Recent Talks and Focus on Trade Relations',
      'With inputs from ANI',
    ]) {
      expect(quotes.filter((q) => q.includes(furniture))).toEqual([]);
    }
    expect(file.events).toHaveLength(10);
    expect(new Set(file.events.map((e) => e.title)).size).toBe(10);
  });

  it('reads Politico, NBC News, Truth Social and Xinhua as attributions', () => {
    const actors = file.events.flatMap((e) => e.actors);
    for (const outlet of ['Politico', 'NBC News', 'Truth Social', 'Xinhua', 'CNN']) {
      expect(actors).not.toContain(outlet);
    }
    const attributions = file.events.flatMap((e) => e.mentions.map((m) => m.attributedTo));
    expect(attributions).toEqual(expect.arrayContaining(['NBC News', 'Truth Social', 'Xinhua']));
  });
});
