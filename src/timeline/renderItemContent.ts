import { THEMES, type Theme } from '../data/eventConstants.ts';
import type { ClusterItem, EventItem, TimelineItem } from './buildTimelineItems.ts';
import { THEME_ICON_PATHS, THEME_NAMES } from './themeIconPaths.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

function span(className: string, text: string): HTMLSpanElement {
  const el = document.createElement('span');
  el.className = className;
  el.textContent = text;
  return el;
}

function themeNames(themes: readonly Theme[]): string {
  return themes.map((t) => THEME_NAMES[t]).join(', ');
}

function themeIcon(theme: Theme): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', `tl-icon tl-icon-${theme}`);
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', THEME_ICON_PATHS[theme]);
  svg.append(path);
  return svg;
}

function renderEvent(item: EventItem): HTMLElement {
  const root = document.createElement('span');
  root.className = 'tl-item-content';
  for (const theme of item.themes) root.append(themeIcon(theme));
  if (item.approximate) root.append(span('tl-approx', '≈'));
  root.append(span('tl-title', item.title));
  if (item.status === 'planned') root.append(span('tl-badge tl-badge-planned', 'planned'));
  if (item.status === 'ongoing') root.append(span('tl-badge tl-badge-ongoing', 'ongoing'));
  const notes = [themeNames(item.themes)];
  if (item.status !== 'occurred') notes.push(item.status);
  if (item.approximate) notes.push('approximate date');
  root.title = `${item.title} (${notes.join('; ')})`;
  return root;
}

function renderCluster(item: ClusterItem): HTMLElement {
  const root = document.createElement('span');
  root.className = 'tl-item-content tl-cluster-content';
  const head = span('tl-cluster-head', '');
  head.append(span('tl-count', String(item.count)), span('tl-count-unit', ' events'));
  root.append(head);
  // Its top titles, so a dense period says what happened in it before anyone zooms in.
  for (const title of item.top) root.append(span('tl-cluster-top', title));
  const breakdown = THEMES.filter((t) => item.themeCounts[t] > 0)
    .map((t) => `${item.themeCounts[t]} ${THEME_NAMES[t]}`)
    .join(', ');
  const among = item.top.length > 0 ? `, among them: ${item.top.join('; ')}` : '';
  root.title = `${item.count} events (${breakdown})${among}; click to zoom in`;
  return root;
}

function isTimelineItem(value: unknown): value is TimelineItem {
  if (typeof value !== 'object' || value === null) return false;
  const kind = (value as { kind?: unknown }).kind;
  return kind === 'event' || kind === 'cluster';
}

/**
 * vis-timeline's `template` option: item content as DOM built with textContent, so article text
 * can never become markup (vis's own xss filter stays on for anything else).
 */
export function renderItemContent(data: unknown): HTMLElement {
  if (!isTimelineItem(data)) return document.createElement('span');
  return data.kind === 'cluster' ? renderCluster(data) : renderEvent(data);
}
