import { beforeEach, describe, expect, it } from 'vitest';
import { startUrlSync } from '../../../src/state/syncUrl.ts';
import { useTimelineStore } from '../../../src/state/timelineStore.ts';

/** A browser history in miniature: entries, an index, and popstate on back/forward. */
function fakeBrowser(initial: string) {
  const entries = [initial];
  let index = 0;
  const listeners = new Set<() => void>();
  const calls: Array<['push' | 'replace', string]> = [];
  const location = { pathname: '', search: '', hash: '' };
  const setLocation = (url: string) => {
    const u = new URL(url, 'https://example.org');
    location.pathname = u.pathname;
    location.search = u.search;
    location.hash = u.hash;
  };
  setLocation(initial);
  const go = (delta: number) => {
    index += delta;
    setLocation(entries[index] ?? '/');
    listeners.forEach((l) => l());
  };
  return {
    calls,
    get entries() {
      return entries.slice(0, index + 1);
    },
    back: () => go(-1),
    forward: () => go(1),
    browser: {
      location,
      history: {
        pushState: (_: unknown, __: string, url?: string | URL | null) => {
          entries.splice(index + 1, entries.length, String(url));
          index++;
          setLocation(String(url));
          calls.push(['push', String(url)]);
        },
        replaceState: (_: unknown, __: string, url?: string | URL | null) => {
          entries[index] = String(url);
          setLocation(String(url));
          calls.push(['replace', String(url)]);
        },
      },
      addEventListener: (_: 'popstate', l: () => void) => listeners.add(l),
      removeEventListener: (_: 'popstate', l: () => void) => listeners.delete(l),
    },
  };
}

const store = useTimelineStore;

beforeEach(() => {
  store.setState(store.getInitialState(), true);
});

describe('startUrlSync', () => {
  it('restores the state a shared link describes', () => {
    const b = fakeBrowser(
      '/repo/events/geneva-talks?themes=trade&q=steel&from=2025-01-01&to=2025-03-01',
    );
    const stop = startUrlSync(store, '/repo/', b.browser);
    const s = store.getState();
    expect(s.selectedId).toBe('geneva-talks');
    expect(s.themes).toEqual(['trade']);
    expect(s.query).toBe('steel');
    expect(s.window).toEqual({ from: '2025-01-01', to: '2025-03-01' });
    expect(b.calls).toEqual([]);
    stop();
  });

  it('cleans garbage out of the address bar without adding a history entry', () => {
    const b = fakeBrowser('/?themes=weather&q=tariffs&from=2025-13-01&to=x&utm_source=spam');
    startUrlSync(store, '/', b.browser)();
    expect(b.calls).toEqual([['replace', '/?q=tariffs']]);
  });

  it('pushes when an event is opened, replaces on filters, search and zoom', () => {
    const b = fakeBrowser('/');
    const stop = startUrlSync(store, '/', b.browser);
    store.getState().select('steel-tariffs');
    store.getState().toggleTheme('technology');
    store.getState().setQuery('steel');
    store.getState().setWindow({ from: '2025-01-01', to: '2025-12-31' });
    store.getState().select('chip-ban');
    expect(b.calls.map(([kind]) => kind)).toEqual([
      'push',
      'replace',
      'replace',
      'replace',
      'push',
    ]);
    expect(b.calls.at(-1)?.[1]).toBe(
      '/events/chip-ban?themes=trade,diplomacy&q=steel&from=2025-01-01&to=2025-12-31',
    );
    stop();
  });

  it('Back and Forward step through opened events and restore the filters of the time', () => {
    const b = fakeBrowser('/');
    const stop = startUrlSync(store, '/', b.browser);
    store.getState().select('first');
    store.getState().toggleTheme('trade');
    store.getState().select('second');
    expect(b.entries).toEqual([
      '/',
      '/events/first?themes=technology,diplomacy',
      '/events/second?themes=technology,diplomacy',
    ]);

    b.back();
    expect(store.getState().selectedId).toBe('first');
    b.back();
    expect(store.getState().selectedId).toBeNull();
    expect(store.getState().themes).toEqual(['trade', 'technology', 'diplomacy']);
    b.forward();
    expect(store.getState().selectedId).toBe('first');
    expect(store.getState().themes).toEqual(['technology', 'diplomacy']);
    // Restoring from the URL writes nothing back.
    expect(b.calls).toHaveLength(3);
    stop();
  });

  it('stops listening when stopped', () => {
    const b = fakeBrowser('/');
    startUrlSync(store, '/', b.browser)();
    store.getState().select('x');
    expect(b.calls).toEqual([]);
  });

  it('keeps a 404 path in the address bar until the reader does something', () => {
    const b = fakeBrowser('/no/such/page');
    const stop = startUrlSync(store, '/', b.browser);
    expect(store.getState().unknownPath).toBe(true);
    expect(b.calls).toEqual([]);
    store.getState().setQuery('tariffs');
    expect(b.calls).toEqual([['replace', '/?q=tariffs']]);
    stop();
  });
});
