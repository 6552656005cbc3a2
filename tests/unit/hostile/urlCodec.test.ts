import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { THEMES } from '../../../src/data/eventSchema.ts';
import {
  MAX_ID_LENGTH,
  MAX_QUERY_LENGTH,
  isRealDay,
  parseUrl,
  serializeUrl,
  type ParsedUrl,
} from '../../../src/state/url.ts';
import { HTML_PAYLOADS } from '../../fixtures/hostile/hostileText.ts';
import { PROPERTY_RUNS, PROPERTY_SEED } from '../../fixtures/hostile/propertyRuns.ts';

const ALL = [...THEMES];
const LONG = 'x'.repeat(5000);
/** Values that have broken URL handling somewhere: markup, bad escapes, NUL, sheer length. */
const MALICIOUS = [
  ...HTML_PAYLOADS,
  '%',
  '%%',
  '%E0%A4%A',
  '%E0%A4',
  '%ZZ',
  '%00',
  '\u0000',
  '%2e%2e%2f%2e%2e%2f',
  '../../etc/passwd',
  '__proto__',
  'constructor',
  '[object Object]',
  '{"themes":["trade"]}',
  '\u202etrade',
  ' , ,',
  LONG,
] as const;

const bases = fc.constantFrom('/', '/repo/', '/a/b-c/');
const malicious = fc.constantFrom(...MALICIOUS);
const noise = fc.oneof(
  malicious,
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({
    unit: fc.constantFrom('%', 'E', '0', 'A', '/', '&', '=', '?', '#', '+', ','),
    maxLength: 40,
  }),
);
const param = fc.constantFrom('themes', 'q', 'from', 'to', 'embed', 'x', '', '__proto__');
const search = fc
  .array(fc.tuple(param, noise), { maxLength: 6 })
  .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`);
const path = fc.oneof(
  noise.map((id) => `events/${id}`),
  noise,
  fc.constantFrom('', 'index.html', 'events/', 'events/%E0%A4%A', 'events/<script>'),
);

function expectUsable(p: ParsedUrl): void {
  expect(p.themes.every((t) => ALL.includes(t))).toBe(true);
  expect(new Set(p.themes).size).toBe(p.themes.length);
  expect(p.query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  if (p.selectedId !== null) {
    expect(p.selectedId.length).toBeGreaterThan(0);
    expect(p.selectedId.length).toBeLessThanOrEqual(MAX_ID_LENGTH);
  }
  if (p.window !== null) {
    expect(isRealDay(p.window.from) && isRealDay(p.window.to)).toBe(true);
    expect(p.window.from <= p.window.to).toBe(true);
  }
}

function split(url: string): [string, string] {
  const q = url.indexOf('?');
  return q === -1 ? [url, ''] : [url.slice(0, q), url.slice(q)];
}

describe('URL codec fed malicious links', () => {
  it.each(MALICIOUS.map((v) => [v.length > 60 ? `${v.slice(0, 20)}… (${v.length})` : v, v]))(
    'falls back to defaults for themes/from/to/embed = %j',
    (_, value) => {
      const e = encodeURIComponent(value);
      for (const raw of [value, e]) {
        const parsed = parseUrl('/', `?themes=${raw}&from=${raw}&to=${raw}&embed=${raw}`, '/');
        expect(parsed.themes).toEqual(ALL);
        expect(parsed.window).toBeNull();
        expect(parsed.embed).toBeUndefined();
        expectUsable(parsed);
      }
    },
  );

  it('reads a theme repeated a thousand times, in any case, as that theme once', () => {
    expect(parseUrl('/', `?themes=${'TRADE ,'.repeat(1000)}`, '/').themes).toEqual(['trade']);
  });

  it('drops a reversed or half-given window, keeping everything else', () => {
    const parsed = parseUrl('/', '?themes=trade&from=2025-06-30&to=2025-01-01&q=chips', '/');
    expect(parsed).toMatchObject({ themes: ['trade'], window: null, query: 'chips' });
  });

  it('keeps a hostile search or event id as inert text, clipped to its limit', () => {
    for (const value of MALICIOUS) {
      const e = encodeURIComponent(value);
      const parsed = parseUrl(`/events/${e}`, `?q=${e}`, '/');
      expect(parsed.query).toBe(value.slice(0, MAX_QUERY_LENGTH));
      expect(parsed.selectedId).toBe(value.slice(0, MAX_ID_LENGTH));
      expectUsable(parsed);
    }
    expect(parseUrl('/events/<script>', '', '/').selectedId).toBe('<script>');
    // A slash inside an unencoded id makes it no event page at all: the overview, flagged.
    expect(parseUrl('/events/<script>alert(1)</script>', '', '/')).toMatchObject({
      selectedId: null,
      unknownPath: true,
    });
  });

  it('never throws and always yields a usable state (random paths and queries)', () => {
    fc.assert(
      fc.property(path, search, bases, (p, s, base) => {
        expectUsable(parseUrl(`${base}${p}`, s, base));
      }),
      { seed: PROPERTY_SEED, numRuns: PROPERTY_RUNS.urlParse },
    );
  });

  it('serialize(parse(x)) is stable: writing back what was read settles at once', () => {
    fc.assert(
      fc.property(path, search, bases, (p, s, base) => {
        // The browser hands the app a normalised, percent-encoded location; so does this.
        const url = new URL(`${base}${p}${s}`, 'https://timeline.example');
        const once = serializeUrl(parseUrl(url.pathname, url.search, base), base);
        const [path2, search2] = split(once);
        const reparsed = parseUrl(path2, search2, base);
        expect(serializeUrl(reparsed, base)).toBe(once);
        expectUsable(reparsed);
        // And what it writes is a URL the browser accepts without changing its meaning.
        const written = new URL(once, 'https://timeline.example');
        expect(serializeUrl(parseUrl(written.pathname, written.search, base), base)).toBe(once);
      }),
      { seed: PROPERTY_SEED, numRuns: PROPERTY_RUNS.urlIdempotent },
    );
  });
});
