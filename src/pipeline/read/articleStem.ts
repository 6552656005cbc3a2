/** File extensions the pipeline reads as articles, and how. */
const ARTICLE_EXTENSION = /\.(?:txt|md|html?)$/i;

/**
 * The stem of an article file ("012_talks.html" → "012_talks"), which names its sidecar and is
 * its source id; null for a file that is not an article (a sidecar, `known-events.json`).
 */
export function articleStem(name: string): string | null {
  if (name.toLowerCase().endsWith('.meta.json')) return null;
  const match = ARTICLE_EXTENSION.exec(name);
  return match === null ? null : name.slice(0, match.index);
}
