/** Builds the absolute share link of one event: `<origin><base>events/<id>`. */
export type EventLinkBuilder = (eventId: string) => string;

/**
 * `origin` has no trailing slash ("https://example.org"); `basePath` is Vite's `base`, which
 * starts and ends with "/". Both are normalised anyway because they come from env variables.
 */
export function eventLinkBuilder(origin: string, basePath: string): EventLinkBuilder {
  const root = `${origin.replace(/\/+$/, '')}${normaliseBasePath(basePath)}`;
  return (eventId) => `${root}events/${encodeURIComponent(eventId)}`;
}

/** "repo" → "/repo/", "" → "/", "/a/b" → "/a/b/". */
export function normaliseBasePath(basePath: string): string {
  const trimmed = basePath.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}
