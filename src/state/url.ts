import { THEMES, type Theme } from '../data/eventConstants.ts';
import type { VisibleWindow } from './timelineStore.ts';

/** The part of the app state a URL carries. */
export interface UrlState {
  selectedId: string | null;
  themes: Theme[];
  query: string;
  window: VisibleWindow | null;
  /** `?embed=1`: the chrome-less view meant for an iframe. Absent means off. */
  embed?: boolean;
  /** `?thread=<id>`: only that thread's events. Absent or null means every event. */
  threadId?: string | null;
}

export interface ParsedUrl extends UrlState {
  /** The path was neither the app root nor an event page (a 404 page booting the app). */
  unknownPath: boolean;
}

// Generous limits: real ids and searches are far shorter, and clipping keeps a hostile link
// from making every keystroke-sized operation (search, serialisation) pay for 5,000 characters.
export const MAX_ID_LENGTH = 200;
export const MAX_QUERY_LENGTH = 500;

const EVENT_PATH = /^events\/([^/]+)\/?(?:index\.html)?$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Pure: never throws, whatever the pathname and search contain. */
export function parseUrl(pathname: string, search: string, basePath: string): ParsedUrl {
  const { selectedId, unknownPath } = parsePath(pathname, normaliseBase(basePath));
  const params = safeParams(search);
  return {
    selectedId,
    unknownPath,
    themes: parseThemes(params.get('themes')),
    query: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
    window: parseWindow(params.get('from'), params.get('to')),
    // Only present when on, so a plain link parses to exactly the defaults it always did.
    ...(params.get('embed') === '1' ? { embed: true } : {}),
    ...parseThread(params.get('thread')),
  };
}

/** Path plus query string, readable (`themes=trade,technology`), relative to the origin. */
export function serializeUrl(state: UrlState, basePath: string): string {
  const base = normaliseBase(basePath);
  const path =
    state.selectedId === null
      ? base
      : `${base}events/${encodeURIComponent(wellFormed(state.selectedId))}`;
  const parts: string[] = [];
  const themes = THEMES.filter((t) => state.themes.includes(t));
  if (themes.length === 0) parts.push('themes=none');
  else if (themes.length < THEMES.length) parts.push(`themes=${themes.join(',')}`);
  if (state.query !== '') parts.push(`q=${encodeQueryValue(state.query)}`);
  if (state.window !== null) parts.push(`from=${state.window.from}`, `to=${state.window.to}`);
  if (state.threadId != null && state.threadId !== '') {
    parts.push(`thread=${encodeURIComponent(wellFormed(state.threadId))}`);
  }
  if (state.embed === true) parts.push('embed=1');
  return parts.length === 0 ? path : `${path}?${parts.join('&')}`;
}

function normaliseBase(basePath: string): string {
  // A relative base ("./") says nothing about where the app root is; treat it as the origin root.
  if (!basePath.startsWith('/')) return '/';
  return basePath.endsWith('/') ? basePath : `${basePath}/`;
}

function parsePath(
  pathname: string,
  base: string,
): { selectedId: string | null; unknownPath: boolean } {
  let rest: string;
  if (pathname.startsWith(base)) rest = pathname.slice(base.length);
  else if (`${pathname}/` === base) rest = '';
  else return { selectedId: null, unknownPath: true };
  if (rest === '' || rest === 'index.html') return { selectedId: null, unknownPath: false };
  const match = EVENT_PATH.exec(rest);
  if (match?.[1] === undefined) return { selectedId: null, unknownPath: true };
  const id = safeDecode(match[1]).slice(0, MAX_ID_LENGTH);
  return id === ''
    ? { selectedId: null, unknownPath: true }
    : { selectedId: id, unknownPath: false };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    // Malformed percent-encoding: keep the raw text so the "not found" notice can show it.
    return value;
  }
}

function safeParams(search: string): URLSearchParams {
  try {
    return new URLSearchParams(search.slice(0, 20_000));
  } catch {
    return new URLSearchParams();
  }
}

/** Kept as written (clipped) when unknown, so the app can say which thread it could not find. */
function parseThread(raw: string | null): { threadId?: string } {
  const id = (raw ?? '').trim().slice(0, MAX_ID_LENGTH);
  return id === '' ? {} : { threadId: id };
}

function parseThemes(raw: string | null): Theme[] {
  if (raw === null) return [...THEMES];
  if (raw.trim() === 'none') return [];
  const wanted = new Set(raw.split(',').map((t) => t.trim().toLowerCase()));
  const themes = THEMES.filter((t) => wanted.has(t));
  // Only unknown names (or an empty value) is garbage, and garbage means the default: all themes.
  return themes.length === 0 ? [...THEMES] : themes;
}

function parseWindow(from: string | null, to: string | null): VisibleWindow | null {
  if (from === null || to === null || !isRealDay(from) || !isRealDay(to)) return null;
  if (to < from) return null;
  return { from, to };
}

export function isRealDay(value: string): boolean {
  const m = ISO_DAY.exec(value);
  if (m === null) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function encodeQueryValue(q: string): string {
  return encodeURIComponent(wellFormed(q)).replace(/%20/g, '+').replace(/%2C/gi, ',');
}

/** encodeURIComponent throws on lone surrogates; a URL must never crash the app. */
function wellFormed(s: string): string {
  return s.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
}
