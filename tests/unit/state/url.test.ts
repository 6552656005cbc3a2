import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SLUG, THEMES, type Theme } from '../../../src/data/eventSchema.ts';
import {
  MAX_ID_LENGTH,
  MAX_QUERY_LENGTH,
  parseUrl,
  serializeUrl,
  type UrlState,
} from '../../../src/state/url.ts';

const ALL = [...THEMES];
const DEFAULTS = { selectedId: null, themes: ALL, query: '', window: null, unknownPath: false };

describe('parseUrl', () => {
  it('reads the root as the overview with every default', () => {
    expect(parseUrl('/', '', '/')).toEqual(DEFAULTS);
    expect(parseUrl('/index.html', '', '/')).toEqual(DEFAULTS);
  });

  it('reads an event page, with or without a trailing slash', () => {
    expect(parseUrl('/events/steel-tariffs', '', '/').selectedId).toBe('steel-tariffs');
    expect(parseUrl('/events/steel-tariffs/', '', '/').selectedId).toBe('steel-tariffs');
    expect(parseUrl('/events/steel-tariffs/index.html', '', '/').selectedId).toBe('steel-tariffs');
  });

  it('works under a base path, with and without its trailing slash', () => {
    expect(parseUrl('/repo/events/a-b', '', '/repo/')).toMatchObject({
      selectedId: 'a-b',
      unknownPath: false,
    });
    expect(parseUrl('/repo/', '', '/repo/')).toEqual(DEFAULTS);
    expect(parseUrl('/repo', '', '/repo/')).toEqual(DEFAULTS);
    expect(parseUrl('/elsewhere/events/a-b', '', '/repo/')).toMatchObject({
      selectedId: null,
      unknownPath: true,
    });
  });

  it('flags a path that is neither the root nor an event page', () => {
    expect(parseUrl('/no/such/page', '', '/')).toMatchObject({
      unknownPath: true,
      selectedId: null,
    });
    expect(parseUrl('/events/', '', '/').unknownPath).toBe(true);
  });

  it('reads themes as a readable comma list, in the UI order', () => {
    expect(parseUrl('/', '?themes=technology,trade', '/').themes).toEqual(['trade', 'technology']);
    expect(parseUrl('/', '?themes=none', '/').themes).toEqual([]);
  });

  it('treats unknown or empty theme lists as "all themes"', () => {
    expect(parseUrl('/', '?themes=weather,sport', '/').themes).toEqual(ALL);
    expect(parseUrl('/', '?themes=', '/').themes).toEqual(ALL);
    expect(parseUrl('/', '?themes=trade,weather', '/').themes).toEqual(['trade']);
  });

  it('reads the search with + and %20 as spaces', () => {
    expect(parseUrl('/', '?q=rare+earths', '/').query).toBe('rare earths');
    expect(parseUrl('/', '?q=Xi%20Jinping', '/').query).toBe('Xi Jinping');
  });

  it('reads a visible window and drops reversed or impossible dates', () => {
    expect(parseUrl('/', '?from=2025-01-01&to=2025-06-30', '/').window).toEqual({
      from: '2025-01-01',
      to: '2025-06-30',
    });
    expect(parseUrl('/', '?from=2025-06-30&to=2025-01-01', '/').window).toBeNull();
    expect(parseUrl('/', '?from=2026-02-30&to=2026-03-01', '/').window).toBeNull();
    expect(parseUrl('/', '?from=2025-01-01', '/').window).toBeNull();
    expect(parseUrl('/', '?from=yesterday&to=today', '/').window).toBeNull();
  });

  it('survives the hostile links the product promises to survive', () => {
    const cases: Array<[string, string]> = [
      ['/events/%E0%A4%A', '?q=%E0%A4%A&themes=%ZZ'],
      ['/events/%', '?q=%'],
      [`/events/${'a'.repeat(5000)}`, `?q=${'x'.repeat(5000)}&themes=${'trade,'.repeat(1000)}`],
      ['/events/<script>alert(1)</script>', '?q=<img src=x onerror=alert(1)>'],
      ['/', '?from=9999-99-99&to=0000-00-00&themes=__proto__,constructor'],
      ['//evil.example/events/x', '?%00=%00&q=%00'],
    ];
    for (const [path, search] of cases) {
      const parsed = parseUrl(path, search, '/');
      expect(parsed.query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
      expect(parsed.selectedId?.length ?? 0).toBeLessThanOrEqual(MAX_ID_LENGTH);
      expect(parsed.window).toBeNull();
    }
    expect(parseUrl('/events/%E0%A4%A', '', '/').selectedId).toBe('%E0%A4%A');
    expect(parseUrl('/', '?themes=__proto__,constructor', '/').themes).toEqual(ALL);
  });
});

describe('serializeUrl', () => {
  it('writes nothing for the defaults', () => {
    expect(serializeUrl(DEFAULTS, '/')).toBe('/');
    expect(serializeUrl(DEFAULTS, '/repo/')).toBe('/repo/');
  });

  it('writes a readable URL, never JSON', () => {
    const url = serializeUrl(
      {
        selectedId: 'geneva-talks',
        themes: ['technology', 'trade'],
        query: 'rare earths, chips',
        window: { from: '2025-01-01', to: '2025-12-31' },
      },
      '/repo/',
    );
    expect(url).toBe(
      '/repo/events/geneva-talks?themes=trade,technology&q=rare+earths,+chips&from=2025-01-01&to=2025-12-31',
    );
  });

  it('writes an empty theme selection as themes=none', () => {
    expect(serializeUrl({ ...DEFAULTS, themes: [] }, '/')).toBe('/?themes=none');
  });

  it('does not throw on lone surrogates (they cannot be percent-encoded)', () => {
    expect(() =>
      serializeUrl({ ...DEFAULTS, query: 'a\uD800b', selectedId: '\uDC00' }, '/'),
    ).not.toThrow();
  });
});

const themesArb: fc.Arbitrary<Theme[]> = fc
  .subarray(ALL)
  .map((picked) => ALL.filter((t) => picked.includes(t)));
const dayArb = fc
  .date({
    min: new Date('1900-01-01T00:00:00Z'),
    max: new Date('2199-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const windowArb = fc.option(
  fc.tuple(dayArb, dayArb).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a })),
  { nil: null },
);
// Well-formed text: lone surrogates cannot survive any URL and are replaced on purpose.
const queryArb = fc
  .string({ unit: 'grapheme', maxLength: 60 })
  .filter((q) => q.length <= MAX_QUERY_LENGTH);
const baseArb = fc.constantFrom('/', '/repo/', '/a/b-c/');

describe('URL round trip', () => {
  it('parse(serialize(state)) gives the state back, for every state', () => {
    const stateArb: fc.Arbitrary<UrlState> = fc.record({
      selectedId: fc.option(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }), {
        nil: null,
      }),
      themes: themesArb,
      query: queryArb,
      window: windowArb,
    });
    fc.assert(
      fc.property(stateArb, baseArb, (state, base) => {
        const url = serializeUrl(state, base);
        const q = url.indexOf('?');
        const path = q === -1 ? url : url.slice(0, q);
        const search = q === -1 ? '' : url.slice(q);
        expect(parseUrl(path, search, base)).toEqual({ ...state, unknownPath: false });
      }),
      { numRuns: 500 },
    );
  });

  it('survives the browser: a real URL object built from the output parses back', () => {
    const stateArb: fc.Arbitrary<UrlState> = fc.record({
      selectedId: fc.option(fc.stringMatching(SLUG), { nil: null }),
      themes: themesArb,
      query: queryArb,
      window: windowArb,
    });
    fc.assert(
      fc.property(stateArb, baseArb, (state, base) => {
        const url = new URL(serializeUrl(state, base), 'https://example.org');
        expect(parseUrl(url.pathname, url.search, base)).toEqual({ ...state, unknownPath: false });
      }),
      { numRuns: 300 },
    );
  });
});

describe('garbage in', () => {
  it('never throws and always yields a usable state', () => {
    const noisy = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({
        unit: fc.constantFrom('%', 'E', '0', 'A', 'z', '/', '&', '=', '?', '+', ','),
        maxLength: 80,
      }),
      fc.constant('x'.repeat(5000)),
    );
    const searchArb = fc.oneof(
      noisy,
      fc
        .array(fc.tuple(fc.constantFrom('themes', 'q', 'from', 'to', 'x'), noisy), { maxLength: 6 })
        .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`),
    );
    fc.assert(
      fc.property(noisy, searchArb, baseArb, (path, search, base) => {
        const parsed = parseUrl(`/${path}`, search, base);
        expect(parsed.themes.every((t) => ALL.includes(t))).toBe(true);
        expect(parsed.query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        if (parsed.selectedId !== null) {
          expect(parsed.selectedId.length).toBeGreaterThan(0);
          expect(parsed.selectedId.length).toBeLessThanOrEqual(MAX_ID_LENGTH);
        }
        if (parsed.window !== null) expect(parsed.window.from <= parsed.window.to).toBe(true);
        // Whatever came in, what goes back out is a URL the app can write.
        expect(() => serializeUrl(parsed, base)).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });
});
