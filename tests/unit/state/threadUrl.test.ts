import { beforeEach, describe, expect, it } from 'vitest';
import { THEMES } from '../../../src/data/eventConstants.ts';
import { selectVisibleEvents } from '../../../src/state/selectVisibleEvents.ts';
import { startUrlSync } from '../../../src/state/syncUrl.ts';
import { useTimelineStore } from '../../../src/state/timelineStore.ts';
import { parseUrl, serializeUrl } from '../../../src/state/url.ts';
import { smallFile } from '../../components/storeFixture.ts';

const plain = { selectedId: null, themes: [...THEMES], query: '', window: null };

describe('the thread in the URL', () => {
  it('reads ?thread=<id> and writes it back, readable', () => {
    const parsed = parseUrl('/events/geneva-talks', '?thread=tariff-war-geneva', '/');
    expect(parsed.threadId).toBe('tariff-war-geneva');
    expect(parsed.selectedId).toBe('geneva-talks');
    expect(serializeUrl(parsed, '/')).toBe('/events/geneva-talks?thread=tariff-war-geneva');
  });

  it('leaves a link without a thread exactly as it was', () => {
    expect(parseUrl('/', '', '/')).not.toHaveProperty('threadId');
    expect(serializeUrl({ ...plain, threadId: null }, '/')).toBe('/');
  });

  it('never throws on a hostile value and keeps it clipped for the notice', () => {
    const parsed = parseUrl('/', `?thread=${'%E0%A4%A'.repeat(3)}${'x'.repeat(500)}`, '/');
    expect((parsed.threadId ?? '').length).toBeLessThanOrEqual(200);
    expect(() => serializeUrl({ ...plain, threadId: '\uD800<script>' }, '/')).not.toThrow();
  });
});

describe('a thread in the store', () => {
  const store = useTimelineStore;
  const file = smallFile();
  const thread = { id: 'spring', title: 'Spring', eventIds: ['steel-tariffs', 'geneva-talks'] };

  beforeEach(() => {
    store.setState(store.getInitialState(), true);
    store.getState().setLoaded(file.events, file.sources, 0, [thread]);
  });

  it('narrows the visible events to the thread, and an unknown thread to nothing less', () => {
    store.getState().setThread('spring');
    expect(selectVisibleEvents(store.getState()).map((e) => e.id)).toEqual([
      'steel-tariffs',
      'geneva-talks',
    ]);
    store.getState().setThread('gone');
    expect(selectVisibleEvents(store.getState())).toHaveLength(file.events.length);
  });

  it('replaces the history entry when a thread is chosen, and Back keeps the thread', () => {
    const entries = ['/'];
    let index = 0;
    const location = { pathname: '/', search: '', hash: '' };
    const listeners = new Set<() => void>();
    const setLocation = (url: string) => {
      const u = new URL(url, 'https://example.org');
      location.pathname = u.pathname;
      location.search = u.search;
    };
    const browser = {
      location,
      history: {
        pushState: (_: unknown, __: string, url?: string | URL | null) => {
          entries.splice(++index, entries.length, String(url));
          setLocation(String(url));
        },
        replaceState: (_: unknown, __: string, url?: string | URL | null) => {
          entries[index] = String(url);
          setLocation(String(url));
        },
      },
      addEventListener: (_: 'popstate', l: () => void) => listeners.add(l),
      removeEventListener: (_: 'popstate', l: () => void) => listeners.delete(l),
    };
    const stop = startUrlSync(store, '/', browser);
    store.getState().setThread('spring');
    expect(entries).toEqual(['/?thread=spring']);
    store.getState().select('geneva-talks');
    expect(entries).toEqual(['/?thread=spring', '/events/geneva-talks?thread=spring']);
    index -= 1;
    setLocation(entries[index] ?? '/');
    listeners.forEach((l) => l());
    expect(store.getState().selectedId).toBeNull();
    expect(store.getState().threadId).toBe('spring');
    stop();
  });
});
