import { beforeEach, describe, expect, it } from 'vitest';
import { startUrlSync } from '../../../src/state/syncUrl.ts';
import { useTimelineStore } from '../../../src/state/timelineStore.ts';
import { parseUrl, serializeUrl, type UrlState } from '../../../src/state/url.ts';

const store = useTimelineStore;

/** Just enough of window for startUrlSync: a location and the replace/push calls it makes. */
function fakeBrowser(initial: string) {
  const location = { pathname: '', search: '', hash: '' };
  const calls: string[] = [];
  const setLocation = (url: string) => {
    const u = new URL(url, 'https://example.org');
    location.pathname = u.pathname;
    location.search = u.search;
  };
  setLocation(initial);
  const write = (_: unknown, __: string, url?: string | URL | null) => {
    calls.push(String(url));
    setLocation(String(url));
  };
  return {
    calls,
    browser: {
      location,
      history: { pushState: write, replaceState: write },
      addEventListener: () => {},
      removeEventListener: () => {},
    },
  };
}

const VIEW: UrlState = {
  selectedId: 'geneva-talks',
  themes: ['trade', 'diplomacy'],
  query: 'rare earths',
  window: { from: '2025-01-01', to: '2025-06-30' },
};

beforeEach(() => {
  store.setState(store.getInitialState(), true);
});

describe('embed in the URL', () => {
  it('reads embed=1 as the embed view, alongside everything else the link says', () => {
    const parsed = parseUrl(
      '/repo/events/geneva-talks',
      '?themes=trade,diplomacy&q=rare+earths&from=2025-01-01&to=2025-06-30&embed=1',
      '/repo/',
    );
    expect(parsed).toEqual({ ...VIEW, embed: true, unknownPath: false });
  });

  it.each(['embed=0', 'embed=true', 'embed=yes', 'embed=', 'embed', 'embed=1x', 'EMBED=1', ''])(
    'treats %j as the normal view',
    (search) => {
      expect(parseUrl('/', `?${search}`, '/').embed ?? false).toBe(false);
    },
  );

  it('writes embed=1 only when the view is embedded', () => {
    expect(serializeUrl({ ...VIEW, embed: true }, '/')).toBe(
      '/events/geneva-talks?themes=trade,diplomacy&q=rare+earths&from=2025-01-01&to=2025-06-30&embed=1',
    );
    expect(serializeUrl({ ...VIEW, embed: false }, '/')).not.toContain('embed');
    expect(serializeUrl(VIEW, '/')).not.toContain('embed');
    expect(serializeUrl({ ...VIEW, selectedId: null, embed: true }, '/repo/')).toMatch(
      /^\/repo\/\?.*&embed=1$/,
    );
  });

  it('round-trips with and without the other parameters', () => {
    for (const state of [
      { ...VIEW, embed: true },
      {
        selectedId: null,
        themes: ['trade', 'technology', 'diplomacy'],
        query: '',
        window: null,
        embed: true,
      } satisfies UrlState,
    ]) {
      const url = new URL(serializeUrl(state, '/repo/'), 'https://example.org');
      expect(parseUrl(url.pathname, url.search, '/repo/')).toEqual({
        ...state,
        unknownPath: false,
      });
    }
  });
});

describe('embed through the URL sync', () => {
  it('keeps embed=1 in the address bar while filters and selection change', () => {
    const b = fakeBrowser('/?themes=trade&embed=1');
    const stop = startUrlSync(store, '/', b.browser);
    expect(store.getState().embed).toBe(true);
    expect(b.calls).toEqual([]);

    store.getState().toggleTheme('technology');
    store.getState().setQuery('chips');
    store.getState().select('chip-ban');
    expect(b.calls).toEqual([
      '/?themes=trade,technology&embed=1',
      '/?themes=trade,technology&q=chips&embed=1',
      '/events/chip-ban?themes=trade,technology&q=chips&embed=1',
    ]);
    stop();
  });

  it('drops an embed value it does not understand, and stays in the normal view', () => {
    const b = fakeBrowser('/?embed=yes&q=tariffs');
    const stop = startUrlSync(store, '/', b.browser);
    expect(store.getState().embed).toBe(false);
    expect(b.calls).toEqual(['/?q=tariffs']);
    stop();
  });
});
