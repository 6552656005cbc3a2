import { describe, expect, it, vi } from 'vitest';
import { loadEvents } from '../../../src/data/loadEvents.ts';
import { makeEventsFile } from '../../fixtures/makeEventsFile.ts';

function respond(body: string, init: ResponseInit = { status: 200 }) {
  return vi.fn<typeof fetch>(async () => new Response(body, init));
}

describe('loadEvents', () => {
  it('fetches data/events.json under the base path and returns every valid event', async () => {
    const file = makeEventsFile(30);
    const fetch = respond(JSON.stringify(file));
    const result = await loadEvents({ fetch, baseUrl: '/repo/' });
    expect(fetch.mock.calls[0]?.[0]).toBe('/repo/data/events.json');
    expect(result).toEqual({ ok: true, file, skipped: 0 });
  });

  it('says the file is missing, with the status, on a 404', async () => {
    const result = await loadEvents({
      fetch: respond('nope', { status: 404, statusText: 'Not Found' }),
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(/could not be loaded.*404/);
      expect(result.error).toMatch(/npm run parse/);
      expect(result.error).not.toMatch(/connection/);
    }
  });

  it('calls a server error a server problem, not a connection problem', async () => {
    const result = await loadEvents({ fetch: respond('', { status: 503 }) });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(/503.*server/);
      expect(result.error).not.toMatch(/connection/);
    }
  });

  it('reports a network failure instead of throwing', async () => {
    const failing = vi.fn<typeof fetch>(async () => {
      throw new TypeError('Failed to fetch');
    });
    const result = await loadEvents({ fetch: failing });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/network.*connection/) });
  });

  it('says when the server answered a page instead of the data, and what to do', async () => {
    const result = await loadEvents({
      fetch: respond('<!doctype html><title>SPA fallback</title>'),
    });
    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(/^The data file is not valid JSON: .*web page.*npm run parse/),
    });
    if (!result.ok) expect(result.error).not.toMatch(/connection/);
  });

  it('says when the file is cut short', async () => {
    const result = await loadEvents({ fetch: respond('{"schemaVersion": 1, "sour') });
    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(/^The data file is not valid JSON: .*damaged/),
    });
  });

  it('refuses another schema version, naming both versions', async () => {
    const file = { ...makeEventsFile(3), schemaVersion: 2 };
    const result = await loadEvents({ fetch: respond(JSON.stringify(file)) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/schema version 2.*version 1/);
  });

  it('refuses JSON of the wrong shape', async () => {
    for (const body of [
      'null',
      '[]',
      '{"schemaVersion":1}',
      '{"schemaVersion":1,"sources":[],"events":{}}',
    ]) {
      const result = await loadEvents({ fetch: respond(body) });
      expect(result.ok, body).toBe(false);
    }
  });

  it('keeps the valid events and counts the invalid ones', async () => {
    const file = makeEventsFile(10);
    const events: unknown[] = [...file.events];
    const first = file.events[0];
    const second = file.events[1];
    if (first === undefined || second === undefined) throw new Error('fixture too small');
    events[2] = { ...file.events[2], themes: [] };
    events[3] = {
      ...file.events[3],
      date: { start: '2026-02-30', precision: 'day', approximate: false },
    };
    events[4] = 'not an event';
    events[5] = { ...first }; // a duplicate id
    events[6] = { ...second, id: 'moved-quote', mentions: [{ ...second.mentions[0], start: 0 }] };
    const result = await loadEvents({ fetch: respond(JSON.stringify({ ...file, events })) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.skipped).toBe(5);
    expect(result.file.events.map((e) => e.id)).toEqual(
      [0, 1, 7, 8, 9].map((i) => file.events[i]?.id),
    );
  });
});
