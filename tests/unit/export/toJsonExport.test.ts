import { describe, expect, it } from 'vitest';
import { eventsFileSchema } from '../../../src/data/eventSchema.ts';
import { toJsonExport } from '../../../src/export/toJsonExport.ts';
import { makeEventsFile } from '../../fixtures/makeEventsFile.ts';
import { makeHostileFile } from './hostileEvents.ts';

describe('toJsonExport', () => {
  it('validates against the events.json contract and gives back the same events', () => {
    const file = makeHostileFile();
    const back = eventsFileSchema.parse(JSON.parse(toJsonExport(file.events, file.sources)));
    expect(back.schemaVersion).toBe(1);
    expect(back.events).toEqual(file.events);
  });

  it('includes exactly the sources the exported events cite', () => {
    const file = makeHostileFile();
    const back = eventsFileSchema.parse(JSON.parse(toJsonExport(file.events, file.sources)));
    expect(back.sources.map((s) => s.id)).toEqual(['hostile-source']);
  });

  it('exports a filtered subset that still validates on its own', () => {
    const big = makeEventsFile(400);
    const trade = big.events.filter((e) => e.themes.includes('trade'));
    const back = eventsFileSchema.parse(JSON.parse(toJsonExport(trade, big.sources)));
    expect(back.events).toEqual(trade);
    const cited = new Set(trade.flatMap((e) => e.mentions.map((m) => m.sourceId)));
    expect(new Set(back.sources.map((s) => s.id))).toEqual(cited);
  });

  it('exports an empty selection as a valid empty file', () => {
    const back = eventsFileSchema.parse(JSON.parse(toJsonExport([], makeEventsFile(10).sources)));
    expect(back).toEqual({ schemaVersion: 1, sources: [], events: [] });
  });
});
