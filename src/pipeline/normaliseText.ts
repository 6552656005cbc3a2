/**
 * The one canonical form of an article's text: every offset the pipeline stores indexes this
 * string, so it must be computed before anything else looks at the text.
 */
export function normaliseText(raw: string): string {
  const withoutBom = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  return withoutBom.replace(/\r\n?/g, '\n').normalize('NFC');
}
