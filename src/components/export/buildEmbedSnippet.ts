/** The iframe's accessible name, which screen readers announce on the embedding page. */
export const EMBED_TITLE = 'US–China relations timeline';

/**
 * The HTML a site owner pastes to embed the timeline. It is built as text and only ever shown as
 * text (a textbox's value), never parsed into this page; the URL is attribute-escaped so that a
 * query such as `q="><script>` stays inside the src attribute on the embedding page too.
 */
export function buildEmbedSnippet(src: string): string {
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(EMBED_TITLE)}" ` +
    'width="100%" height="600" style="border: 0" loading="lazy"></iframe>'
  );
}

/** For a double- or single-quoted HTML attribute value. */
export function escapeAttribute(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ATTRIBUTE_ENTITIES[c] ?? c);
}

const ATTRIBUTE_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
