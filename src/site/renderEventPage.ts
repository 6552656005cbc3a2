import type { TimelineEvent } from '../data/eventSchema.ts';
import { describeEventDate } from '../export/describeEventDate.ts';
import { escapeHtml } from './escapeHtml.ts';
import { readTitle, setHeadTags } from './setHeadTags.ts';
import { siteRoot, type SiteOptions } from './siteOptions.ts';
import { SOCIAL_IMAGE_HEIGHT, SOCIAL_IMAGE_WIDTH, socialImagePath } from './socialImagePath.ts';

export const DEFAULT_SITE_NAME = 'US–China Relations Timeline';

/** Previews cut descriptions anyway (~160–200 characters); cutting first keeps the word whole. */
const MAX_DESCRIPTION = 200;

/**
 * The app's HTML for one event's page: the same document (the app boots and opens the event
 * from the URL), with the title, description, canonical link, Open Graph and Twitter card tags
 * a chat app or social network reads without running JavaScript. All text is escaped.
 */
export function renderEventPage(
  templateHtml: string,
  event: TimelineEvent,
  options: SiteOptions,
): string {
  const siteName = options.siteName ?? readTitle(templateHtml) ?? DEFAULT_SITE_NAME;
  const root = siteRoot(options);
  const pageUrl = `${root}events/${encodeURIComponent(event.id)}`;
  const imageUrl = `${root}${socialImagePath(event.themes)}`;
  const title = oneLine(event.title);
  const description = eventDescription(event);
  const imageAlt = `${siteName}: ${event.themes.join(', ')}`;
  const attr = escapeHtml;
  const tags = [
    `<meta name="description" content="${attr(description)}">`,
    ...(options.siteUrl === undefined ? [] : [`<link rel="canonical" href="${attr(pageUrl)}">`]),
    `<meta property="og:type" content="article">`,
    `<meta property="og:site_name" content="${attr(siteName)}">`,
    `<meta property="og:title" content="${attr(title)}">`,
    `<meta property="og:description" content="${attr(description)}">`,
    ...(options.siteUrl === undefined
      ? []
      : [`<meta property="og:url" content="${attr(pageUrl)}">`]),
    `<meta property="og:image" content="${attr(imageUrl)}">`,
    `<meta property="og:image:width" content="${SOCIAL_IMAGE_WIDTH}">`,
    `<meta property="og:image:height" content="${SOCIAL_IMAGE_HEIGHT}">`,
    `<meta property="og:image:alt" content="${attr(imageAlt)}">`,
    `<meta name="twitter:card" content="summary_large_image">`,
    `<meta name="twitter:title" content="${attr(title)}">`,
    `<meta name="twitter:description" content="${attr(description)}">`,
    `<meta name="twitter:image" content="${attr(imageUrl)}">`,
    `<meta name="twitter:image:alt" content="${attr(imageAlt)}">`,
  ];
  return setHeadTags(templateHtml, escapeHtml(`${title} · ${siteName}`), tags);
}

/** "12 May 2025 — summary", on one line, cut at a word boundary. */
export function eventDescription(event: TimelineEvent): string {
  const summary = oneLine(event.summary);
  const text = `${describeEventDate(event.date)} — ${summary === '' ? oneLine(event.title) : summary}`;
  return truncate(text, MAX_DESCRIPTION);
}

function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** Cuts by code point (never half an emoji), preferring the last space, and adds an ellipsis. */
function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
